"""Shared fixtures: a real migrated database (SQLite file, or PostgreSQL when
TEST_DATABASE_URL is set), one app per test session, and a rollback per test."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from catalogue import create_app, migrate
from catalogue.db import make_engine
from catalogue.seeding import seed_reference_data
from tests import mailbox

# Property tests check behaviour, never speed: Hypothesis' per-example deadline is a wall-clock
# assertion that fails on a busy machine, so it is off for every property test.
settings.register_profile("catalogue", deadline=None)
settings.load_profile("catalogue")


def _fresh_database(url: str) -> str:
    """Empty the given test database (PostgreSQL) or return it untouched (new SQLite file)."""
    if url.startswith("postgresql"):
        if "test" not in (make_url(url).database or ""):
            raise RuntimeError("TEST_DATABASE_URL must name a database whose name contains 'test'")
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    return url


def _migrated(url: str) -> str:
    engine = make_engine(_fresh_database(url))
    migrate.upgrade(engine)
    with Session(engine) as session:
        seed_reference_data(session)
        session.commit()
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    base = os.environ.get("TEST_DATABASE_URL")
    if base:
        return base
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


@pytest.fixture(scope="session")
def migrated_url(database_url) -> str:
    return _migrated(database_url)


def aux_url(database_url: str, name: str, tmp_path_factory) -> str:
    """A second database for tests that need real commits across app instances."""
    if database_url.startswith("postgresql"):
        url = make_url(database_url)
        aux = url.set(database=f"{url.database}_{name}")
        admin = make_engine(url.render_as_string(hide_password=False))
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{aux.database}"'))
            connection.execute(text(f'CREATE DATABASE "{aux.database}"'))
        admin.dispose()
        return _migrated(aux.render_as_string(hide_password=False))
    return _migrated(f"sqlite:///{tmp_path_factory.mktemp(name) / 'aux.sqlite3'}")


def app_config(database_url: str, tmp: Path) -> dict:
    return {
        "APP_ENV": "testing",
        "SECRET_KEY": "test-secret-key-" + "x" * 32,
        "DATABASE_URL": database_url,
        "SEARCH_INDEX_DIR": str(tmp / "index"),
        "MAIL_OUTBOX_DIR": str(tmp / "mail"),
        "SERVER_NAME": "katalog.test",
        "BASE_URL": "http://katalog.test",
    }


@pytest.fixture(scope="session")
def app(migrated_url, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("app")
    application = create_app(app_config(migrated_url, tmp), instance_path=str(tmp / "instance"))
    mailbox.FOLDER["mail"] = Path(application.config["MAIL_OUTBOX_DIR"])
    yield application
    application.extensions["db_engine"].dispose()


@pytest.fixture
def db(app):
    """A session inside one outer transaction that is rolled back after the test.

    The app's own sessions join the same connection through savepoints, so request
    commits are real commits from the app's point of view and vanish afterwards.
    """
    engine = app.extensions["db_engine"]
    connection = engine.connect()
    outer = connection.begin()

    def factory():
        return Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)

    previous = app.extensions["db_session_factory"]
    app.extensions["db_session_factory"] = factory
    session = factory()
    try:
        yield session
    finally:
        session.close()
        app.extensions["db_session_factory"] = previous
        outer.rollback()
        connection.close()


@pytest.fixture(autouse=True)
def search_index_dir(request, tmp_path):
    """A fresh index folder per test: the database is rolled back, so must the index be."""
    if "app" not in request.fixturenames:
        yield None
        return
    app = request.getfixturevalue("app")
    previous = app.config["SEARCH_INDEX_DIR"]
    app.config["SEARCH_INDEX_DIR"] = str(tmp_path / "index")
    app.extensions.pop("search_indexes", None)
    yield tmp_path / "index"
    for index in app.extensions.pop("search_indexes", {}).values():
        index.close()
    app.config["SEARCH_INDEX_DIR"] = previous


@pytest.fixture
def client(app, db):
    return app.test_client()


CSRF_INPUT = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF_INPUT.search(html)
    assert match, "no CSRF token in page"
    return match.group(1) or match.group(2)


@pytest.fixture
def csrf(client):
    """Return a function giving a valid CSRF token for the client's session."""

    def token(path: str = "/konto/anmelden") -> str:
        return csrf_from(client.get(path).get_data(as_text=True))

    return token


def pytest_terminal_summary(terminalreporter):
    """Say plainly which database the suite ran on and what ran in the browser."""
    backend = "PostgreSQL" if os.environ.get("TEST_DATABASE_URL", "").startswith("postgresql") else "SQLite"
    counts = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            area = "browser" if "tests/browser/" in getattr(report, "nodeid", "") else "other"
            counts[(area, outcome)] = counts.get((area, outcome), 0) + 1
    total = sum(n for (area, outcome), n in counts.items() if outcome == "passed")
    terminalreporter.write_line(f"Database: {backend} — {total} tests passed")
    browser = {outcome: n for (area, outcome), n in counts.items() if area == "browser"}
    if browser:
        terminalreporter.write_line(
            "Chromium browser tests: " + ", ".join(f"{n} {o}" for o, n in sorted(browser.items()))
        )
