"""The controlled vocabularies of an offer: one entry each, the single source of their names.

The seed (terms), the offer content keys, the search page's URL parameters, the API's
record keys and the search index's facet fields all derive from this table; URL
parameters and API keys are public (docs/openapi.yaml), so they never change here.
It imports nothing of the catalogue: bench/synthetic.py loads it without the app.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vocabulary:
    name: str  # vocabulary_term.vocabulary, the search Filters field and facet name
    label: str  # German, singular
    parameter: str  # URL parameter of /suche and /api/v1 searches; key of API facet counts
    record_key: str  # list key in offer content, exchange files and API offer records
    required: bool  # a revision needs at least one term before it can be submitted
    page_filter: bool = True  # offered as a filter on the search page (the API takes every one)
    cardinality: str = "many"  # terms per offer: "one" or "many"

    @property
    def index_field(self) -> str:
        """The search index's keyword field (search_index.FACET_FIELDS) holding the codes."""
        return self.name


# In the order of the search form's filters and of the API's offer records.
VOCABULARY_REGISTRY: tuple[Vocabulary, ...] = (
    Vocabulary("field", "Handlungsfeld", "handlungsfeld", "fields", required=True),
    Vocabulary("topic", "Thema", "thema", "topics", required=False),
    Vocabulary("audience", "Zielgruppe", "zielgruppe", "audiences", required=True),
    Vocabulary("school_type", "Schulart", "schulart", "school_types", required=False),
    Vocabulary("format", "Format", "format", "formats", required=True),
    Vocabulary("venue", "Durchführungsort", "ort", "venues", required=True),
    Vocabulary("district", "Einsatzgebiet", "gebiet", "districts", required=True),
    Vocabulary("language", "Sprache", "sprache", "languages", required=True),
    # Not among the search page's filters (as before the registry); the API filters by it.
    Vocabulary("level", "Präventionsebene", "ebene", "levels", required=True, page_filter=False),
)
BY_NAME: dict[str, Vocabulary] = {v.name: v for v in VOCABULARY_REGISTRY}
