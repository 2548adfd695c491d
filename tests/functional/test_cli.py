"""The flask commands, run through Click's runner against the test database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, insert, select, text

from catalogue.accounts.models import User
from catalogue.demo import DEMO_PASSWORD
from catalogue.feedback.models import OfferFeedback
from catalogue.offers.models import Offer
from tests.factories import make_live_offer, make_organisation
from tests.helpers import SECOND_FACTOR, enter_code, post_login
from tests.integration.test_exchange import lines, offer, provider


def run(app, *args, input=None):
    return app.test_cli_runner().invoke(args=list(args), input=input)


def test_import_reports_line_and_field_and_imports_nothing(app, db, tmp_path):
    path = tmp_path / "kaputt.jsonl"
    path.write_text("\n".join(lines(provider(), offer(ref="X Y"))), encoding="utf-8")
    result = run(app, "catalogue", "import", str(path))
    assert result.exit_code == 1
    assert 'Zeile 2, Feld "ref"' in result.output and "Nichts importiert." in result.output
    assert db.scalar(select(func.count()).select_from(Offer)) == 0


def test_import_then_export_writes_the_same_records(app, db, tmp_path):
    source, target = tmp_path / "ein.jsonl", tmp_path / "aus.jsonl"
    source.write_text("\n".join(lines(provider(), offer())), encoding="utf-8")
    result = run(app, "catalogue", "import", str(source))
    assert result.exit_code == 0 and "1 Träger und 1 Angebote importiert." in result.output
    assert "Import: 2/2" in result.output  # progress
    assert run(app, "catalogue", "export", str(target)).exit_code == 0
    kinds = [json.loads(line)["kind"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert kinds == ["meta", "provider", "offer"]


def test_import_refreshes_the_planner_statistics_on_postgresql(app, db, tmp_path):
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("planner statistics are PostgreSQL's")
    source = tmp_path / "ein.jsonl"
    source.write_text("\n".join(lines(provider(), *(offer(ref=f"o-{n}") for n in range(3)))), encoding="utf-8")
    assert run(app, "catalogue", "import", str(source)).exit_code == 0
    # The test's transaction is never committed: only an ANALYZE inside it can count these rows.
    assert db.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'offer'")) >= 3


def test_create_admin_makes_an_office_admin(app, db):
    result = run(
        app,
        "create-admin",
        "--email",
        "Leitung@Stadt.example",
        "--name",
        "Lea Leitung",
        "--password",
        "ein-langes-passwort",
    )
    assert result.exit_code == 0
    assert db.scalar(select(User.office_role).where(User.email == "leitung@stadt.example")) == "admin"


def test_create_admin_refuses_a_short_password(app, db):
    result = run(app, "create-admin", "--email", "kurz@stadt.example", "--name", "K", "--password", "kurz")
    assert result.exit_code != 0 and "mindestens 10 Zeichen" in result.output


def test_jobs_dry_run_lists_what_would_happen(app, db):
    result = run(app, "jobs", "--dry-run")
    assert result.exit_code == 0
    assert "Siegel würden ablaufen: 0" in result.output and "Erinnerungen würden versendet: 0" in result.output


def test_demo_is_refused_in_production(app, db):
    app.config["APP_ENV"] = "production"
    try:
        result = run(app, "demo")
    finally:
        app.config["APP_ENV"] = "testing"
    assert result.exit_code != 0 and "in Produktion gesperrt" in result.output


def test_demo_prints_the_office_logins_with_their_second_factor_secrets_that_work(app, db, client, csrf):
    make_live_offer(db, make_organisation(db))  # a catalogue exists already: only the accounts are made
    make_organisation(db)
    result = run(app, "demo")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "admin@demo.example" in line)
    secret = line.split("TOTP-Schlüssel: ")[1].strip()
    assert post_login(client, "admin@demo.example", DEMO_PASSWORD).headers["Location"].endswith(SECOND_FACTOR)
    assert enter_code(client, SECOND_FACTOR, secret).status_code == 302
    assert client.get("/koordination/").status_code == 200


def test_feedback_month_check_finds_drift_and_rebuild_repairs_it(app, db):
    offer = make_live_offer(db, make_organisation(db))
    row = dict(offer_id=offer.id, created_at=datetime(2026, 5, 4, 8, tzinfo=UTC), school_type="gymnasium", grade=5)
    row |= dict(held_in=date(2026, 5, 1), rating_fit=4, rating_organisation=4, rating_content=4)
    row |= dict(would_book_again=True, comment="", flags="", status="pending", reply="", reply_status="")
    db.execute(insert(OfferFeedback), [row])  # a bulk load: the monthly sums do not see it
    checked = run(app, "feedback", "check-months")
    assert checked.exit_code == 1 and f"{offer.id}/2026-05" in checked.output
    rebuilt = run(app, "feedback", "rebuild-months")
    assert rebuilt.exit_code == 0 and "1 Angebote × Monate" in rebuilt.output
    assert run(app, "feedback", "check-months").exit_code == 0
