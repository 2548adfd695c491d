"""The content of an offer revision: its fields, their kinds and limits, their German labels.

One table drives the offer form, the completeness rules (completeness.py), the review
diff, the stored columns and the exchange file (catalogue/exchange/).
"""

from __future__ import annotations

from dataclasses import dataclass

from catalogue.vocabularies.registry import BY_NAME
from catalogue.vocabularies.seed import COST_UNITS, DURATION_UNITS, EVALUATION_KINDS

# Kinds held as text: empty is "" rather than None.
TEXT_KINDS = frozenset({"text", "longtext", "email", "url"})


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


def _codes(vocabulary: str) -> FieldSpec:
    """The list of codes of one vocabulary, under its record key (e.g. "fields")."""
    entry = BY_NAME[vocabulary]
    return FieldSpec(entry.record_key, "codes", entry.required, vocabulary=vocabulary)


CONTENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "text", True, max_length=200),
    FieldSpec("summary", "text", True, max_length=500),
    FieldSpec("description", "longtext", True),
    FieldSpec("goals", "longtext", True),
    FieldSpec("theory", "longtext", True),
    FieldSpec("need", "longtext"),
    _codes("field"),
    _codes("topic"),
    _codes("audience"),
    FieldSpec("grade_from", "int", minimum=1, maximum=13),
    FieldSpec("grade_to", "int", minimum=1, maximum=13),
    FieldSpec("age_from", "int", minimum=3, maximum=99),
    FieldSpec("age_to", "int", minimum=3, maximum=99),
    _codes("school_type"),
    _codes("level"),
    _codes("format"),
    FieldSpec("duration_value", "number", True, minimum=0.1, maximum=9999),
    FieldSpec("duration_unit", "choice", True, choices=tuple(DURATION_UNITS)),
    FieldSpec("sessions", "int", True, minimum=1, maximum=999),
    FieldSpec("group_min", "int", True, minimum=1, maximum=9999),
    FieldSpec("group_max", "int", True, minimum=1, maximum=9999),
    FieldSpec("staff_count", "int", True, minimum=1, maximum=99),
    FieldSpec("staff_qualification", "longtext", True),
    _codes("venue"),
    _codes("district"),
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
    _codes("language"),
    FieldSpec("accessibility_note", "longtext"),
)

# Content key → vocabulary, for the multi-valued fields stored as revision terms.
CODE_FIELDS: dict[str, str] = {f.name: f.vocabulary for f in CONTENT_FIELDS if f.kind == "codes"}
# Content keys stored as columns of offer_revision under the same name.
COLUMN_FIELDS: tuple[str, ...] = tuple(f.name for f in CONTENT_FIELDS if f.kind != "codes")

# German labels of the content fields (forms, error messages, review diffs).
CONTENT_LABELS: dict[str, str] = {
    "title": "Titel",
    "summary": "Kurzbeschreibung",
    "description": "Beschreibung / Ablauf",
    "goals": "Ziele",
    "theory": "Theoretische Grundlage / Wirkannahmen",
    "need": "Bedarfsbezug",
    "fields": "Handlungsfelder",
    "topics": "Themen / Schlagworte",
    "audiences": "Zielgruppen",
    "grade_from": "Klassenstufe von",
    "grade_to": "Klassenstufe bis",
    "age_from": "Alter von",
    "age_to": "Alter bis",
    "school_types": "Schularten",
    "levels": "Präventionsebene",
    "formats": "Format",
    "duration_value": "Dauer",
    "duration_unit": "Einheit der Dauer",
    "sessions": "Anzahl Termine",
    "group_min": "Gruppengröße mindestens",
    "group_max": "Gruppengröße höchstens",
    "staff_count": "Anzahl Durchführende",
    "staff_qualification": "Qualifikation der Durchführenden",
    "venues": "Durchführungsort",
    "districts": "Einsatzgebiet",
    "is_free": "Kostenfrei",
    "cost_amount": "Kosten in Euro",
    "cost_unit": "Kosten je",
    "cost_note": "Hinweis zu den Kosten",
    "funding_note": "Finanzierungshinweise",
    "booking_info": "So buchen Sie",
    "lead_time_weeks": "Vorlaufzeit in Wochen",
    "contact_email": "Kontakt-E-Mail",
    "contact_phone": "Kontakt-Telefon",
    "contact_name": "Ansprechperson",
    "requirements": "Voraussetzungen (Raum, Technik, Lehrkraft anwesend)",
    "preparation": "Vor- und Nachbereitung",
    "curriculum_link": "Lehrplanbezug",
    "evaluation_kind": "Evaluation",
    "evaluation_summary": "Ergebnisse der Evaluation",
    "external_rating": "Externe Einstufung",
    "external_rating_url": "Link zur externen Einstufung",
    "languages": "Sprachen",
    "accessibility_note": "Barrierefreiheit / Inklusion",
}
