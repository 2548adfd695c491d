"""Search: user text and filters in, one page of offer ids with facets out.

User text is treated as plain words (see ``words.py``), never as query syntax.

Matching, in this order, within the active filters:
  1. "all":     every word matches (each word in any text field, or a synonym);
  2. "fuzzy":   as 1., with unknown words widened by spelling corrections;
  3. "partial": any word matches (OR), flagged so the page can say so;
  4. "none".
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .analysis import query_terms
from .docsets import DocSets, docnums_of
from .filters import Filters
from .highlight import snippet
from .schema import FACET_FIELDS
from .words import (
    QueryWord,
    build_query,
    clean_text,
    corrections,
    is_known,
    parse_query,
    suggestion,
    words_mask,
)

MATCH_ALL, MATCH_FUZZY, MATCH_PARTIAL, MATCH_NONE = "all", "fuzzy", "partial", "none"
SORTS = ("relevance", "title", "newest")
MAX_PER_PAGE = 100
FREE_FACET = "is_free"


@dataclass(frozen=True)
class SearchResult:
    """One page of results. ``highlights`` values are safe HTML."""

    total: int
    page: int
    per_page: int
    page_count: int
    ids: tuple[int, ...]
    highlights: dict[int, str]
    facets: dict[str, dict[str, int]]
    suggestion: str | None
    match: str

    @property
    def partial(self) -> bool:
        """True when not all words matched and the results are an OR fallback."""
        return self.match == MATCH_PARTIAL


# -- search ------------------------------------------------------------------------


def search(
    index,
    text: str = "",
    filters: Filters | Mapping | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    synonyms: Mapping[str, Sequence[str]] | None = None,
) -> SearchResult:
    """Search ``index`` (a ``SearchIndex``). Never raises for odd user input.

    Empty text (or only stop words) lists everything that passes the filters;
    "relevance" then means title order. Facet counts for a field apply all
    active filters except that field's own, so choosing a second value shows
    how many offers it adds. Page numbers are clamped into range.
    """
    text = clean_text(text)
    filters = Filters.coerce(filters)
    sort = sort if sort in SORTS else "relevance"
    per_page = _clamp(per_page, 1, MAX_PER_PAGE, default=20)
    words = parse_query(text, synonyms)
    with index.reading() as (searcher, docsets):
        masks = filter_masks(docsets, filters)
        passing = docsets.alive
        for mask in masks.values():
            passing &= mask
        query, text_mask, match = _match(searcher, docsets, words, passing)
        final = text_mask & passing
        total = final.bit_count()
        page_count = max(1, -(-total // per_page))
        page = _clamp(page, 1, page_count, default=1)
        start = (page - 1) * per_page
        if query is None or sort != "relevance":
            order = docsets.order("newest" if sort == "newest" else "title")
            docnums = _ordered_page(order, final, start, start + per_page)
        else:
            docnums = _relevance_page(searcher, query, final, text_mask & docsets.alive, start, start + per_page)
        terms = frozenset(t for w in words for alt, _ in w.alternatives(match != MATCH_ALL) for t in alt)
        highlights = _highlights(searcher, docsets, docnums, terms)
        facets = facet_counts(docsets, text_mask, masks)
        ids = tuple(docsets.ids[d] for d in docnums)
    return SearchResult(
        total=total,
        page=page,
        per_page=per_page,
        page_count=page_count,
        ids=ids,
        highlights=highlights,
        facets=facets,
        suggestion=suggestion(text, words),
        match=match,
    )


def _match(searcher, docsets: DocSets, words: list[QueryWord], passing: int):
    """(query, text mask, match kind) after the AND → fuzzy → OR fallbacks."""
    if not words:
        return None, docsets.alive, MATCH_ALL
    exact_mask = words_mask(docsets, words)
    if exact_mask & passing:
        return build_query(words), exact_mask, MATCH_ALL
    reader = searcher.reader()
    for word in words:
        if not is_known(reader, word):
            word.corrections = corrections(reader, word)
            word.correction_terms = tuple(tuple(query_terms(c)) for c in word.corrections)
    if any(w.corrections for w in words):
        mask = words_mask(docsets, words, fuzzy=True)
        if mask & passing:
            return build_query(words, fuzzy=True), mask, MATCH_FUZZY
    if len(words) > 1:
        mask = words_mask(docsets, words, fuzzy=True, require_all=False)
        if mask & passing:
            return build_query(words, fuzzy=True, require_all=False), mask, MATCH_PARTIAL
    return build_query(words), exact_mask, MATCH_NONE


def filter_masks(docsets: DocSets, filters: Filters) -> dict[str, int]:
    """One mask per active filter, keyed by facet field name or filter name."""
    masks = {name: docsets.facet_mask(name, values) for name, values in filters.facet_values().items()}
    if filters.grade is not None:
        masks["grade"] = docsets.range_mask("grade", filters.grade)
    if filters.age is not None:
        masks["age"] = docsets.range_mask("age", filters.age)
    if filters.free_only:
        masks[FREE_FACET] = docsets.free
    if filters.max_cost_cents is not None:
        masks["max_cost"] = docsets.cost_mask(filters.max_cost_cents)
    return masks


def facet_counts(docsets: DocSets, text_mask: int, masks: dict[str, int]) -> dict[str, dict[str, int]]:
    """Counts per facet value under the text match and all filters but the facet's own."""
    base = docsets.alive & text_mask

    def without(own: str) -> int:
        result = base
        for name, mask in masks.items():
            if name != own:
                result &= mask
        return result

    counts = {}
    for name in FACET_FIELDS:
        scope = without(name)
        counts[name] = {value: (scope & mask).bit_count() for value, mask in sorted(docsets.facets[name].items())}
    counts[FREE_FACET] = {"true": (without(FREE_FACET) & docsets.free).bit_count()}
    return counts


