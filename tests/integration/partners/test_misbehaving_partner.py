"""A partner that is slow, fails, or sends garbage changes nothing already shown, and is reported."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from catalogue.jobs import run_jobs
from catalogue.partners.client import Limits
from catalogue.partners.jobs import pull_partners
from catalogue.partners.models import PartnerCatalogue, PartnerOffer
from catalogue.partners.services import register_partner
from tests.factories import make_user
from tests.functional.search.helpers import build_index, page
from tests.helpers import log_in
from tests.integration.partners.servers import Misbehaving

LIMITS = Limits(timeout=0.5, max_bytes=20_000, retries=1, backoff=0.01)
FAILURES = {
    "slow": "Keine Antwort innerhalb von 0.5 Sekunden",
    "error": "HTTP 500",
    "not_json": "kein gültiges JSON",
    "invalid": "verletzt das HSDS-Schema",
    "huge": "größer als 20000 Bytes",
}


@pytest.fixture
def partner_server():
    with Misbehaving() as server:
        yield server


@pytest.fixture
def pulled(app, db, partner_server):
    """The partner answered well once: one offer is stored and shown."""
    admin = make_user(db, office_role="admin")
    partner = register_partner(
        db, actor=admin, name="Wackelkatalog", label="Wackelkatalog", base_url=partner_server.base_url, fields=[]
    )
    db.commit()
    [report] = pull_partners(db, limits=LIMITS)
    assert report.ok and report.added == 1, report
    build_index(app, db)
    return partner


def _state(db):
    db.expire_all()
    return [(row.title, row.fetched_at) for row in db.scalars(select(PartnerOffer))]


@pytest.mark.parametrize("mode", sorted(FAILURES))
def test_misbehaving_partner_changes_nothing_shown_and_the_failure_is_recorded(
    app, db, client, partner_server, pulled, mode
):
    before, success = _state(db), pulled.last_success_at
    partner_server.mode = mode
    [report] = pull_partners(db, limits=LIMITS)
    assert not report.ok and FAILURES[mode] in report.error
    assert _state(db) == before
    partner = db.get(PartnerCatalogue, pulled.id)
    assert FAILURES[mode] in partner.last_error and partner.last_success_at == success
    build_index(app, db)
    assert "Starke Kinder – Gewaltprävention" in page(client, herkunft="partner")


def test_server_errors_are_retried_before_the_pull_fails(db, partner_server, pulled):
    partner_server.mode, partner_server.requests = "error", 0
    pull_partners(db, limits=LIMITS)
    assert partner_server.requests == 1 + LIMITS.retries


def test_office_overview_reports_the_failure_in_german(app, db, partner_server, pulled):
    partner_server.mode = "error"
    pull_partners(db, limits=LIMITS)
    client = app.test_client()
    log_in(client, make_user(db, office_role="reviewer"))
    overview = page(client, "/koordination/")
    assert "Wackelkatalog" in overview and "Letzter Abruf fehlgeschlagen" in overview
    assert "Zuletzt erfolgreich:" in overview and "bleiben sichtbar" in overview


def test_the_next_good_answer_clears_the_failure(db, partner_server, pulled):
    partner_server.mode = "error"
    pull_partners(db, limits=LIMITS)
    partner_server.mode = "ok"
    [report] = pull_partners(db, limits=LIMITS)
    assert report.ok and db.get(PartnerCatalogue, pulled.id).last_error == ""


def test_cli_pull_reports_each_partner_and_exits_1_on_failure(app, db, partner_server, pulled):
    partner_server.mode = "not_json"
    app.config.update(PARTNER_TIMEOUT_SECONDS=1, PARTNER_RETRIES=0)
    try:
        result = app.test_cli_runner().invoke(args=["partners", "pull", "--name", "Wackelkatalog"])
    finally:
        app.config.update(PARTNER_TIMEOUT_SECONDS=10, PARTNER_RETRIES=2)
    assert (
        result.exit_code == 1 and "Wackelkatalog: fehlgeschlagen – Die Antwort ist kein gültiges JSON" in result.output
    )


def test_cli_pull_of_a_good_partner_updates_the_index(app, db, partner_server, pulled):
    result = app.test_cli_runner().invoke(args=["partners", "pull"])
    assert result.exit_code == 0, result.output
    assert "Wackelkatalog: 0 neu, 0 geändert, 0 entfernt" in result.output and "Suchindex" in result.output


def test_cli_pull_names_an_unknown_partner(app, db):
    result = app.test_cli_runner().invoke(args=["partners", "pull", "--name", "Gibtsnicht"])
    assert result.exit_code == 0 and "Kein aktiver Partnerkatalog namens „Gibtsnicht“." in result.output


def test_jobs_loop_pulls_partners_not_tried_recently(app, db, partner_server, pulled):
    partner_server.requests = 0
    assert pull_partners(db, limits=LIMITS, every_minutes=15) == []  # just pulled by the fixture
    assert partner_server.requests == 0
    results = run_jobs(app)
    assert partner_server.requests == 0 and results["Partnerkataloge"] == ""
