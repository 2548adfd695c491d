"""The records of the exchange file beyond an offer's content (catalogue/offers/spec.py)."""

from __future__ import annotations

from catalogue.offers.spec import FieldSpec
from catalogue.offers.workflow import OPEN_STATES
from catalogue.vocabularies.seed import ORG_TYPES

FORMAT = "praeventionskatalog/1"
REF_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])$"  # 2–60, no hyphen at either end
LISTINGS = ("live", "paused", "withdrawn", "expired", "unlisted")
PENDING_STATES = OPEN_STATES  # an imported offer may carry one open revision

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
