"""JSON API v1: search with the page's parameters, one offer, vocabularies, and 400s."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from catalogue.offers.models import Offer
from tests.functional.search.helpers import build_index, listed

OPENAPI = Path(__file__).resolve().parents[3] / "docs" / "openapi.yaml"


def get(client, url: str, status: int = 200, **args) -> dict:
    response = client.get(url, query_string=args or None)
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return response.get_json()


@pytest.fixture
def offers(app, db):
    alcohol = listed(
        db,
        "Alkohol – Klartext",
        summary="Ein Parcours.",
        grade_from=7,
        grade_to=9,
        terms={"field": ("sucht",), "topic": ("alkohol",), "format": ("projekttag",), "district": ("nord",)},
        cost_amount=Decimal("5"),
        cost_unit="pro_person",
        cost_note="Mindestens 75 Euro.",
    )
    mobbing = listed(
        db,
        "Mobbing erkennen",
        is_free=True,
        cost_amount=None,
        cost_unit=None,
        terms={"topic": ("mobbing",), "audience": ("lehrkraefte",)},
        grade_from=None,
        grade_to=None,
        age_from=18,
        age_to=99,
    )
    build_index(app, db)
    return alcohol, mobbing


def test_search_returns_results_facets_and_paging(client, offers):
    alcohol, _ = offers
    data = get(client, "/api/v1/offers", q="alkohol")
    assert (data["total"], data["page"], data["per_page"], data["total_pages"]) == (1, 1, 20, 1)
    [result] = data["results"]
    assert result["id"] == alcohol.id and result["title"] == "Alkohol – Klartext"
    assert result["status"] == "active"
    assert result["fields"] == ["sucht"] and result["topics"] == ["alkohol"] and result["formats"] == ["projekttag"]
    assert result["districts"] == ["nord"] and result["audiences"] == []
    assert (result["grade_from"], result["grade_to"], result["age_from"], result["age_to"]) == (7, 9, None, None)
    assert result["cost"] == {
        "free": False,
        "amount": 5,
        "currency": "EUR",
        "unit": "pro_person",
        "note": "Mindestens 75 Euro.",
    }
    assert result["url"] == f"http://katalog.test/angebote/{alcohol.id}"
    assert result["provider"]["url"].startswith("http://katalog.test/traeger-profil/")
    assert data["facets"]["thema"]["alkohol"] == 1 and data["facets"]["kostenfrei"] == {"true": 0}
    assert data["suggestion"] is None and data["match"] == "all" and data["fulltext"] is True


def test_search_accepts_the_page_parameters(client, offers):
    _, mobbing = offers
    assert [r["id"] for r in get(client, "/api/v1/offers", kostenfrei="1")["results"]] == [mobbing.id]
    assert [r["id"] for r in get(client, "/api/v1/offers", alter="30")["results"]] == [mobbing.id]
    assert get(client, "/api/v1/offers", klasse="8", thema="alkohol,mobbing")["total"] == 1
    assert get(client, "/api/v1/offers", zielgruppe="lehrkraefte", max_kosten="0")["total"] == 1


def test_hsds_style_paging_names_work_too(client, offers):
    data = get(client, "/api/v1/offers", page="2", per_page="1", sortierung="titel")
    assert (data["page"], data["per_page"], data["total_pages"]) == (2, 1, 2)
    assert [r["title"] for r in data["results"]] == ["Mobbing erkennen"]


def test_a_typo_gives_a_suggestion(client, offers):
    data = get(client, "/api/v1/offers", q="Alkohl")
    assert data["suggestion"] == "Alkohol" and data["match"] == "fuzzy" and data["total"] == 1


@pytest.mark.parametrize(
    "args, parameter",
    [
        ({"thema": "gibt_es_nicht"}, "thema"),
        ({"handlungsfeld": "sucht,xyz"}, "handlungsfeld"),
        ({"klasse": "acht"}, "klasse"),
        ({"klasse": "14"}, "klasse"),
        ({"klasse": "0"}, "klasse"),
        ({"alter": "-1"}, "alter"),
        ({"max_kosten": "NaN"}, "max_kosten"),
        ({"max_kosten": "-5"}, "max_kosten"),
        ({"seite": "0"}, "seite"),
        ({"page": "-1"}, "seite"),
        ({"seite": "x"}, "seite"),
        ({"pro_seite": "101"}, "pro_seite"),
        ({"per_page": "0"}, "pro_seite"),
        ({"sortierung": "preis"}, "sortierung"),
        ({"kostenfrei": "vielleicht"}, "kostenfrei"),
        ({"q": "x" * 501}, "q"),
    ],
)
def test_invalid_parameters_give_400_with_a_json_error(client, offers, args, parameter):
    error = get(client, "/api/v1/offers", 400, **args)["error"]
    assert error["parameter"] == parameter and error["message"]


def test_odd_text_is_no_error(client, offers):
    for text in ('"alkohol', "AND OR", "*", "\x00"):
        assert get(client, "/api/v1/offers", q=text)["total"] >= 0


def test_one_offer_in_full(client, offers):
    alcohol, _ = offers
    data = get(client, f"/api/v1/offers/{alcohol.id}")
    assert data["id"] == alcohol.id and data["status"] == "active"
    assert data["description"] == "Ablauf" and data["theory"] == "Lebenskompetenzansatz"
    assert data["seal"]["valid_until"] == "2028-01-15" and data["assured_date"] == "2026-01-15"
    assert data["contact"] == {"name": "", "email": "", "phone": ""}


@pytest.mark.parametrize("listing", ["paused", "expired", "withdrawn", "unlisted"])
def test_offers_not_listed_live_give_json_404(client, db, offers, listing):
    alcohol, _ = offers
    db.get(Offer, alcohol.id).listing = listing
    db.flush()
    assert get(client, f"/api/v1/offers/{alcohol.id}", 404)["error"]["message"]
    assert alcohol.id not in [r["id"] for r in get(client, "/api/v1/offers")["results"]]


def test_unknown_offer_and_endpoint_give_json_404(client, db):
    assert "error" in get(client, "/api/v1/offers/999999", 404)
    assert "error" in get(client, "/api/v1/offers/99999999999999999999", 404)
    assert "error" in get(client, "/api/v1/gibt-es-nicht", 404)


def test_vocabularies_list_codes_and_german_labels(client, db):
    data = get(client, "/api/v1/vocabularies")
    topic = data["topic"]
    assert topic["label"] == "Thema" and topic["parameter"] == "thema" and topic["record_key"] == "topics"
    assert {"code": "cybermobbing", "label": "Cybermobbing"} in topic["terms"]
    assert set(data) >= {
        "field",
        "topic",
        "audience",
        "school_type",
        "format",
        "venue",
        "district",
        "language",
        "level",
        "cost_unit",
        "duration_unit",
        "evaluation_kind",
    }


def test_search_without_index_still_answers_from_the_database(client, db):
    listed(db, "Alkohol – Klartext")
    data = get(client, "/api/v1/offers", q="alkohol")
    assert data["total"] == 1 and data["facets"] is None and data["fulltext"] is False


def test_api_is_public_and_readable_from_other_sites(client, db):
    response = client.get("/api/v1/vocabularies")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert get(client, "/api/v1/")["version"] == "1"


def test_openapi_document_describes_every_api_route(app, client, db):
    spec = OPENAPI.read_text(encoding="utf-8")
    assert spec.startswith("openapi: 3.1")
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("api.") and rule.endpoint != "api.not_found":
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule.removeprefix("/api/v1"))
            assert f"  {path}:" in spec, path
    for parameter in (
        "q",
        "handlungsfeld",
        "thema",
        "zielgruppe",
        "schulart",
        "format",
        "ort",
        "gebiet",
        "sprache",
        "ebene",
        "klasse",
        "alter",
        "kostenfrei",
        "max_kosten",
        "sortierung",
        "seite",
        "pro_seite",
    ):
        assert f"name: {parameter}" in spec, parameter
    assert client.get("/api/v1/openapi.yaml").get_data(as_text=True) == spec


def test_wrong_method_on_the_api_answers_in_json(client, db):
    response = client.post("/api/v1/offers")
    assert response.status_code in (400, 405)
    assert response.is_json


def test_public_offer_pages_may_be_cached_but_signed_in_pages_not(client, db):
    assert "no-store" not in client.get("/suche").headers.get("Cache-Control", "")
    assert client.get("/konto/anmelden").headers["Cache-Control"] == "no-store"
