"""A small world for the authorization matrix: organisations A and B, their admins,
a reviewer and an office admin, A's live offer with a draft, and a review in progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from catalogue.accounts.models import Invitation, Membership
from catalogue.audit import AuditEvent
from catalogue.embed.models import Embed, EmbedOrigin
from catalogue.feedback.models import OfferFeedback
from catalogue.offers.models import Offer, OfferRevision
from catalogue.partners.models import PartnerCatalogue
from catalogue.policy import Policy
from catalogue.providers.models import Organisation
from catalogue.review.models import Review
from catalogue.review.services import start_review
from catalogue.search.models import Synonym
from tests.factories import add_member, make_live_offer, make_organisation, make_user


@dataclass
class World:
    users: dict
    org_a: Organisation
    org_b: Organisation
    offer: Offer
    draft: OfferRevision
    review: Review
    synonym: Synonym
    invitation_id: int
    feedback_id: int
    embed_id: int
    partner_id: int


@pytest.fixture
def world(app, db) -> World:
    org_a, org_b = make_organisation(db, name="Träger A e. V."), make_organisation(db, name="Träger B e. V.")
    users = {
        "provider_a": make_user(db),
        "provider_b": make_user(db),
        "reviewer": make_user(db, office_role="reviewer"),
        "admin": make_user(db, office_role="admin"),
    }
    add_member(db, users["provider_a"], org_a, "admin")
    add_member(db, users["provider_b"], org_b, "admin")
    offer = make_live_offer(db, org_a, title="Angebot von A")
    draft = OfferRevision(offer_id=offer.id, number=2, state="draft", title="Neue Fassung von A")
    submitted_offer = make_live_offer(db, org_a, title="Eingereicht von A", listing="unlisted")
    submitted = db.get(OfferRevision, submitted_offer.live_revision_id)
    submitted.state, submitted_offer.live_revision_id = "submitted", None
    synonym = Synonym(term="matrixwort", expansions="tabak")
    invitation = Invitation(
        organisation_id=org_a.id,
        email="neu@test.example",
        role="editor",
        token_hash="0" * 64,
        expires_at=submitted.created_at,
    )
    db.add_all([draft, synonym, invitation])
    db.flush()
    review = start_review(
        db, actor=users["reviewer"], revision_id=submitted.id, expected_version=submitted.version, policy=Policy()
    )
    feedback = OfferFeedback(
        offer_id=offer.id,
        school_type="gymnasium",
        grade=7,
        held_in=date(2026, 10, 1),
        rating_fit=4,
        rating_organisation=5,
        rating_content=4,
        would_book_again=True,
        comment="Sehr lebendig.",
        status="approved",
        reply="Danke!",
        reply_status="pending",
    )
    pending = OfferFeedback(
        **{**feedback.model_dump(exclude={"id"}), "status": "pending", "reply": "", "reply_status": ""}
    )
    embed = Embed(slug="matrix-liste", name="Matrix-Liste", filter_query="handlungsfeld=sucht")
    partner = PartnerCatalogue(name="Matrixpartner", label="Matrixpartner", base_url="http://127.0.0.1:9/api/hsds/v3")
    db.add_all([feedback, pending, embed, partner])
    db.flush()
    db.add(EmbedOrigin(embed_id=embed.id, origin="https://stadt.example"))
    db.commit()
    return World(users, org_a, org_b, offer, draft, review, synonym, invitation.id, feedback.id, embed.id, partner.id)


def snapshot(db) -> tuple:
    """Everything a refused POST must leave as it was."""
    db.expire_all()
    count = lambda model: db.scalar(select(func.count()).select_from(model))  # noqa: E731
    versions = lambda model: db.scalar(select(func.coalesce(func.sum(model.version), 0)))  # noqa: E731
    return (
        count(AuditEvent),
        count(Offer),
        count(OfferRevision),
        count(Membership),
        count(Invitation),
        count(Synonym),
        count(Review),
        versions(Offer),
        versions(OfferRevision),
        versions(Organisation),
        tuple(db.scalars(select(OfferRevision.state).order_by(OfferRevision.id))),
        tuple(db.scalars(select(Offer.listing).order_by(Offer.id))),
        tuple(db.scalars(select(Organisation.verified_on).order_by(Organisation.id))),
        tuple(db.execute(select(OfferFeedback.status, OfferFeedback.reply_status).order_by(OfferFeedback.id))),
        tuple(db.execute(select(Embed.name, Embed.filter_query, Embed.deleted_at).order_by(Embed.id))),
        tuple(db.scalars(select(EmbedOrigin.origin).order_by(EmbedOrigin.id))),
        tuple(db.execute(select(PartnerCatalogue.name, PartnerCatalogue.active).order_by(PartnerCatalogue.id))),
    )
