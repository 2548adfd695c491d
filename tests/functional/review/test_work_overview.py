"""The office's work overview: the queue by waiting time with overdue submissions flagged."""

from __future__ import annotations

from tests.functional.review.pages import start, text
from tests.helpers import log_in
from tests.integration.review import scenario as s


def test_overview_lists_a_waiting_submission_with_its_start_button(client, db, setup, world):
    setup(s.submitted, world["provider"], world["organisation"], title="Stark ohne Gewalt")
    log_in(client, world["reviewer"])
    page = text(client.get("/koordination/"))
    assert "Stark ohne Gewalt" in page and 'Prüfung beginnen<span class="visually-hidden">: Stark ohne Gewalt' in page
    assert "wartet zu lange" not in page


def test_overview_flags_a_submission_waiting_longer_than_the_setting(client, db, setup, world, config):
    setup(s.submitted, world["provider"], world["organisation"], title="Stark ohne Gewalt")
    config(REVIEW_OVERDUE_DAYS=0)
    log_in(client, world["reviewer"])
    assert "wartet zu lange" in text(client.get("/koordination/"))


def test_overview_lists_my_open_review(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"], title="Stark ohne Gewalt")
    log_in(client, world["reviewer"])
    start(client, revision.id)
    page = text(client.get("/koordination/"))
    assert page.index("Meine offenen Prüfungen") < page.rindex("Stark ohne Gewalt")
    assert "Sie haben keine begonnene Prüfung offen." not in page
