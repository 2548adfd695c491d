"""Nodes hear of committed feed changes at once (PostgreSQL LISTEN/NOTIFY) and sync their index."""

from __future__ import annotations

import logging
import time

import pytest
from sqlalchemy.orm import Session

from catalogue import create_app
from catalogue.changefeed import ChangeListener, latest_seq, record_search_change
from catalogue.jobs import follow_changes, sync_search
from catalogue.search.indexing import open_index
from tests.conftest import app_config, aux_url
from tests.factories import make_live_offer, make_organisation


@pytest.fixture(scope="module")
def postgres_url(database_url, tmp_path_factory):
    if not database_url.startswith("postgresql"):
        pytest.skip("LISTEN/NOTIFY exists only on PostgreSQL")
    return aux_url(database_url, "listener", tmp_path_factory)


@pytest.fixture
def listener(postgres_url):
    listening = ChangeListener(postgres_url)
    assert listening.wait(0.01)  # the first connection asks for one catch-up sync
    yield listening
    listening.close()


@pytest.fixture(scope="module")
def app(postgres_url, tmp_path_factory):
    application = create_app(app_config(postgres_url, tmp_path_factory.mktemp("node")))
    yield application
    application.extensions["db_engine"].dispose()


def change(app, *, commit: bool = True) -> int:
    """A new live offer recorded in the feed, committed (or rolled back) in its own transaction."""
    with Session(app.extensions["db_engine"], expire_on_commit=False) as session:
        offer = make_live_offer(session, make_organisation(session), title="Streitschlichtung an Grundschulen")
        record_search_change(session, offer_id=offer.id)
        session.commit() if commit else session.rollback()
        return offer.id


def test_listener_hears_a_committed_change(app, listener):
    change(app)
    assert listener.wait(5)


def test_listener_stays_quiet_without_a_change(listener):
    assert not listener.wait(0.2)


def test_rolled_back_change_is_not_announced(app, listener):
    change(app, commit=False)
    assert not listener.wait(0.3)


def test_change_in_a_still_open_transaction_is_announced_only_at_commit(app, listener):
    with Session(app.extensions["db_engine"]) as session:
        record_search_change(session, offer_id=change(app, commit=True))
        assert listener.wait(5)  # the committed one
        session.flush()
        assert not listener.wait(0.3)
        session.commit()
    assert listener.wait(5)


def test_following_the_feed_syncs_the_index_when_a_change_is_announced(app, listener):
    sync_search(app)
    change(app)
    started = time.monotonic()
    assert follow_changes(app, listener, 1.0) >= 1
    assert time.monotonic() - started >= 1.0  # it keeps listening until the next jobs run is due
    with app.app_context(), Session(app.extensions["db_engine"]) as session:
        assert open_index(app).last_seq == latest_seq(session)


def test_without_postgresql_waiting_is_sleeping(tmp_path):
    listening = ChangeListener(f"sqlite:///{tmp_path / 'node.sqlite3'}")
    started = time.monotonic()
    assert not listening.wait(0.1)
    assert time.monotonic() - started >= 0.1


def test_unreachable_database_is_logged_and_waiting_goes_on(caplog):
    listening = ChangeListener("postgresql+psycopg://postgres@127.0.0.1:1/nowhere")
    with caplog.at_level(logging.WARNING):
        assert not listening.wait(0.05)
    assert "LISTEN search_change unterbrochen" in caplog.text
    listening.close()
