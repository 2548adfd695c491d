"""Test data factories: plain functions that add rows through the real services or models."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

import pyotp
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.mfa import enrol_with_secret
from catalogue.accounts.models import Membership, User
from catalogue.accounts.services import create_user
from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.providers.models import Organisation
from catalogue.vocabularies.models import VocabularyTerm

PASSWORD = "richtig-langes-passwort"
_counter = itertools.count(1)


def make_user(
    session: Session,
    *,
    email: str | None = None,
    office_role: str | None = None,
    name: str = "Test Person",
    password: str = PASSWORD,
) -> User:
    """An account; office accounts come with their second factor enrolled (as they must be)."""
    email = email or f"person{next(_counter)}@test.example"
    user = create_user(session, email=email, name=name, password=password, office_role=office_role)
    if office_role is not None:
        enrol_with_secret(session, user_id=user.id, secret=pyotp.random_base32())
    return user


def make_organisation(session: Session, *, name: str | None = None, verified: bool = True) -> Organisation:
    n = next(_counter)
    organisation = Organisation(
        slug=f"traeger-{n}",
        name=name or f"Träger {n} e. V.",
        org_type="verein",
        email=f"info{n}@traeger.example",
        verified_on=date(2026, 1, 1) if verified else None,
    )
    session.add(organisation)
    session.flush()
    return organisation


def add_member(session: Session, user: User, organisation: Organisation, role: str = "editor") -> None:
    session.add(Membership(user_id=user.id, organisation_id=organisation.id, role=role))
    session.flush()


def term(session: Session, vocabulary: str, code: str) -> VocabularyTerm:
    return session.scalar(
        select(VocabularyTerm).where(VocabularyTerm.vocabulary == vocabulary, VocabularyTerm.code == code)
    )


def make_live_offer(
    session: Session,
    organisation: Organisation,
    *,
    title: str = "Klasse(n)klima stärken",
    listing: str = "live",
    valid_until: date | None = None,
    fields: tuple[str, ...] = ("gewalt",),
    **content,
) -> Offer:
    offer = Offer(ref=f"angebot-{next(_counter)}", organisation_id=organisation.id, listing=listing)
    session.add(offer)
    session.flush()
    values = dict(
        title=title,
        summary="Ein Workshop für ein gutes Miteinander in der Klasse.",
        description="Ablauf",
        goals="Ziele",
        theory="Lebenskompetenzansatz",
        grade_from=5,
        grade_to=8,
        is_free=False,
        cost_amount=Decimal("150"),
        cost_unit="pro_klasse",
        duration_value=Decimal("4"),
        duration_unit="unterrichtsstunden",
    )
    values.update(content)
    awarded = date(2026, 1, 15)
    revision = OfferRevision(
        offer_id=offer.id,
        number=1,
        state="approved",
        seal_awarded_on=awarded,
        seal_valid_until=valid_until or awarded + timedelta(days=730),
        **values,
    )
    session.add(revision)
    session.flush()
    for code in fields:
        session.add(RevisionTerm(revision_id=revision.id, term_id=term(session, "field", code).id))
    offer.live_revision_id = revision.id
    session.flush()
    return offer
