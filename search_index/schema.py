"""The Whoosh schema of the offer index.

Bump SCHEMA_VERSION whenever a field or anything in ``analysis`` changes: the
schema (with its analyzers) is pickled into the index, and an index whose recorded
version differs reports ``needs_rebuild``.
"""

from __future__ import annotations

from whoosh import fields, formats
from whoosh.system import pack_uint

from .analysis import index_analyzer, spelling_analyzer

# 5: text fields are CountedText with analysis.CountingAnalyzer (same terms, counted faster).
SCHEMA_VERSION = 5

# Stands in for "not given" in numeric columns (grades, ages, cost): columns cannot
# hold None, and no real value is negative.
MISSING = -1

# Full-text fields searched for each query word, with their field boosts.
TEXT_FIELDS: dict[str, float] = {
    "title": 3.0,
    "topics_text": 2.0,
    # The German labels of the offer's other vocabulary codes (format, target
    # group, school type, venue, language, level): "Fortbildung" or "Lehrkräfte"
    # find offers whose prose does not repeat them.
    "labels": 1.5,
    "summary": 1.0,
    "body": 1.0,
    "provider": 1.0,
}

# Keyword fields holding vocabulary codes; each is filterable and counted as facet.
FACET_FIELDS: tuple[str, ...] = (
    "field",
    "topic",
    "audience",
    "school_type",
    "format",
    "venue",
    "district",
    "language",
    "level",
    "provenance",
)
# Where an offer comes from, a facet like the vocabularies: "eigene" (this catalogue),
# or "partner" plus "partner-<n>" for an offer pulled from partner catalogue n.
PROVENANCE_FIELD = "provenance"

NUMERIC_FIELDS: tuple[str, ...] = ("grade_from", "grade_to", "age_from", "age_to", "cost_cents")

SPELLING_FIELD = "spelling"


class CountedText(fields.TEXT):
    """A TEXT field (without positions) that counts its terms in one go when its
    analyzer can (``CountingAnalyzer.term_counts``); Whoosh's own way makes, checks and
    counts a token object per word, half the time of a rebuild. Pickled into the
    index with the schema: keep the class's name and module.
    """

    def index(self, value, **kwargs):
        counts = getattr(self.analyzer, "term_counts", None)
        if counts is None or kwargs or type(self.format) is not formats.Frequency or not isinstance(value, str):
            return super().index(value, **kwargs)
        boost = self.format.field_boost
        # As Frequency.word_values: the weight sums a boost of 1.0 per occurrence.
        return [(term.encode("utf-8"), n, float(n) * boost, pack_uint(n)) for term, n in counts(value).items()]


def build_schema() -> fields.Schema:
    """A fresh schema object; the analyzers are created once and shared by fields."""
    analyzer = index_analyzer()
    text = {
        name: CountedText(
            analyzer=analyzer,
            field_boost=boost,
            # Title and summary are stored for highlighted snippets; the long body
            # is not (it would double the index size for little gain).
            stored=name in ("title", "summary"),
            # No positions: users cannot write phrase queries, and positions would
            # make the index noticeably larger.
            phrase=False,
        )
        for name, boost in TEXT_FIELDS.items()
    }
    facets = {name: fields.KEYWORD(commas=True, stored=False, scorable=False) for name in FACET_FIELDS}
    # Numbers live in columns (sortable=True): filters and sorting read the columns
    # once per index generation instead of running slow numeric range queries.
    # shift_step=0: one term per value instead of 16 trie terms for range queries
    # nobody runs — a third of all postings, and of the rebuild time, went there.
    numbers = {name: _number() for name in NUMERIC_FIELDS}
    return fields.Schema(
        id=fields.ID(unique=True, stored=True, sortable=True),
        # The fingerprint lets ``check`` find stale documents without re-reading text.
        fingerprint=fields.ID(stored=True),
        **text,
        # Separate unstemmed field: spelling=True on a stemmed field breaks fuzzy
        # suggestions, because its word list would hold stems.
        spelling=CountedText(analyzer=spelling_analyzer(), spelling=True, phrase=False),
        **facets,
        **numbers,
        is_free=fields.BOOLEAN(),
        title_sort=fields.ID(sortable=True),
        # Seconds since the epoch (UTC), for "newest first".
        approved_at=_number(),
    )


def _number() -> fields.NUMERIC:
    return fields.NUMERIC(int, bits=64, sortable=True, stored=False, shift_step=0)
