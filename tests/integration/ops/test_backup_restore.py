"""db backup / db restore: what they refuse, and that a refusal leaves the database as it was."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from catalogue import db as database
from catalogue.offers.models import Offer
from catalogue.ops.backup import BackupError, sqlite_path
from tests.conftest import aux_url
from tests.factories import make_live_offer, make_organisation
from tests.integration.ops.test_restore_drill import close, empty_database_url, make_app, run


@pytest.fixture(scope="module")
def filled(database_url, tmp_path_factory):
    """A migrated database with one offer, and a backup of it."""
    app = make_app(aux_url(database_url, "filled", tmp_path_factory), tmp_path_factory, "filled")
    with app.app_context():
        make_live_offer(database.get_session(), make_organisation(database.get_session()))
        database.commit()
    backup = tmp_path_factory.mktemp("filled-backup") / "katalog.backup"
    assert run(app, "db", "backup", str(backup)).exit_code == 0
    yield app, backup
    close(app)


@pytest.fixture
def other(database_url, tmp_path_factory):
    """A second migrated database holding two offers."""
    app = make_app(aux_url(database_url, "other", tmp_path_factory), tmp_path_factory, "other")
    with app.app_context():
        organisation = make_organisation(database.get_session())
        make_live_offer(database.get_session(), organisation)
        make_live_offer(database.get_session(), organisation)
        database.commit()
    yield app
    close(app)


def offers(app) -> int:
    with app.app_context():
        return database.get_session().scalar(select(func.count()).select_from(Offer))


def test_restore_refuses_a_database_that_has_tables(filled, other):
    result = run(other, "db", "restore", str(filled[1]))
    assert result.exit_code != 0 and "nicht leer" in result.output and "--force" in result.output
    assert offers(other) == 2


def test_restore_with_force_replaces_the_content(filled, other):
    result = run(other, "db", "restore", "--force", str(filled[1]))
    assert result.exit_code == 0, result.output
    assert offers(other) == 1


def test_a_file_that_is_no_backup_is_refused_before_anything_changes(other, tmp_path):
    garbage = tmp_path / "kaputt.backup"
    garbage.write_bytes(b"keine Sicherung" * 100)
    result = run(other, "db", "restore", "--force", str(garbage))
    assert result.exit_code != 0
    assert offers(other) == 2


def test_a_missing_backup_file_is_named(other, tmp_path):
    result = run(other, "db", "restore", str(tmp_path / "fehlt.backup"))
    assert result.exit_code != 0 and "nicht gefunden" in result.output


def test_a_failed_backup_leaves_no_file_behind_and_says_why(
    filled, database_url, tmp_path, tmp_path_factory, monkeypatch
):
    if database_url.startswith("postgresql"):
        monkeypatch.setenv("PATH", str(tmp_path))  # the client tools are not installed
        app, expected = filled[0], "pg_dump wurde nicht gefunden"
    else:
        app = make_app(f"sqlite:///{tmp_path / 'gibt-es-nicht.sqlite3'}", tmp_path_factory, "missing")
        expected = "nicht gefunden"
    target = tmp_path / "sicherung.backup"
    result = run(app, "db", "backup", str(target))
    assert result.exit_code != 0 and expected in result.output
    assert list(tmp_path.glob("sicherung*")) == []


def test_restore_into_a_fresh_database_needs_no_force(filled, database_url, tmp_path_factory):
    app = make_app(empty_database_url(database_url, "fresh", tmp_path_factory), tmp_path_factory, "fresh")
    try:
        assert run(app, "db", "restore", str(filled[1])).exit_code == 0
        assert offers(app) == 1
    finally:
        close(app)


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_database_cannot_be_backed_up(url):
    with pytest.raises(BackupError, match="Arbeitsspeicher"):
        sqlite_path(url)


def test_a_database_file_that_is_no_catalogue_backup_is_refused(other, database_url, tmp_path):
    if database_url.startswith("postgresql"):
        pytest.skip("SQLite files only")
    stranger = tmp_path / "fremd.sqlite3"
    connection = sqlite3.connect(stranger)
    connection.execute("CREATE TABLE notiz (text TEXT)")
    connection.close()
    result = run(other, "db", "restore", "--force", str(stranger))
    assert result.exit_code != 0 and "keine vollständige Sicherung des Katalogs" in result.output
    assert offers(other) == 2


def test_a_backup_into_a_missing_folder_is_refused_with_the_folder_named(filled, tmp_path):
    result = run(filled[0], "db", "backup", str(tmp_path / "fehlt" / "katalog.backup"))
    assert result.exit_code != 0 and "fehlt" in result.output and "Traceback" not in result.output
