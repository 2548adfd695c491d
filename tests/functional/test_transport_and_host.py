"""HSTS in production, absolute links from BASE_URL whatever the Host header says, optional TRUSTED_HOSTS."""

from __future__ import annotations

import pytest

from catalogue import create_app
from tests.conftest import app_config
from tests.factories import make_live_offer, make_organisation


@pytest.fixture
def make_app(migrated_url, tmp_path):
    apps = []

    def build(**overrides):
        config = {**app_config(migrated_url, tmp_path), "BASE_URL": "https://katalog.stadt.example", **overrides}
        application = create_app(config, instance_path=str(tmp_path / "instance"))
        apps.append(application)
        return application

    yield build
    for application in apps:
        application.extensions["db_engine"].dispose()


def test_production_sends_hsts(make_app):
    application = make_app(APP_ENV="production", SESSION_COOKIE_SECURE=True)
    response = application.test_client().get("/datenschutz", base_url="https://katalog.test")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_development_sends_no_hsts(client):
    assert "Strict-Transport-Security" not in client.get("/datenschutz").headers


def test_api_links_come_from_base_url_not_from_the_host_header(app, client, db, monkeypatch):
    monkeypatch.setitem(app.config, "BASE_URL", "https://katalog.stadt.example")
    make_live_offer(db, make_organisation(db))
    response = client.get("/api/v1/offers", headers={"Host": "evil.example"})
    body = response.get_data(as_text=True)
    assert "evil.example" not in body and "https://katalog.stadt.example/angebote/" in body


def test_trusted_hosts_refuse_other_host_headers(make_app):
    application = make_app(TRUSTED_HOSTS="katalog.test, katalog.stadt.example", SERVER_NAME=None)
    client = application.test_client()
    assert client.get("/datenschutz", headers={"Host": "katalog.stadt.example"}).status_code == 200
    assert client.get("/datenschutz", headers={"Host": "evil.example"}).status_code == 400
