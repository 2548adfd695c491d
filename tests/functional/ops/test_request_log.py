"""One log line per request, with a request id, and nothing personal in it."""

from __future__ import annotations

import json
import logging

import pytest
from flask import g

from catalogue.ops.requestlog import JsonFormatter, RequestIdFilter


@pytest.fixture
def request_lines(caplog):
    caplog.set_level(logging.INFO, logger="catalogue.requests")

    def lines():
        return [record for record in caplog.records if record.name == "catalogue.requests"]

    return lines


def test_each_request_is_logged_once_with_its_request_id(client, request_lines):
    response = client.get("/healthz")
    [line] = request_lines()
    assert line.getMessage().startswith("GET /healthz 200 ")
    assert line.request_id == response.headers["X-Request-ID"]


def test_a_sane_request_id_from_the_proxy_is_kept_and_echoed(client, request_lines):
    response = client.get("/healthz", headers={"X-Request-ID": "3f2a9c0d1e4b5a6978877665544332211"})
    assert response.headers["X-Request-ID"] == "3f2a9c0d1e4b5a6978877665544332211"
    assert request_lines()[0].request_id == "3f2a9c0d1e4b5a6978877665544332211"


@pytest.mark.parametrize("header", ["kurz", "mit leerzeichen und mehr", "x" * 65, "a\u00e4bcdefghij", "abc;defghijk"])
def test_an_odd_request_id_is_replaced_by_a_fresh_one(client, request_lines, header):
    response = client.get("/healthz", headers={"X-Request-ID": header})
    fresh = response.headers["X-Request-ID"]
    assert fresh != header and len(fresh) == 32
    assert request_lines()[0].request_id == fresh


def test_the_line_names_the_route_pattern_not_the_path_or_query(client, request_lines):
    client.get("/suche?q=max.mustermann@example.org")
    client.get("/konto/passwort-neu/geheimes-token-aus-der-mail")
    messages = " ".join(line.getMessage() for line in request_lines())
    assert "GET /suche 200" in messages and "/konto/passwort-neu/<token>" in messages
    assert "mustermann" not in messages and "geheimes-token" not in messages


def test_the_line_holds_no_client_address(client, request_lines):
    client.get("/healthz", environ_base={"REMOTE_ADDR": "203.0.113.77"})
    record = request_lines()[0]
    assert "203.0.113.77" not in record.getMessage() + json.dumps(record.request)


def test_json_format_gives_one_object_with_the_request_fields(client, request_lines):
    client.get("/healthz", headers={"X-Request-ID": "abcdef0123456789"})
    entry = json.loads(JsonFormatter().format(request_lines()[0]))
    assert entry["request_id"] == "abcdef0123456789"
    assert (entry["method"], entry["route"], entry["endpoint"], entry["status"]) == (
        "GET",
        "/healthz",
        "ops.healthz",
        200,
    )
    assert entry["level"] == "INFO" and entry["duration_ms"] >= 0


def test_log_records_written_during_a_request_carry_its_id(app):
    record = logging.LogRecord("catalogue.x", logging.WARNING, __file__, 1, "Meldung", None, None)
    with app.test_request_context("/suche"):
        g.request_id = "abcdef0123456789"
        RequestIdFilter().filter(record)
    assert record.request_id == "abcdef0123456789"


def test_log_records_outside_requests_get_a_placeholder_id():
    record = logging.LogRecord("catalogue.x", logging.WARNING, __file__, 1, "Meldung", None, None)
    RequestIdFilter().filter(record)
    assert record.request_id == "-"


def test_the_privacy_page_states_what_the_request_log_holds(client):
    page = client.get("/datenschutz").get_data(as_text=True)
    assert "Protokolle des Servers" in page and "Netzadresse wird dabei nicht protokolliert" in page
