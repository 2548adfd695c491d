"""Helpers for the HSDS tests: a small published catalogue and JSON GETs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from catalogue.providers.models import OrganisationContact
from tests.factories import make_organisation
from tests.functional.search.helpers import listed


def get(client, url: str, status: int = 200, **args) -> dict:
    response = client.get(url, query_string=args or None)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/json"
    return response.get_json()


def catalogue(db) -> dict:
    """Two providers, three published offers, one paused (never shown)."""
    sucht = make_organisation(db, name="Suchtberatung Mitte e. V.")
    sucht.street, sucht.postcode, sucht.city, sucht.phone = "Hauptstraße 1", "09111", "Chemnitz", "0371 1234"
    sucht.website, sucht.description = "https://sucht.example", "Beratung und Prävention seit 1990."
    db.add(
        OrganisationContact(
            organisation_id=sucht.id,
            name="Katrin Eulitz",
            role="Fachstelle",
            email="k.eulitz@traeger.example",
            consent_on=date(2025, 1, 20),
        )
    )
    medien = make_organisation(db, name="Medienwerkstatt gGmbH")
    alcohol = listed(
        db,
        "Alkohol – Klartext",
        organisation=sucht,
        grade_from=7,
        grade_to=9,
        age_from=12,
        age_to=16,
        terms={
            "field": ("sucht",),
            "topic": ("alkohol",),
            "language": ("de", "en"),
            "district": ("nord", "ost"),
            "format": ("projekttag",),
        },
        cost_amount=Decimal("5"),
        cost_unit="pro_person",
        cost_note="Mindestens 75 Euro.",
        contact_name="Buchungsteam",
        contact_email="buchung@sucht.example",
        contact_phone="0371 1235",
        sessions=2,
        lead_time_weeks=6,
        evaluation_kind="feedback",
    )
    mobbing = listed(db, "Mobbing erkennen", organisation=medien, is_free=True, cost_amount=None, cost_unit=None)
    cannabis = listed(db, "Cannabis-Quiz", organisation=sucht, terms={"field": ("sucht",), "topic": ("cannabis",)})
    paused = listed(db, "Pausiertes Angebot", organisation=medien, listing="paused")
    return {
        "sucht": sucht,
        "medien": medien,
        "alcohol": alcohol,
        "mobbing": mobbing,
        "cannabis": cannabis,
        "paused": paused,
    }
