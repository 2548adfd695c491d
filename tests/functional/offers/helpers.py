"""Helpers for the provider offer tests: log in, post the offer form, read back rows."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import func, select

from catalogue.audit import AuditEvent
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.spec import CONTENT_FIELDS
from tests.conftest import csrf_from

BASE = "/traeger/angebote"


def complete_content(**overrides) -> dict:
    """Content that passes every submission check."""
    content = {
        "title": "Stark ohne Gewalt",
        "summary": "Ein Projekttag zu Konflikten und Zivilcourage.",
        "description": "Warm-up, Rollenspiele, Auswertung.",
        "goals": "Die Klasse kennt drei Wege aus Konflikten.",
        "theory": "Lebenskompetenzansatz",
        "need": "",
        "fields": ["gewalt"],
        "topics": ["zivilcourage"],
        "audiences": ["schueler"],
        "grade_from": 5,
        "grade_to": 8,
        "age_from": None,
        "age_to": None,
        "school_types": ["oberschule"],
        "levels": ["universell"],
        "formats": ["projekttag"],
        "duration_value": Decimal("6"),
        "duration_unit": "zeitstunden",
        "sessions": 1,
        "group_min": 10,
        "group_max": 30,
        "staff_count": 2,
        "staff_qualification": "Sozialpädagoginnen mit Trainerausbildung",
        "venues": ["schule"],
        "districts": ["stadtweit"],
        "is_free": True,
        "cost_amount": None,
        "cost_unit": None,
        "cost_note": "",
        "funding_note": "",
        "booking_info": "Anfrage per E-Mail",
        "lead_time_weeks": 6,
        "contact_email": "projekte@traeger.example",
        "contact_phone": "",
        "contact_name": "",
        "requirements": "Ein Klassenraum, Lehrkraft anwesend",
        "preparation": "",
        "curriculum_link": "",
        "evaluation_kind": "feedback",
        "evaluation_summary": "",
        "external_rating": "",
        "external_rating_url": "",
        "languages": ["de"],
        "accessibility_note": "",
    }
    content.update(overrides)
    return content


def form_data(content: dict, token: str, version: int | None = 0) -> dict:
    """What a browser sends for the offer form filled with `content`."""
    data = {"csrf_token": token, "version": "" if version is None else str(version)}
    # A browser sends every text input and select, empty or not; unchecked boxes are left out.
    full = {spec.name: None for spec in CONTENT_FIELDS if spec.kind not in {"codes", "bool"}}
    for name, value in {**full, **content}.items():
        if isinstance(value, bool):
            if value:
                data[name] = "y"
        elif isinstance(value, list):
            data[name] = value
        else:
            data[name] = "" if value is None else str(value)
    return data


def token(client) -> str:
    return csrf_from(client.get(f"{BASE}/").get_data(as_text=True))


def create_draft(client, organisation_id: int, content: dict) -> int:
    response = client.post(f"{BASE}/neu?organisation={organisation_id}", data=form_data(content, token(client)))
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(re.search(r"/traeger/angebote/(\d+)$", response.headers["Location"]).group(1))


def newest_revision(db, offer_id: int) -> OfferRevision:
    db.expire_all()
    return db.scalar(
        select(OfferRevision).where(OfferRevision.offer_id == offer_id).order_by(OfferRevision.number.desc())
    )


def offer_row(db, offer_id: int) -> Offer:
    db.expire_all()
    return db.get(Offer, offer_id)


def edit_url(revision: OfferRevision) -> str:
    return f"{BASE}/{revision.offer_id}/fassung/{revision.id}/bearbeiten"


def action_url(revision: OfferRevision, verb: str) -> str:
    return f"{BASE}/{revision.offer_id}/fassung/{revision.id}/{verb}"


def post_action(client, url: str, version: int, **extra):
    return client.post(url, data={"csrf_token": token(client), "version": str(version), **extra})


def count_events(db, action: str, offer_id: int) -> int:
    return db.scalar(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action, AuditEvent.offer_id == offer_id)
    )
