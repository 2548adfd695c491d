"""The field specification of the exchange format, shared by validation, import and export."""
from __future__ import annotations

from dataclasses import dataclass

from catalogue.offers.models import OPEN_STATES
from catalogue.vocabularies.seed import (COST_UNITS, DURATION_UNITS, EVALUATION_KINDS, ORG_TYPES,
                                         REVISION_VOCABULARIES)

FORMAT = "praeventionskatalog/1"
REF_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])$"  # 2–60, no hyphen at either end
LISTINGS = ("live", "paused", "withdrawn", "expired", "unlisted")
PENDING_STATES = OPEN_STATES  # an imported offer may carry one open revision


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # text | longtext | int | number | bool | choice | email | url | codes
    required: bool = False
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    vocabulary: str | None = None


def _codes(name: str, vocabulary: str) -> FieldSpec:
    return FieldSpec(name, "codes", REVISION_VOCABULARIES[vocabulary], vocabulary=vocabulary)


CONTENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "text", True, max_length=200),
    FieldSpec("summary", "text", True, max_length=500),
    FieldSpec("description", "longtext", True),
    FieldSpec("goals", "longtext", True),
    FieldSpec("theory", "longtext", True),
    FieldSpec("need", "longtext"),
    _codes("fields", "field"),
    _codes("topics", "topic"),
    _codes("audiences", "audience"),
    FieldSpec("grade_from", "int", minimum=1, maximum=13),
    FieldSpec("grade_to", "int", minimum=1, maximum=13),
    FieldSpec("age_from", "int", minimum=3, maximum=99),
    FieldSpec("age_to", "int", minimum=3, maximum=99),
    _codes("school_types", "school_type"),
    _codes("levels", "level"),
    _codes("formats", "format"),
    FieldSpec("duration_value", "number", True, minimum=0.1, maximum=9999),
    FieldSpec("duration_unit", "choice", True, choices=tuple(DURATION_UNITS)),
    FieldSpec("sessions", "int", True, minimum=1, maximum=999),
    FieldSpec("group_min", "int", True, minimum=1, maximum=9999),
    FieldSpec("group_max", "int", True, minimum=1, maximum=9999),
    FieldSpec("staff_count", "int", True, minimum=1, maximum=99),
    FieldSpec("staff_qualification", "longtext", True),
    _codes("venues", "venue"),
    _codes("districts", "district"),
    FieldSpec("is_free", "bool", True),
    FieldSpec("cost_amount", "number", minimum=0, maximum=1_000_000),
    FieldSpec("cost_unit", "choice", choices=tuple(COST_UNITS)),
    FieldSpec("cost_note", "longtext"),
    FieldSpec("funding_note", "longtext"),
    FieldSpec("booking_info", "longtext", True),
    FieldSpec("lead_time_weeks", "int", True, minimum=0, maximum=104),
    FieldSpec("contact_email", "email", True),
    FieldSpec("contact_phone", "text", max_length=60),
    FieldSpec("contact_name", "text", max_length=200),
    FieldSpec("requirements", "longtext", True),
    FieldSpec("preparation", "longtext"),
    FieldSpec("curriculum_link", "longtext"),
    FieldSpec("evaluation_kind", "choice", True, choices=tuple(EVALUATION_KINDS)),
    FieldSpec("evaluation_summary", "longtext"),
    FieldSpec("external_rating", "text", max_length=300),
    FieldSpec("external_rating_url", "url", max_length=500),
    _codes("languages", "language"),
    FieldSpec("accessibility_note", "longtext"),
)

# Content key → vocabulary, for the multi-valued fields stored as revision terms.
CODE_FIELDS: dict[str, str] = {f.name: f.vocabulary for f in CONTENT_FIELDS if f.kind == "codes"}
# Content keys stored as columns of offer_revision under the same name.
COLUMN_FIELDS: tuple[str, ...] = tuple(f.name for f in CONTENT_FIELDS if f.kind != "codes")

PROVIDER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "text", True, max_length=200),
    FieldSpec("legal_form", "text", max_length=60),
    FieldSpec("org_type", "choice", True, choices=tuple(ORG_TYPES)),
    FieldSpec("description", "longtext"),
    FieldSpec("website", "url", max_length=300),
    FieldSpec("email", "email", True),
    FieldSpec("phone", "text", max_length=60),
    FieldSpec("street", "text", max_length=200),
    FieldSpec("postcode", "text", max_length=10),
    FieldSpec("city", "text", max_length=100),
    FieldSpec("districts", "codes", vocabulary="district"),
)

CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "text", True, max_length=200),
    FieldSpec("role", "text", max_length=200),
    FieldSpec("email", "email"),
    FieldSpec("phone", "text", max_length=60),
)

# German labels of the content fields (forms, error messages, review diffs).
CONTENT_LABELS: dict[str, str] = {
    "title": "Titel", "summary": "Kurzbeschreibung", "description": "Beschreibung / Ablauf",
    "goals": "Ziele", "theory": "Theoretische Grundlage / Wirkannahmen", "need": "Bedarfsbezug",
    "fields": "Handlungsfelder", "topics": "Themen / Schlagworte", "audiences": "Zielgruppen",
    "grade_from": "Klassenstufe von", "grade_to": "Klassenstufe bis", "age_from": "Alter von",
    "age_to": "Alter bis", "school_types": "Schularten", "levels": "Präventionsebene", "formats": "Format",
    "duration_value": "Dauer", "duration_unit": "Einheit der Dauer", "sessions": "Anzahl Termine",
    "group_min": "Gruppengröße mindestens", "group_max": "Gruppengröße höchstens",
    "staff_count": "Anzahl Durchführende", "staff_qualification": "Qualifikation der Durchführenden",
    "venues": "Durchführungsort", "districts": "Einsatzgebiet", "is_free": "Kostenfrei",
    "cost_amount": "Kosten in Euro", "cost_unit": "Kosten je", "cost_note": "Hinweis zu den Kosten",
    "funding_note": "Finanzierungshinweise", "booking_info": "So buchen Sie",
    "lead_time_weeks": "Vorlaufzeit in Wochen", "contact_email": "Kontakt-E-Mail",
    "contact_phone": "Kontakt-Telefon", "contact_name": "Ansprechperson",
    "requirements": "Voraussetzungen (Raum, Technik, Lehrkraft anwesend)",
    "preparation": "Vor- und Nachbereitung", "curriculum_link": "Lehrplanbezug",
    "evaluation_kind": "Evaluation", "evaluation_summary": "Ergebnisse der Evaluation",
    "external_rating": "Externe Einstufung", "external_rating_url": "Link zur externen Einstufung",
    "languages": "Sprachen", "accessibility_note": "Barrierefreiheit / Inklusion",
}
