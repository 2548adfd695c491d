"""Search: user text and filters in, one page of offer ids with facets out.

User text is treated as plain words (see ``words.py``), never as query syntax.

Soft matching: every query word is a concept (the word, its synonyms, the parts of
a compound, and spelling corrections when the word is unknown). Offers are ranked
by how many concepts they match, all first, then most, and by BM25F within each
level. The results hold the offers matching at least ``required_concepts`` of the
concepts, widened level by level while fewer than MIN_RESULTS pass the filters.
``match``: "all" (every concept), "fuzzy" (with corrections), "partial" (results
include offers missing a concept), "none".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .analysis import query_terms
from .docsets import DocSets, docnum_array
from .filters import Filters
from .highlight import analysed, snippet
from .ranking import rank
from .schema import FACET_FIELDS
from .words import (
    QueryWord,
    clean_text,
    corrections,
    is_known,
    loose_terms,
    parse_query,
    suggestion,
    synonym_table,
    term_corrections,
    with_parts_apart,
    word_mask,
)

MATCH_ALL, MATCH_FUZZY, MATCH_PARTIAL, MATCH_NONE = "all", "fuzzy", "partial", "none"
SORTS = ("relevance", "title", "newest")
MAX_PER_PAGE = 100
FREE_FACET = "is_free"
# Analysed summaries kept per segment for snippets (~60 small tuples each).
MAX_CACHED_SUMMARIES = 2048
# Finished snippets per segment and (document, matched terms), ~300 bytes each.
MAX_CACHED_SNIPPETS = 4096
# Finished result pages per generation (query, filters, sort, page): popular searches
# repeat, and a page costs 1–5 ms to compute but ~20 KB at most to keep.
MAX_CACHED_RESULTS = 512
# Below this many results, offers matching one concept fewer are added (ranked after).
MIN_RESULTS = 10


@dataclass(frozen=True)
class SearchResult:
    """One page of results. ``highlights`` values are safe HTML. Results are cached per
    index generation and shared: do not change ``highlights`` or ``facets``."""

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
    table = synonym_table(synonyms)
    key = (text, filters, sort, page, per_page, id(table))
    with index.reading() as (searcher, docsets):
        cached = docsets.results.get(key)
        if cached is not None and cached[0] is table:  # the same synonyms, not a reused id
            return cached[1]
        result = _search(searcher, docsets, text, filters, sort, page, per_page, synonyms)
        if len(docsets.results) >= MAX_CACHED_RESULTS:
            docsets.results.clear()
        docsets.results[key] = (table, result)
        return result


def _search(searcher, docsets: DocSets, text: str, filters: Filters, sort, page, per_page, synonyms) -> SearchResult:
    """:func:`search` within one reader generation, without the result cache."""
    words = parse_query(text, synonyms)
    masks = filter_masks(docsets, filters)
    passing = docsets.alive
    for mask in masks.values():
        passing &= mask
    levels, match = _match(searcher, docsets, words, passing)
    if match == MATCH_NONE and any(w.part_words for w in words):
        # The compound as a whole found nothing: its parts become concepts
        # of their own, and soft matching ranks offers with most of them.
        words = with_parts_apart(words)
        levels, match = _match(searcher, docsets, words, passing)
    text_mask = levels.included if words else docsets.alive
    final = text_mask & passing
    total = final.bit_count()
    page_count = max(1, -(-total // per_page))
    page = _clamp(page, 1, page_count, default=1)
    start = (page - 1) * per_page
    if not words or sort != "relevance":
        order = docsets.order("newest" if sort == "newest" else "title")
        docnums = _ordered_page(order, final, start, start + per_page)
    else:
        docnums = _levels_page(searcher, docsets, levels, passing, start, start + per_page)
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


@dataclass
class Levels:
    """Documents by the number of concepts they match: ``at_least[j]`` holds those
    matching j or more (over all live documents, filters not applied)."""

    words: list[QueryWord]
    fuzzy: bool
    at_least: list[int]
    lowest: int  # the fewest concepts an included document matches

    @property
    def included(self) -> int:
        return self.at_least[self.lowest]

    def exactly(self, j: int) -> int:
        upper = self.at_least[j + 1] if j + 1 < len(self.at_least) else 0
        return self.at_least[j] & ~upper


def required_concepts(count: int) -> int:
    """Concepts a result must match at first: all of 1–2, then all but one in three."""
    return max(1, count - count // 3)


def concept_levels(masks: list[int]) -> list[int]:
    """``at_least[j]``: documents in j or more of ``masks`` (a bit-sliced counter)."""
    at_least = [~0] + [0] * len(masks)
    for mask in masks:
        for j in range(len(masks), 0, -1):
            at_least[j] |= at_least[j - 1] & mask
    return at_least


def _match(searcher, docsets: DocSets, words: list[QueryWord], passing: int) -> tuple[Levels | None, str]:
    """Concept levels and the match kind; unknown words get spelling corrections."""
    if not words:
        return None, MATCH_ALL
    reader = searcher.reader()
    fuzzy = False
    masks = []
    for word in words:
        mask = word_mask(docsets, word)
        # Only words that find nothing: a spelling lookup for every split compound
        # would triple the time of compound queries (measured).
        if not mask and not is_known(reader, word):
            word.corrections = corrections(reader, word)
            word.correction_terms = tuple(tuple(query_terms(c)) for c in word.corrections)
            if not word.corrections:
                word.correction_terms = term_corrections(reader, word)
            if not word.correction_terms and not word.part_words:
                # A compound's parts get their own turn as concepts (below in ``search``).
                word.correction_terms = loose_terms(reader, word)
            if word.correction_terms:
                fuzzy = True
                mask = word_mask(docsets, word, fuzzy=True)
        masks.append(mask)
    at_least = concept_levels(masks)
    at_least[0] = docsets.alive
    lowest = required_concepts(len(words))
    while lowest > 1 and (at_least[lowest] & passing).bit_count() < MIN_RESULTS:
        lowest -= 1
    levels = Levels(words, fuzzy, at_least, lowest)
    if not levels.included & passing:
        return levels, MATCH_NONE
    if lowest < len(words) and (levels.included & passing) != (at_least[len(words)] & passing):
        return levels, MATCH_PARTIAL
    return levels, MATCH_FUZZY if fuzzy else MATCH_ALL


def filter_masks(docsets: DocSets, filters: Filters) -> dict[str, int]:
    """One mask per active filter, keyed by facet field name or filter name."""
    masks = {name: docsets.facet_mask(name, values) for name, values in filters.facet_values().items()}
    if filters.grade is not None:
        masks["grade"] = docsets.range_mask("grade", filters.grade, filters.grade_to)
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


def _ordered_page(order: np.ndarray, final: int, start: int, end: int) -> list[int]:
    """Documents of ``final`` at positions start..end of ``order`` (all document numbers)."""
    member = np.zeros(len(order), dtype=bool)
    member[docnum_array(final)] = True
    return order[member[order]][start:end].tolist()


def _levels_page(searcher, docsets: DocSets, levels: Levels, passing: int, start: int, end: int) -> list[int]:
    """Document numbers start..end: all concepts first, then the most, BM25F within a level."""
    page: list[int] = []
    before = 0  # documents on the levels above the current one
    for j in range(len(levels.words), levels.lowest - 1, -1):
        level = levels.exactly(j) & passing
        size = level.bit_count()
        if size and before + size > start:
            lo, hi = max(0, start - before), min(size, end - before)
            page += rank(searcher, docsets, levels.words, levels.fuzzy, level, lo, hi)
        before += size
        if before >= end:
            break
    return page


def _highlights(searcher, docsets: DocSets, docnums: list[int], terms: frozenset[str]) -> dict[int, str]:
    analyzer = searcher.schema["summary"].analyzer
    found = {}
    for docnum in docnums:
        # Result pages repeat (page 1 of popular queries); the snippet depends only on
        # the document and the matched terms, both fixed for the life of its segment.
        sets, local = docsets.segment_of(docnum)
        cached = sets.snippets.get((local, terms))
        if cached is not None:
            found[docsets.ids[docnum]] = cached
            continue
        summary = searcher.stored_fields(docnum).get("summary", "")
        tokens = sets.summary_tokens.get(local)
        if tokens is None:
            if len(sets.summary_tokens) >= MAX_CACHED_SUMMARIES:
                sets.summary_tokens.clear()
            tokens = sets.summary_tokens[local] = analysed(summary, analyzer)
        found[docsets.ids[docnum]] = marked = snippet(summary, terms, analyzer, tokens)
        if len(sets.snippets) >= MAX_CACHED_SNIPPETS:
            sets.snippets.clear()
        sets.snippets[(local, terms)] = marked
    return found


def _clamp(value, low: int, high: int, default: int) -> int:
    """An int in [low, high]; ``default`` if ``value`` is not a whole number."""
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        number = default
    return max(low, min(number, high))
