"""HSDS 3.0 API: every answer valid against the official compiled schemas, only published offers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from catalogue.clock import utcnow
from catalogue.hsds.ids import taxonomy_id, term_id
from catalogue.offers.models import Offer
from tests.functional.hsds.helpers import catalogue, get
from tests.functional.hsds.schemas import page_violations, violations

API = "/api/hsds/v3"


@pytest.fixture
def offers(db):
    return catalogue(db)


def test_root_names_the_hsds_version_profile_and_description(client):
    data = get(client, f"{API}/")
    assert data["version"] == "3.0"
    assert data["profile"].endswith("/api/hsds/v3/profile")
    assert data["openapi_url"].endswith("/api/hsds/v3/openapi.json")
    assert client.get(f"{API}/profile").status_code == 200
    assert get(client, f"{API}/openapi.json")["info"]["title"].startswith("Präventionskatalog")


def test_service_list_is_valid_and_holds_only_published_offers(client, offers):
    data = get(client, f"{API}/services")
    assert page_violations(data, "service_list") == []
    ids = {item["id"] for item in data["contents"]}
    assert ids == {offers[name].public_id for name in ("alcohol", "mobbing", "cannabis")}
    assert (data["total_items"], data["total_pages"], data["page_number"], data["size"]) == (3, 1, 1, 3)
    assert data["first_page"] and data["last_page"] and not data["empty"]


def test_full_service_is_valid_against_the_official_service_schema(client, offers):
    data = get(client, f"{API}/services/{offers['alcohol'].public_id}")
    assert violations("service", data) == []


def test_full_service_carries_organization_costs_languages_areas_contacts_and_schedule(client, offers):
    data = get(client, f"{API}/services/{offers['alcohol'].public_id}")
    assert data["status"] == "active" and data["name"] == "Alkohol – Klartext"
    assert data["organization"]["id"] == offers["sucht"].public_id == data["organization_id"]
    assert [c["name"] for c in data["organization"]["contacts"]] == ["Katrin Eulitz"]
    assert data["organization"]["locations"][0]["addresses"][0]["city"] == "Chemnitz"
    [cost] = data["cost_options"]
    assert (cost["amount"], cost["currency"], cost["option"]) == (5, "EUR", "pro Person")
    assert {lang["code"] for lang in data["languages"]} == {"de", "en"}
    assert {area["name"] for area in data["service_areas"]} == {"Nord", "Ost"}
    assert data["contacts"][0]["email"] == "buchung@sucht.example"
    assert "2 Termine" in data["schedules"][0]["description"]
    assert (data["minimum_age"], data["maximum_age"]) == (12, 16)
    assert data["assured_date"] == "2026-01-15"


def test_attributes_carry_our_vocabularies_as_taxonomy_terms(client, offers):
    data = get(client, f"{API}/services/{offers['alcohol'].public_id}")
    terms = {(a["link_type"], a["taxonomy_term"]["code"]): a for a in data["attributes"]}
    topic = terms[("topic", "alkohol")]
    assert topic["taxonomy_term_id"] == term_id("topic", "alkohol")
    assert topic["taxonomy_term"]["taxonomy_id"] == taxonomy_id("topic")
    assert ("format", "projekttag") in terms and ("field", "sucht") in terms
    facts = {code: a["value"] for (kind, code), a in terms.items() if kind == "praeventionskatalog"}
    assert (facts["klasse_von"], facts["klasse_bis"]) == ("7", "9")
    assert facts["qualitaetssiegel_gueltig_bis"] == "2028-01-15"
    assert facts["evaluation"] == "feedback"


def test_free_offer_has_a_cost_option_of_zero(client, offers):
    data = get(client, f"{API}/services/{offers['mobbing'].public_id}")
    assert [(c["option"], c["amount"]) for c in data["cost_options"]] == [("kostenfrei", 0)]


def test_paused_offer_is_not_found(client, offers):
    get(client, f"{API}/services/{offers['paused'].public_id}", status=404)


def test_withdrawn_offer_disappears_from_list_and_detail(client, db, offers):
    offers["cannabis"].listing = "withdrawn"
    db.flush()
    get(client, f"{API}/services/{offers['cannabis'].public_id}", status=404)
    ids = {item["id"] for item in get(client, f"{API}/services")["contents"]}
    assert offers["cannabis"].public_id not in ids


def test_ids_are_stored_uuids_distinct_per_offer_and_unchanged_by_edits(client, db, offers):
    before = offers["alcohol"].public_id
    offers["alcohol"].listing_reason = "geändert"
    db.flush()
    db.expire_all()
    assert db.get(Offer, offers["alcohol"].id).public_id == before
    assert len({offers[name].public_id for name in ("alcohol", "mobbing", "cannabis", "paused")}) == 4
    assert get(client, f"{API}/services/{before}")["id"] == before


def test_modified_after_lists_only_services_changed_since(client, db, offers):
    later = utcnow() + timedelta(hours=1)
    assert get(client, f"{API}/services", modified_after=later.isoformat())["total_items"] == 0
    offers["mobbing"].updated_at = later + timedelta(minutes=5)
    db.flush()
    data = get(client, f"{API}/services", modified_after=later.isoformat())
    assert [item["id"] for item in data["contents"]] == [offers["mobbing"].public_id]


def test_modified_after_takes_an_offset_whose_plus_arrived_as_a_space(client, offers):
    data = get(client, f"{API}/services", modified_after="2020-01-01T00:00:00 01:00")
    assert data["total_items"] == 3


def test_unreadable_modified_after_is_refused(client, offers):
    data = get(client, f"{API}/services", status=400, modified_after="gestern")
    assert data["error"]["parameter"] == "modified_after"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({"taxonomy_term_id": term_id("topic", "cannabis")}, {"cannabis"}),
        ({"taxonomy_id": taxonomy_id("language")}, {"alcohol"}),
        ({"search": "mobbing"}, {"mobbing"}),
        ({"thema": "alkohol"}, {"alcohol"}),
        ({"klasse": "8", "handlungsfeld": "sucht"}, {"alcohol", "cannabis"}),
        ({"kostenfrei": "1"}, {"mobbing"}),
        ({"taxonomy_term_id": "3f7b145d-84af-42d7-8fae-eaca714b02b2"}, set()),
    ],
)
def test_service_filters_are_and_combined(client, offers, args, expected):
    ids = {item["id"] for item in get(client, f"{API}/services", **args)["contents"]}
    assert ids == {offers[name].public_id for name in expected}


def test_services_of_one_organization(client, offers):
    data = get(client, f"{API}/services", organization_id=offers["sucht"].public_id)
    assert {item["name"] for item in data["contents"]} == {"Alkohol – Klartext", "Cannabis-Quiz"}


def test_paging_splits_the_list_in_a_stable_order(client, offers):
    first = get(client, f"{API}/services", per_page=2, page=1)
    second = get(client, f"{API}/services", per_page=2, page=2)
    assert (first["total_pages"], first["last_page"], second["last_page"], second["size"]) == (2, False, True, 1)
    seen = [item["id"] for item in first["contents"] + second["contents"]]
    assert len(set(seen)) == 3


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("page", "0"),
        ("per_page", "101"),
        ("page", "x"),
        ("page", ""),
        ("format", "ndjson"),
        ("modified_after", ""),
        ("modified_after", "2026-13-01T00:00:00Z"),
        ("full", "yes"),
        ("thema", "gibt-es-nicht"),
    ],
)
def test_values_the_description_forbids_are_refused(client, name, value):
    data = get(client, f"{API}/services", status=400, **{name: value})
    assert data["error"]["parameter"] == name


def test_full_list_gives_fully_nested_services(client, offers):
    data = get(client, f"{API}/services", full="true")
    assert page_violations(data, "service") == []
    assert all("attributes" in item for item in data["contents"])


def test_organizations_list_only_providers_with_published_offers(client, db, offers):
    offers["mobbing"].listing = "withdrawn"
    db.flush()
    data = get(client, f"{API}/organizations")
    assert page_violations(data, "organization_list") == []
    assert [item["id"] for item in data["contents"]] == [offers["sucht"].public_id]
    get(client, f"{API}/organizations/{offers['medien'].public_id}", status=404)


def test_organization_is_valid_and_lists_its_services(client, offers):
    data = get(client, f"{API}/organizations/{offers['sucht'].public_id}")
    assert violations("organization", data) == []
    assert {item["name"] for item in data["services"]} == {"Alkohol – Klartext", "Cannabis-Quiz"}
    assert data["website"] == "https://sucht.example"


def test_taxonomies_are_our_vocabularies_and_valid(client):
    data = get(client, f"{API}/taxonomies")
    assert page_violations(data, "taxonomy") == []
    names = {item["name"] for item in data["contents"]}
    assert {"Handlungsfeld", "Thema", "Zielgruppe", "Sprache", "Merkmale"} <= names
    topic = get(client, f"{API}/taxonomies/{taxonomy_id('topic')}")
    assert topic["uri"].endswith(f"/api/hsds/v3/taxonomies/{taxonomy_id('topic')}")


def test_taxonomy_terms_are_valid_and_filtered_by_taxonomy(client):
    data = get(client, f"{API}/taxonomy_terms", taxonomy_id=taxonomy_id("field"), per_page=100)
    assert page_violations(data, "taxonomy_term") == []
    codes = {item["code"] for item in data["contents"]}
    assert {"sucht", "gewalt", "medien"} <= codes and "alkohol" not in codes
    term = get(client, f"{API}/taxonomy_terms/{term_id('field', 'sucht')}")
    assert (term["name"], term["term_uri"].rsplit("/", 1)[1]) == ("Suchtprävention", term_id("field", "sucht"))


def test_unknown_ids_and_paths_answer_404_in_json(client):
    for path in ("services/nicht-da", "organizations/nicht-da", "taxonomies/x", "taxonomy_terms/x", "gibt-es-nicht"):
        assert get(client, f"{API}/{path}", status=404)["error"]["message"]


def test_wrong_method_answers_405_naming_the_allowed_ones(client):
    response = client.post(f"{API}/services")
    assert response.status_code == 405
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD"}
