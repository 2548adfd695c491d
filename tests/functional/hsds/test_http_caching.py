"""ETag, Last-Modified and Cache-Control on both public APIs; conditional requests answer 304."""

from __future__ import annotations

from email.utils import format_datetime, parsedate_to_datetime

import pytest

from catalogue.changefeed import record_search_change
from catalogue.httpcache import make_revalidatable
from tests.functional.hsds.helpers import catalogue

URLS = ["/api/hsds/v3/services", "/api/hsds/v3/taxonomies", "/api/v1/offers", "/api/v1/vocabularies"]


@pytest.fixture
def offers(db):
    return catalogue(db)


@pytest.mark.parametrize("url", URLS)
def test_answers_carry_validators_and_may_be_cached_briefly(client, offers, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["ETag"] and response.headers["Last-Modified"]
    assert response.cache_control.public and response.cache_control.max_age == 60


@pytest.mark.parametrize("url", URLS)
def test_matching_etag_answers_304_without_body(client, offers, url):
    etag = client.get(url).headers["ETag"]
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304 and response.data == b""
    assert response.headers["ETag"] == etag


@pytest.mark.parametrize("url", URLS)
def test_unchanged_since_last_modified_answers_304(client, offers, url):
    last_modified = client.get(url).headers["Last-Modified"]
    assert client.get(url, headers={"If-Modified-Since": last_modified}).status_code == 304


def test_a_change_to_public_content_gives_a_full_answer_again(client, db, offers):
    first = client.get("/api/hsds/v3/services")
    offers["cannabis"].listing = "withdrawn"
    record_search_change(db, offer_id=offers["cannabis"].id)
    db.flush()
    again = client.get(
        "/api/hsds/v3/services",
        headers={"If-None-Match": first.headers["ETag"], "If-Modified-Since": first.headers["Last-Modified"]},
    )
    assert again.status_code == 200 and again.headers["ETag"] != first.headers["ETag"]
    assert parsedate_to_datetime(again.headers["Last-Modified"]) >= parsedate_to_datetime(
        first.headers["Last-Modified"]
    )


def test_an_older_copy_is_not_confirmed(client, offers):
    last_modified = parsedate_to_datetime(client.get("/api/v1/offers").headers["Last-Modified"])
    older = format_datetime(last_modified.replace(year=last_modified.year - 1), usegmt=True)
    assert client.get("/api/v1/offers", headers={"If-Modified-Since": older}).status_code == 200


def test_errors_are_not_marked_cacheable(client):
    response = client.get("/api/hsds/v3/services/nicht-da")
    assert response.status_code == 404 and "ETag" not in response.headers


def test_an_answer_that_sets_a_cookie_is_never_stored_by_shared_caches(app, db):
    with app.test_request_context("/api/v1/offers"):
        response = app.response_class("{}", mimetype="application/json")
        response.set_cookie("session", "geheim")
        answered = make_revalidatable(response, db)
    assert answered.cache_control.private and not answered.cache_control.public
