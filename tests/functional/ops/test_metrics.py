"""Prometheus metrics: served by their own listener at METRICS_BIND, never by the public app."""

from __future__ import annotations

import socket
import threading
import urllib.request
from datetime import timedelta

import pytest
from prometheus_client import generate_latest
from sqlalchemy import update

from catalogue.clock import utcnow
from catalogue.mail import queue_mail
from catalogue.offers.models import OfferRevision
from catalogue.ops.exposition import metrics_registry, metrics_server
from catalogue.search.indexing import open_index, rebuild_index
from tests.factories import PASSWORD, add_member, make_live_offer, make_organisation, make_user
from tests.helpers import post_login
from tests.integration.review import scenario


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def served(app, db):
    """The metrics listener on loopback, as `flask metrics` runs it; yields its port."""
    port = _free_port()
    server = metrics_server(app, f"127.0.0.1:{port}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield port
    server.shutdown()
    server.server_close()
    thread.join()


def _scrape(app) -> str:
    return generate_latest(metrics_registry(app, "")).decode()


def _value(text: str, prefix: str) -> float:
    [line] = [line for line in text.splitlines() if line.startswith(prefix)]
    return float(line.rsplit(" ", 1)[1])


def test_metrics_are_served_at_the_bound_loopback_address(client, served):
    client.get("/suche?q=theater")
    with urllib.request.urlopen(f"http://127.0.0.1:{served}/metrics", timeout=5) as response:
        text = response.read().decode()
    assert response.status == 200 and response.headers["Content-Type"].startswith("text/plain")
    assert (
        'katalog_http_request_duration_seconds_count{endpoint="search.search_page",method="GET",status="200"}' in text
    )
    assert "katalog_database_up 1.0" in text


def test_metrics_are_refused_at_any_other_address_of_the_machine(served):
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.2", served), timeout=5):
        pass


def test_the_public_app_has_no_metrics_route(client):
    assert client.get("/metrics").status_code == 404


def test_a_bind_setting_without_port_is_refused(app):
    with pytest.raises(ValueError, match="Adresse:Port"):
        metrics_server(app, "127.0.0.1")


def test_request_latency_is_labelled_by_endpoint_not_by_path(client, app):
    client.get("/angebote/999999")
    text = _scrape(app)
    assert "/angebote/999999" not in text
    assert 'endpoint="search.offer_detail",method="GET",status="404"' in text


def test_search_latency_is_counted_by_backend(app, db, client):
    rebuild_index(db, open_index(app))
    prefix = 'katalog_search_duration_seconds_count{backend="index"}'
    before = _value(_scrape(app), prefix) if prefix in _scrape(app) else 0.0
    client.get("/suche?q=klima")
    assert _value(_scrape(app), prefix) == before + 1


def test_each_failed_login_is_counted(app, db, client):
    user = make_user(db)
    before = _value(_scrape(app), "katalog_login_failures_total")
    post_login(client, user.email, "falsches-passwort")
    post_login(client, "unbekannt@test.example", PASSWORD)
    assert _value(_scrape(app), "katalog_login_failures_total") == before + 2


def test_outbox_backlog_and_feed_lag_come_from_the_database_and_index(app, db):
    make_live_offer(db, make_organisation(db))
    rebuild_index(db, open_index(app))
    queue_mail(db, to="a@test.example", subject="Eins", body="x")
    queue_mail(db, to="b@test.example", subject="Zwei", body="x")
    db.flush()
    text = _scrape(app)
    assert _value(text, "katalog_mail_outbox_backlog") == 2
    assert _value(text, "katalog_search_feed_lag") == 0 and _value(text, "katalog_search_index_ready") == 1


def test_review_queue_age_is_the_wait_of_the_oldest_submission(app, db):
    organisation = make_organisation(db)
    provider = make_user(db)
    add_member(db, provider, organisation)
    for hours in (2, 30):
        revision = scenario.submitted(db, provider, organisation, title=f"Seit {hours} Stunden")
        db.execute(
            update(OfferRevision)
            .where(OfferRevision.id == revision.id)
            .values(submitted_at=utcnow() - timedelta(hours=hours))
        )
    db.flush()
    text = _scrape(app)
    assert _value(text, "katalog_review_queue_size") == 2
    assert 30 * 3600 <= _value(text, "katalog_review_queue_oldest_age_seconds") < 31 * 3600


def test_an_empty_review_queue_has_age_zero(app, db):
    assert _value(_scrape(app), "katalog_review_queue_oldest_age_seconds") == 0
