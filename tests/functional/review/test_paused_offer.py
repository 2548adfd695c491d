"""A revision approved while its offer is paused leaves the offer paused: only the provider
(or the office) ends a pause."""

from __future__ import annotations

from catalogue.offers import services as offers
from catalogue.offers.models import Offer
from catalogue.policy import Policy
from tests.functional.review.pages import checklist, review_of, start, submit_review, text
from tests.helpers import log_in
from tests.integration.review import scenario as s


def paused_offer_with_a_submitted_revision(db, setup, world):
    user, organisation = world["provider"], world["organisation"]
    first = setup(s.submitted, user, organisation, title="Mut tut gut")
    setup(s.approve, s.reviewer(db, "Erste Prüferin"), first.id)

    def pause_and_revise(session):
        offer = session.get(Offer, first.offer_id)
        offers.change_listing(
            session,
            actor=user,
            offer_id=offer.id,
            expected_version=offer.version,
            action="pause",
            policy=Policy(),
            reason="Referentin in Elternzeit",
        )
        offer = session.get(Offer, first.offer_id)
        revision = offers.start_revision(session, actor=user, offer_id=offer.id, expected_version=offer.version)
        offers.save_revision(
            session,
            actor=user,
            revision_id=revision.id,
            expected_version=revision.version,
            content=s.content(title="Mut tut gut – Neuauflage"),
        )
        return s.submit(session, user, revision.id)

    return setup(pause_and_revise)


def test_approving_a_revision_of_a_paused_offer_keeps_it_paused_and_says_so(client, db, setup, world):
    revision = paused_offer_with_a_submitted_revision(db, setup, world)
    log_in(client, world["reviewer"])
    start(client, revision.id)
    review = review_of(db, revision.id, world["reviewer"])
    response = submit_review(client, review.id, "approve", checklist(db, review))
    assert response.status_code == 302
    assert "bleibt pausiert" in text(client.get(response.headers["Location"]))
    offer = s.fresh(db, Offer, revision.offer_id)
    assert offer.listing == "paused" and offer.live_revision_id == revision.id
    assert offer.listing_reason == "Referentin in Elternzeit"
    assert "Mut tut gut" not in text(client.get("/"))
