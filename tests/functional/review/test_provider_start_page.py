"""The provider's start page ("Mein Bereich") puts open tasks first, each with one button."""

from __future__ import annotations

from tests.functional.review.pages import checklist, review_of, start, submit_review, text
from tests.helpers import log_in
from tests.integration.review import scenario as s

START = "/traeger/angebote/"


def test_change_request_is_the_first_task_with_its_criterion_comment_and_one_button(client, db, setup, world):
    setup(s.draft, world["provider"], world["organisation"], title="Noch ein Entwurf")
    revision = setup(s.submitted, world["provider"], world["organisation"], title="Mut tut gut")
    log_in(client, world["reviewer"])
    start(client, revision.id)
    review = review_of(db, revision.id, world["reviewer"])
    fields = checklist(db, review, Q02=("teilweise", "Ziele bitte messbar formulieren", ""))
    submit_review(client, review.id, "request_changes", fields, message="Bitte Ziele überarbeiten.")
    client.get("/")
    log_in(client, world["provider"])
    page = text(client.get(START))
    tasks = page.split('id="zu-tun"')[1].split('id="meine-angebote"')[0]
    assert tasks.index("Überarbeiten: Mut tut gut") < tasks.index("Weiter bearbeiten: Noch ein Entwurf")
    assert "Q02 Ziele sind konkret" in tasks and "„Ziele bitte messbar formulieren“" in tasks
    assert f'href="/traeger/angebote/{revision.offer_id}/fassung/{revision.id}/bearbeiten"' in tasks


def test_start_page_says_when_there_is_nothing_to_do(client, db, setup, world):
    setup(s.approve, s.reviewer(db, "Erste Prüferin"), setup(s.submitted, world["provider"], world["organisation"]).id)
    log_in(client, world["provider"])
    assert "Nichts zu tun" in text(client.get(START))
