"""Export the catalogue in the exchange format (the exact inverse of import)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.exchange.spec import FORMAT
from catalogue.offers.content import content_of
from catalogue.offers.models import OPEN_STATES, Offer, OfferRevision
from catalogue.offers.queries import terms_by_revision
from catalogue.providers.models import Organisation, OrganisationContact, OrganisationDistrict
from catalogue.vocabularies.models import VocabularyTerm


def export_lines(session: Session, *, today: date) -> Iterator[str]:
    """Yield one JSON line per record: meta, then each provider followed by its offers."""
    yield _line({"kind": "meta", "format": FORMAT, "exported_at": today.isoformat()})
    for organisation in session.scalars(select(Organisation).order_by(Organisation.id)):
        yield _line(_provider(session, organisation))
        for offer in session.scalars(select(Offer).where(Offer.organisation_id == organisation.id).order_by(Offer.id)):
            yield _line(_offer(session, offer))


def _line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, default=_plain)


def _plain(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value))


def _provider(session: Session, organisation: Organisation) -> dict:
    districts = session.scalars(
        select(VocabularyTerm.code)
        .join(OrganisationDistrict, OrganisationDistrict.term_id == VocabularyTerm.id)
        .where(OrganisationDistrict.organisation_id == organisation.id)
        .order_by(VocabularyTerm.sort_order)
    ).all()
    contacts = session.scalars(
        select(OrganisationContact)
        .where(OrganisationContact.organisation_id == organisation.id)
        .order_by(OrganisationContact.id)
    )
    return {
        "kind": "provider",
        "ref": organisation.slug,
        "name": organisation.name,
        "legal_form": organisation.legal_form,
        "org_type": organisation.org_type,
        "description": organisation.description,
        "website": organisation.website,
        "email": organisation.email,
        "phone": organisation.phone,
        "street": organisation.street,
        "postcode": organisation.postcode,
        "city": organisation.city,
        "districts": list(districts),
        "verified_on": organisation.verified_on,
        "contacts": [
            {"name": c.name, "role": c.role, "email": c.email, "phone": c.phone, "consent_on": c.consent_on}
            for c in contacts
        ],
    }


def _offer(session: Session, offer: Offer) -> dict:
    live = session.get(OfferRevision, offer.live_revision_id) if offer.live_revision_id else None
    pending = session.scalar(
        select(OfferRevision).where(OfferRevision.offer_id == offer.id, OfferRevision.state.in_(OPEN_STATES))
    )
    terms = terms_by_revision(session, [r.id for r in (live, pending) if r is not None])
    record = {
        "kind": "offer",
        "ref": offer.ref,
        "provider": _slug(session, offer.organisation_id),
        "listing": offer.listing,
        "listing_reason": offer.listing_reason,
        "live": content_of(live, terms[live.id]) if live else None,
        "pending": None,
    }
    if live is not None:
        record["seal"] = {
            "awarded_on": live.seal_awarded_on,
            "valid_until": live.seal_valid_until,
            "checked_on": live.checked_on,
        }
    if pending is not None:
        record["pending"] = {"state": pending.state, "content": content_of(pending, terms[pending.id])}
    return record


def _slug(session: Session, organisation_id: int) -> str:
    return session.scalar(select(Organisation.slug).where(Organisation.id == organisation_id))
