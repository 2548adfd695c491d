"""The review queue: what waits, since when, who reviews it, and who may start."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from catalogue.clock import utcnow
from catalogue.offers.models import OfferRevision
from catalogue.policy import Policy
from tests.factories import add_member, make_live_offer, make_organisation, make_user
from tests.functional.review.pages import QUEUE, start, text, token
from tests.helpers import log_in
from tests.integration.review import scenario as s


def submitted_days_ago(db, setup, world, title, days):
    revision = setup(s.submitted, world["provider"], world["organisation"], title=title)
    db.execute(
        update(OfferRevision)
        .where(OfferRevision.id == revision.id)
        .values(submitted_at=utcnow() - timedelta(days=days))
    )
    db.flush()
    return revision


def test_queue_lists_submitted_revisions_oldest_first_with_waiting_time(client, db, setup, world):
    submitted_days_ago(db, setup, world, "Neu eingereicht", 1)
    submitted_days_ago(db, setup, world, "Lange wartend", 3)
    submitted_days_ago(db, setup, world, "Heute eingereicht", 0)
    log_in(client, world["reviewer"])
    page = text(client.get(QUEUE))
    assert page.index("Lange wartend") < page.index("Neu eingereicht") < page.index("Heute eingereicht")
    assert "seit 3 Tagen" in page and "seit 1 Tag<" in page and "seit heute" in page
    assert world["organisation"].name in page
    assert page.count("Prüfung beginnen<span") == 3


def test_queue_shows_who_reviews_and_offers_to_continue(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"])
    setup(s.start, world["reviewer"], revision.id)
    other = s.reviewer(db, "Otto Anders")
    log_in(client, other)
    page = text(client.get(QUEUE))
    assert "Rita Prüferin" in page and "(prüft)" in page and "Wird bereits geprüft." in page
    assert "Prüfung beginnen<span" not in page
    client.post("/konto/abmelden", data={"csrf_token": token(client)})
    log_in(client, world["reviewer"])
    assert "Prüfung fortsetzen" in text(client.get(QUEUE))


def test_start_button_is_hidden_for_members_and_their_post_is_refused(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"])
    member = s.reviewer(db, "Mia Mitglied")
    add_member(db, member, world["organisation"], "editor")
    log_in(client, member)
    page = text(client.get(QUEUE))
    assert "Sie gehören diesem Träger an" in page and "Prüfung beginnen<span" not in page
    response = client.post(
        f"/koordination/pruefung/fassungen/{revision.id}/beginnen",
        data={"csrf_token": token(client), "revision_version": revision.version},
    )
    assert response.status_code == 403
    assert "Trennung der Zuständigkeiten" in text(response)
    assert s.fresh(db, OfferRevision, revision.id).state == "submitted"


def test_starting_a_review_opens_the_review_page(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"])
    log_in(client, world["reviewer"])
    response = start(client, revision.id)
    assert response.status_code == 302 and "/koordination/pruefung/" in response.headers["Location"]
    assert "Sie prüfen jetzt diese Fassung." in text(client.get(response.headers["Location"]))
    assert s.fresh(db, OfferRevision, revision.id).state == "in_review"


def test_start_with_an_outdated_page_is_a_conflict(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"])
    log_in(client, world["reviewer"])
    response = client.post(
        f"/koordination/pruefung/fassungen/{revision.id}/beginnen",
        data={"csrf_token": token(client), "revision_version": revision.version - 1},
    )
    assert response.status_code == 409
    assert "von jemand anderem geändert" in text(response) and 'role="alert"' in text(response)
    assert s.fresh(db, OfferRevision, revision.id).state == "submitted"


def test_queue_lists_seals_that_expire_soon(client, db, world):
    today = utcnow().date()
    make_live_offer(db, make_organisation(db), title="Bald ablaufend", valid_until=today + timedelta(days=20))
    make_live_offer(db, make_organisation(db), title="Noch lange gültig", valid_until=today + timedelta(days=400))
    log_in(client, world["reviewer"])
    page = text(client.get(QUEUE))
    assert "Bald ablaufend" in page and "noch 20 Tage" in page
    assert "Noch lange gültig" not in page


def test_review_pages_are_for_the_office_only(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"])
    review = setup(s.start, world["reviewer"], revision.id)
    log_in(client, make_user(db, name="Nur Träger"))
    for path in (
        QUEUE,
        f"/koordination/pruefung/{review.id}",
        f"/koordination/pruefung/angebote/{revision.offer_id}/verlauf",
    ):
        assert client.get(path).status_code == 403, path
    response = client.post(
        f"/koordination/pruefung/fassungen/{revision.id}/beginnen",
        data={"csrf_token": token(client, "/konto/anmelden"), "revision_version": revision.version},
    )
    assert response.status_code == 403


def test_four_eyes_queue_shows_approvals_and_offers_a_second_review(client, db, setup, world, config):
    config(APPROVALS_REQUIRED=2)  # for the pages
    revision = setup(s.submitted, world["provider"], world["organisation"])
    setup(s.approve, world["reviewer"], revision.id, Policy(approvals_required=2))
    log_in(client, world["reviewer"])
    page = text(client.get(QUEUE))
    assert "1 von 2 Freigaben" in page and "(hat freigegeben)" in page and "Ihre Freigabe liegt vor." in page
    client.post("/konto/abmelden", data={"csrf_token": token(client)})
    log_in(client, s.reviewer(db, "Otto Zweitprüfer"))
    assert "Zweitprüfung beginnen<span" in text(client.get(QUEUE))
    assert start(client, revision.id).status_code == 302


def test_revision_in_review_without_a_reviewer_can_be_taken_over(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"])
    db.execute(update(OfferRevision).where(OfferRevision.id == revision.id).values(state="in_review"))  # imported
    db.flush()
    log_in(client, world["reviewer"])
    page = text(client.get(QUEUE))
    assert "ohne zugewiesene Prüfperson" in page and "Prüfung übernehmen<span" in page
    assert start(client, revision.id).status_code == 302
