"""/healthz and /readyz: what a load balancer sees, without login, cookies or secrets."""

from __future__ import annotations

from catalogue import create_app
from catalogue.changefeed import SearchChange
from catalogue.mail import queue_mail
from catalogue.search.indexing import open_index, rebuild_index
from search_index import SearchIndex
from search_index.storage import POINTER
from tests.conftest import app_config
from tests.factories import make_live_offer, make_organisation


def _built_index(app, db):
    rebuild_index(db, open_index(app))


def test_healthz_answers_ok_without_cookie_and_uncached(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}
    assert "Set-Cookie" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"


def test_readyz_is_not_ready_while_the_index_is_missing(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json["status"] == "not ready"
    assert response.json["database"] == "ok" and response.json["search_index"] == "missing"


def test_readyz_is_ready_with_database_and_built_index_and_sets_no_cookie(app, db, client):
    make_live_offer(db, make_organisation(db))
    _built_index(app, db)
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json == {
        "status": "ready",
        "database": "ok",
        "search_index": "ok",
        "search_feed_lag": 0,
        "mail_outbox_backlog": 0,
    }
    assert "Set-Cookie" not in response.headers and response.headers["Cache-Control"] == "no-store"


def test_readyz_reports_the_feed_lag_of_changes_the_index_has_not_applied(app, db, client):
    offer = make_live_offer(db, make_organisation(db))
    _built_index(app, db)
    db.add_all([SearchChange(offer_id=offer.id), SearchChange(offer_id=offer.id)])
    db.flush()
    assert client.get("/readyz").json["search_feed_lag"] == 2


def test_readyz_reports_the_mail_outbox_backlog(app, db, client):
    _built_index(app, db)
    queue_mail(db, to="traeger@test.example", subject="Hallo", body="Text")
    db.flush()
    assert client.get("/readyz").json["mail_outbox_backlog"] == 1


def test_readyz_is_not_ready_when_the_database_is_unreachable_and_names_no_address(tmp_path):
    url = f"sqlite:///{tmp_path / 'fehlt' / 'nirgends.sqlite3'}"
    app = create_app(app_config(url, tmp_path), instance_path=str(tmp_path / "instance"))
    try:
        response = app.test_client().get("/readyz")
    finally:
        app.extensions["db_engine"].dispose()
    assert response.status_code == 503
    assert response.json["database"] == "unreachable" and response.json["mail_outbox_backlog"] is None
    assert "nirgends" not in response.get_data(as_text=True)


def test_healthz_does_not_need_the_database(tmp_path):
    app = create_app(app_config(f"sqlite:///{tmp_path / 'fehlt' / 'x.sqlite3'}", tmp_path), str(tmp_path / "i"))
    try:
        assert app.test_client().get("/healthz").status_code == 200
    finally:
        app.extensions["db_engine"].dispose()


def test_readyz_is_not_ready_while_the_index_waits_for_its_first_build(app, client, search_index_dir):
    SearchIndex(search_index_dir).close()  # created empty, as a new machine's index is
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json["search_index"] == "needs_rebuild"


def test_readyz_is_not_ready_when_the_index_cannot_be_read(app, client, search_index_dir):
    search_index_dir.mkdir(parents=True)
    (search_index_dir / POINTER).write_text("gen-gibt-es-nicht\n")
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json["search_index"] == "unreadable"
