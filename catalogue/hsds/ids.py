"""Identifiers and addresses of the HSDS records.

Services and organizations carry the UUID stored on their row (`public_id`, set once,
never reused). Every other record (a cost option, a language, an attribute, a taxonomy
term …) is derived from what it describes with UUID version 5, so the same record keeps
the same id in every answer and every export without being stored.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# Fixed for good: changing it would change every derived id ever published.
NAMESPACE = uuid.UUID("6c1f6a0e-3f5b-5d0e-9a51-2b7c1e0d4a11")
# Our own taxonomy for facts that have no HSDS field (grades, seal, evaluation …).
FACTS_TAXONOMY = "praeventionskatalog"


def derived_id(*parts: str) -> str:
    """A stable UUID for the record named by `parts`, e.g. ("cost_option", service_id)."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def taxonomy_id(vocabulary: str) -> str:
    return derived_id("taxonomy", vocabulary)


def term_id(vocabulary: str, code: str) -> str:
    return derived_id("taxonomy_term", vocabulary, code)


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def clean(record: dict) -> dict:
    """Without empty values: the schemas allow a field to be absent, not null."""
    return {key: value for key, value in record.items() if value not in (None, "", [])}


@dataclass(frozen=True)
class Links:
    """Absolute addresses, built from the configured public address (stable, not the Host header)."""

    base_url: str
    state_province: str = ""  # the region's federal state, for postal addresses

    def offer_page(self, offer_id: int) -> str:
        return f"{self.base_url}/angebote/{offer_id}"

    def provider_page(self, slug: str) -> str:
        return f"{self.base_url}/traeger-profil/{slug}"

    def api(self, path: str) -> str:
        return f"{self.base_url}/api/hsds/v3{path}"
