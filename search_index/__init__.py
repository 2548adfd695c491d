"""Full-text search for the Präventionskatalog, on Whoosh.

Imports nothing from Flask, SQLModel or ``catalogue``: the database side builds
:class:`OfferDocument` objects and feeds them to a :class:`SearchIndex`; the web
side calls :func:`search` and loads the returned offer ids from the database.
"""

from .analysis import query_terms
from .documents import OfferDocument
from .errors import IndexBusy, SchemaOutdated, SearchIndexError
from .filters import Filters
from .query import (
    MATCH_ALL,
    MATCH_FUZZY,
    MATCH_NONE,
    MATCH_PARTIAL,
    SORTS,
    SearchResult,
    search,
)
from .schema import FACET_FIELDS, PROVENANCE_FIELD, SCHEMA_VERSION
from .synonyms_default import DEFAULT_SYNONYMS
from .writer import DriftReport, IndexStatus, SearchIndex, index_exists

__all__ = [
    "DEFAULT_SYNONYMS",
    "DriftReport",
    "FACET_FIELDS",
    "Filters",
    "IndexBusy",
    "IndexStatus",
    "MATCH_ALL",
    "MATCH_FUZZY",
    "MATCH_NONE",
    "MATCH_PARTIAL",
    "OfferDocument",
    "PROVENANCE_FIELD",
    "SCHEMA_VERSION",
    "SORTS",
    "SchemaOutdated",
    "SearchIndex",
    "SearchIndexError",
    "SearchResult",
    "index_exists",
    "query_terms",
    "search",
]
