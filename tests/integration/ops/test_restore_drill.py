"""The restore drill: back up while writes go on, restore into a fresh database, rebuild the
index, and find every offer, revision, review and audit event of the snapshot again."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from catalogue import create_app
from catalogue import db as database
from catalogue.audit import AuditAction, AuditEvent, record_event
from catalogue.db import make_engine
from catalogue.offers.models import Offer, OfferRevision
from catalogue.review.models import Review
from tests.conftest import app_config, aux_url
from tests.factories import make_live_offer, make_organisation

TABLES = {"offer": Offer, "offer_revision": OfferRevision, "review": Review, "audit_event": AuditEvent}


def empty_database_url(database_url: str, name: str, tmp_path_factory) -> str:
    """A database without any table: a new PostgreSQL database, or a SQLite file not yet created."""
    if not database_url.startswith("postgresql"):
        return f"sqlite:///{tmp_path_factory.mktemp(name) / 'restored.sqlite3'}"
    url = make_url(database_url)
    target = url.set(database=f"{url.database}_{name}")
    admin = make_engine(url.render_as_string(hide_password=False))
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{target.database}"'))
        connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()
    return target.render_as_string(hide_password=False)


def make_app(url: str, tmp_path_factory, name: str):
    folder = tmp_path_factory.mktemp(name)
    return create_app(app_config(url, folder), instance_path=str(folder / "instance"))


def close(app) -> None:
    for index in app.extensions.pop("search_indexes", {}).values():
        index.close()
    app.extensions["db_engine"].dispose()


def run(app, *args):
    return app.test_cli_runner().invoke(args=list(args))


def ids(app, model) -> set[int]:
    with app.app_context():
        return set(database.get_session().scalars(select(model.id)))


@dataclass
class Writer:
    """Commits one new offer (with its revision and an audit event) after another, in a thread."""

    app: object
    written: list[dict[str, int]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        with self.app.app_context():
            organisation = make_organisation(database.get_session(), name="Schreibender Träger")
            database.commit()
        while not self.stop.is_set():
            with self.app.app_context():
                session = database.get_session()
                offer = make_live_offer(session, session.merge(organisation))
                event = record_event(session, action=AuditAction.OFFER_CREATED, actor_id=None, offer_id=offer.id)
                session.flush()
                revision_id = session.scalar(select(OfferRevision.id).where(OfferRevision.offer_id == offer.id))
                database.commit()
            self.written.append({"offer": offer.id, "offer_revision": revision_id, "audit_event": event.id})

    def wait_for(self, count: int) -> None:
        deadline = time.monotonic() + 60
        while len(self.written) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(self.written) >= count, "the writer thread made no progress"


@pytest.fixture(scope="module")
def source(database_url, tmp_path_factory):
    """A catalogue with offers, revisions, reviews and audit events (the demo), really committed."""
    app = make_app(aux_url(database_url, "drill", tmp_path_factory), tmp_path_factory, "source")
    assert run(app, "demo").exit_code == 0
    yield app
    close(app)


@pytest.fixture(scope="module")
def drill(source, database_url, tmp_path_factory):
    """Backup under writes, then restore into a fresh database: (source app, restored app, writer, output)."""
    writer = Writer(source)
    thread = threading.Thread(target=writer.run)
    thread.start()
    try:
        writer.wait_for(3)
        backup = tmp_path_factory.mktemp("backup") / "katalog.backup"
        backed_up = run(source, "db", "backup", str(backup))
        writer.wait_for(len(writer.written) + 3)
    finally:
        writer.stop.set()
        thread.join()
    assert backed_up.exit_code == 0, backed_up.output
    restored = make_app(empty_database_url(database_url, "restored", tmp_path_factory), tmp_path_factory, "target")
    result = run(restored, "db", "restore", str(backup))
    assert result.exit_code == 0, result.output
    yield source, restored, writer, backed_up.output + result.output
    close(restored)


def test_backup_and_restore_report_their_progress(drill):
    output = drill[3]
    assert "Sicherung: " in output and "Wiederherstellung: " in output
    assert "Datenbank wiederhergestellt." in output


def test_the_restored_writes_are_exactly_those_committed_before_the_snapshot(drill):
    source, restored, writer, _ = drill
    kept = [row for row in writer.written if row["offer"] in ids(restored, Offer)]
    assert 3 <= len(kept) < len(writer.written)
    assert kept == writer.written[: len(kept)]  # a snapshot: an unbroken prefix of the commits


@pytest.mark.parametrize("table", TABLES)
def test_every_row_of_the_snapshot_is_restored(drill, table):
    source, restored, writer, _ = drill
    restored_offers = ids(restored, Offer)
    later = {row[table] for row in writer.written if row["offer"] not in restored_offers and table in row}
    assert ids(restored, TABLES[table]) == ids(source, TABLES[table]) - later
    assert len(ids(restored, TABLES[table])) > 0


def test_the_rebuilt_index_of_the_restored_database_has_no_drift(drill):
    restored = drill[1]
    assert run(restored, "search", "rebuild").exit_code == 0
    check = run(restored, "search", "check")
    assert check.exit_code == 0, check.output
    assert "Suchindex stimmt mit der Datenbank überein." in check.output


def test_the_restored_audit_log_is_still_append_only(drill):
    restored = drill[1]
    with restored.app_context():
        session = database.get_session()
        with pytest.raises(DBAPIError):
            session.execute(text("UPDATE audit_event SET action = 'verändert'"))
            session.flush()
        session.rollback()
