"""/api/v1 takes exactly what docs/openapi.yaml allows: found by schemathesis, kept by these tests."""

from __future__ import annotations

import pytest

from tests.functional.search.helpers import listed


@pytest.fixture
def offer(db):
    return listed(db, "Alkohol – Klartext", terms={"field": ("sucht",), "topic": ("alkohol",)})


@pytest.mark.parametrize(
    "args",
    [
        {"max_kosten": ""},  # the search form sends it empty
        {"klasse": ""},
        {"klasse": "6.0"},  # JSON Schema counts 6.0 as an integer
        {"thema": "mobbing"},  # an enumerated code that no offer has
        {"seite": "99999999999"},  # any page past the last gives the last
    ],
)
def test_values_the_description_allows_are_accepted(client, offer, args):
    assert client.get("/api/v1/offers", query_string=args).status_code == 200


@pytest.mark.parametrize(
    ("args", "parameter"),
    [
        ({"max_kosten": "1e3"}, "max_kosten"),
        ({"max_kosten": " 5"}, "max_kosten"),
        ({"klasse": "+6"}, "klasse"),
        ({"kostenfrei": "JA"}, "kostenfrei"),
        ({"thema": ""}, "thema"),
        ({"thema": "mobbing,"}, "thema"),
        ({"pro_seite": "5.5"}, "pro_seite"),
    ],
)
def test_values_the_description_forbids_are_refused(client, offer, args, parameter):
    response = client.get("/api/v1/offers", query_string=args)
    assert response.status_code == 400
    assert response.get_json()["error"]["parameter"] == parameter


def test_the_html_page_stays_forgiving(client, offer):
    assert client.get("/suche", query_string={"max_kosten": " 5", "klasse": "+6", "thema": ""}).status_code == 200
