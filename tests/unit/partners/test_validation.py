"""What a partner sends is checked strictly against the shipped official HSDS 3.0 schemas."""

from __future__ import annotations

import pytest

from catalogue.partners.validation import SCHEMAS, InvalidHsds, check_page, check_service

SERVICE = {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Klartext", "status": "active"}


def page(*contents) -> dict:
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": list(contents),
    }


def test_the_schemas_ship_with_the_application_with_their_licence():
    assert {p.name for p in SCHEMAS.iterdir()} >= {"service.json", "service_list.json", "LICENSE", "README.md"}
    assert "CC BY-SA 4.0" in (SCHEMAS / "README.md").read_text()


def test_a_valid_service_and_page_pass():
    assert check_service(SERVICE) == SERVICE and check_page(page(SERVICE))["contents"] == [SERVICE]


@pytest.mark.parametrize(
    "record",
    [
        {**SERVICE, "id": "keine-uuid"},  # format uuid
        {**SERVICE, "status": 7},
        {"id": SERVICE["id"], "status": "active"},  # name missing
        {**SERVICE, "email": "keine Adresse"},  # format email
        {**SERVICE, "last_modified": "gestern"},  # format date-time
        ["not", "an", "object"],
    ],
)
def test_schema_invalid_services_are_refused(record):
    with pytest.raises(InvalidHsds):
        check_service(record)


@pytest.mark.parametrize(
    "body",
    [
        {"contents": [SERVICE]},  # envelope incomplete
        {**page(SERVICE), "total_pages": "1"},
        {**page(SERVICE), "total_items": True},
        page({**SERVICE, "id": 1}),
        page("text"),
        [SERVICE],
    ],
)
def test_pages_with_a_wrong_envelope_or_an_invalid_entry_are_refused(body):
    with pytest.raises(InvalidHsds):
        check_page(body)


def test_the_refusal_names_where_in_german():
    with pytest.raises(InvalidHsds, match=r"Angebot .* verletzt das HSDS-Schema: status"):
        check_service({**SERVICE, "status": 7})
