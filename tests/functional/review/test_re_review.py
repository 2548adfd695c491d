"""Re-review from where it stopped: the previous round's ratings pre-filled and marked, the
fields changed since the change request, and the provider's reply per criterion."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from catalogue.offers.models import OfferRevision
from catalogue.review.models import ReviewRating
from tests.functional.offers.helpers import edit_url, form_data
from tests.functional.review.pages import checklist, review_of, start, submit_review, text, token
from tests.helpers import log_in
from tests.integration.review import scenario as s

GOALS_BEFORE = "Die Klasse lernt etwas über Konflikte."
GOALS_AFTER = "Die Klasse löst zwei von drei Konflikten ohne Hilfe der Lehrkraft."


@pytest.fixture
def changes_requested(client, db, setup, world):
    """The reviewer asked for changes to Q02 (goals) of a first revision; the provider is logged in."""
    revision = setup(s.submitted, world["provider"], world["organisation"], title="Mut tut gut", goals=GOALS_BEFORE)
    log_in(client, world["reviewer"])
    start(client, revision.id)
    review = review_of(db, revision.id, world["reviewer"])
    fields = checklist(db, review, Q02=("teilweise", "Ziele bitte messbar formulieren", ""))
    response = submit_review(client, review.id, "request_changes", fields, message="Bitte Ziele überarbeiten.")
    assert response.status_code == 302
    client.get("/")  # a fresh page for the next login
    log_in(client, world["provider"])
    return s.fresh(db, OfferRevision, revision.id), review


def revise_with_reply(client, db, revision, review, reply: str):
    q02 = db.scalar(select(ReviewRating.id).where(ReviewRating.review_id == review.id, ReviewRating.comment != ""))
    data = form_data(
        s.content(title="Mut tut gut", goals=GOALS_AFTER), token(client, edit_url(revision)), revision.version
    )
    return client.post(edit_url(revision), data={**data, f"reply_{q02}": reply})


def test_edit_page_asks_what_was_changed_per_commented_criterion(client, db, changes_requested):
    revision, _review = changes_requested
    page = text(client.get(edit_url(revision)))
    assert "Was haben Sie geändert?" in page
    assert "Q02: Ziele sind konkret" in page and "Ziele bitte messbar formulieren" in page


def test_reply_is_stored_with_the_rating(client, db, changes_requested):
    revision, review = changes_requested
    assert revise_with_reply(client, db, revision, review, "Ziele jetzt messbar.").status_code == 302
    db.expire_all()
    replies = db.scalars(
        select(ReviewRating.provider_reply).where(
            ReviewRating.review_id == review.id, ReviewRating.provider_reply != ""
        )
    ).all()
    assert replies == ["Ziele jetzt messbar."]


def test_re_review_is_prefilled_shows_changes_since_the_request_and_the_reply(client, db, world, changes_requested):
    revision, review = changes_requested
    revise_with_reply(client, db, revision, review, "Ziele jetzt messbar.")
    s.submit(db, world["provider"], revision.id)
    db.commit()
    client.get("/")
    log_in(client, world["reviewer"])
    second = start(client, revision.id)
    assert second.status_code == 302
    page = text(client.get(second.headers["Location"]))
    assert page.count("(als Vorschlag übernommen)") == 20
    checked = re.findall(r'<input checked[^>]*value="(\w+)"', page)
    assert sorted(checked) == ["erfuellt"] * 19 + ["teilweise"]
    assert "Geändert seit der Bitte um Änderungen" in page
    changed = page.split('id="seit-aenderungsbitte"')[1].split("</table>")[0]
    assert GOALS_AFTER in changed and GOALS_BEFORE in changed and "Titel" not in changed
    assert "Antwort des Trägers:</strong> „Ziele jetzt messbar.“" in page


def test_feedback_table_puts_the_criteria_that_need_work_first_and_marks_them(client, db, changes_requested):
    revision, _review = changes_requested
    page = text(client.get(f"/traeger/angebote/{revision.offer_id}"))
    table = page.split("Bewertung je Qualitätskriterium")[1].split("</table>")[0]
    assert table.index("Q02 (Muss)") < table.index("Q01 (Muss)")
    assert table.count('class="needs-work"') == 1 and "bitte ansehen" in table


def test_save_and_submit_in_one_step_sends_the_revision_back_to_the_office(client, db, changes_requested):
    revision, review = changes_requested
    data = form_data(
        s.content(title="Mut tut gut", goals=GOALS_AFTER), token(client, edit_url(revision)), revision.version
    )
    response = client.post(edit_url(revision), data={**data, "einreichen": "1"})
    assert response.status_code == 302
    assert "Gespeichert und eingereicht" in text(client.get(response.headers["Location"]))
    assert s.fresh(db, OfferRevision, revision.id).state == "submitted"


def test_save_and_submit_of_an_incomplete_offer_keeps_the_changes_and_names_what_is_missing(
    client, db, changes_requested
):
    revision, review = changes_requested
    data = form_data(s.content(title="Mut tut gut", goals=""), token(client, edit_url(revision)), revision.version)
    response = client.post(edit_url(revision), data={**data, "einreichen": "1"})
    assert response.status_code == 400 and "Noch nicht vollständig" in text(response)
    fresh = s.fresh(db, OfferRevision, revision.id)
    assert fresh.state == "changes_requested" and fresh.goals == ""