def _ordered_page(order: list[int], final: int, start: int, end: int) -> list[int]:
    bits = bin(final)[:1:-1]  # bits[d] == "1" when docnum d is in the result
    size = len(bits)
    hits = (d for d in order if d < size and bits[d] == "1")
    page = []
    for i, docnum in enumerate(hits):
        if i >= end:
            break
        if i >= start:
            page.append(docnum)
    return page


def _relevance_page(searcher, query, final: int, text_mask: int, start: int, end: int) -> list[int]:
    """Document numbers ranked start..end by score among the ``final`` documents."""
    if not final:
        return []
    if final == text_mask:
        # No filter narrows the text match: Whoosh can skip low-scoring blocks.
        results = searcher.search(query, limit=end)
        return [results.docnum(i) for i in range(start, min(end, results.scored_length()))]
    # Filtered: score only the documents that passed. A Whoosh filter would still
    # walk and check every text match.
    scored = []
    docnums = docnums_of(final)
    context = searcher.context()
    for sub, offset in searcher.leaf_searchers():
        matcher = query.matcher(sub, context)
        limit = offset + sub.doc_count_all()
        for docnum in docnums[bisect_left(docnums, offset) : bisect_left(docnums, limit)]:
            local = docnum - offset
            if not matcher.is_active():
                break
            if matcher.id() < local:
                matcher.skip_to(local)
            if matcher.is_active() and matcher.id() == local:
                scored.append((-matcher.score(), docnum))
    # Ties in score keep document order, as Whoosh's own ranking does.
    return [docnum for _, docnum in heapq.nsmallest(end, scored)][start:end]


def _highlights(searcher, docsets: DocSets, docnums: list[int], terms: frozenset[str]) -> dict[int, str]:
    analyzer = searcher.schema["summary"].analyzer
    return {docsets.ids[d]: snippet(searcher.stored_fields(d).get("summary", ""), terms, analyzer) for d in docnums}


def _clamp(value, low: int, high: int, default: int) -> int:
    """An int in [low, high]; ``default`` if ``value`` is not a whole number."""
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        number = default
    return max(low, min(number, high))
