"""Search: user text and filters in, one page of offer ids with facets out.

User text is never parsed as query syntax: it is split into words, each word is
analysed like the index text, and the query is built here. Quotes, AND/OR/NOT,
"-", "*" and friends are therefore just characters (mostly dropped by the
tokenizer) and cannot make a search fail.

Matching, in this order, within the active filters:
  1. "all":     every word matches (each word in any text field, or a synonym);
  2. "fuzzy":   as 1., with unknown words widened by spelling corrections;
  3. "partial": any word matches (OR), flagged so the page can say so;
  4. "none".
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from typing import Mapping, Sequence

from whoosh.query import And, Or, Term

from .analysis import WORD_PATTERN, query_terms, tokenize_words
from .docsets import DocSets, docnums_of
from .filters import Filters
from .highlight import snippet
from .schema import FACET_FIELDS, SPELLING_FIELD, TEXT_FIELDS

MATCH_ALL, MATCH_FUZZY, MATCH_PARTIAL, MATCH_NONE = "all", "fuzzy", "partial", "none"
SORTS = ("relevance", "title", "newest")
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 12
MAX_PER_PAGE = 100
SYNONYM_BOOST = 0.5
CORRECTION_BOOST = 0.7
FREE_FACET = "is_free"
# Written in capitals, these are meant as query syntax, not as words.
_OPERATORS = frozenset({"AND", "OR", "NOT", "UND", "ODER", "NICHT"})


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


@dataclass
class QueryWord:
    """One user word with its analysed forms."""

    text: str
    terms: tuple[str, ...]
    synonyms: tuple[tuple[str, ...], ...] = ()
    corrections: tuple[str, ...] = ()
    correction_terms: tuple[tuple[str, ...], ...] = ()

    def alternatives(self, fuzzy: bool) -> list[tuple[tuple[str, ...], float]]:
        """(terms, boost) pairs any of which satisfies this word."""
        alts = [(self.terms, 1.0)] + [(s, SYNONYM_BOOST) for s in self.synonyms]
        if fuzzy:
            alts += [(c, CORRECTION_BOOST) for c in self.correction_terms]
        return alts


# -- input -----------------------------------------------------------------------


def clean_text(text) -> str:
    """User input as safe plain text: bounded length, no control characters."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = unicodedata.normalize("NFC", text[: MAX_QUERY_CHARS * 2])[:MAX_QUERY_CHARS]
    # Category C: control, format, surrogate, private use, unassigned. Lone
    # surrogates would otherwise fail when Whoosh encodes terms as UTF-8.
    return "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)


def synonym_table(synonyms: Mapping[str, Sequence[str]] | None) -> dict[str, tuple]:
    """Synonyms keyed by the analysed term of a one-word key, values analysed too,
    so "Kippen" finds the entry "kippe"."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for key, values in (synonyms or {}).items():
        key_terms = query_terms(clean_text(key))
        if len(key_terms) != 1:
            continue  # query words are matched one at a time
        if isinstance(values, str):
            values = [values]
        for value in values:
            terms = tuple(query_terms(clean_text(value)))
            if terms and terms != tuple(key_terms):
                table.setdefault(key_terms[0], []).append(terms)
    return {k: tuple(dict.fromkeys(v)) for k, v in table.items()}


def parse_query(text, synonyms: Mapping[str, Sequence[str]] | None = None) -> list[QueryWord]:
    """The distinct meaningful words of ``text`` (stop words dropped), at most
    MAX_QUERY_WORDS."""
    table = synonym_table(synonyms)
    words: list[QueryWord] = []
    seen: set[tuple[str, ...]] = set()
    for token in tokenize_words(clean_text(text)):
        if token in _OPERATORS:
            continue  # "Mobbing AND Eltern": all words count anyway
        terms = tuple(query_terms(token))
        if not terms or terms in seen:
            continue
        seen.add(terms)
        synonyms_ = tuple(s for t in terms for s in table.get(t, ()))
        words.append(QueryWord(token, terms, synonyms_))
        if len(words) == MAX_QUERY_WORDS:
            break
    return words


# -- query building ----------------------------------------------------------------


def _any_field(term: str, boost: float = 1.0):
    return Or([Term(name, term) for name in TEXT_FIELDS], boost=boost)


def _all_terms(terms: tuple[str, ...], boost: float):
    if len(terms) == 1:
        return _any_field(terms[0], boost)
    return And([_any_field(t) for t in terms], boost=boost)


def word_query(word: QueryWord, fuzzy: bool = False):
    """Matches documents containing the word (or a synonym/correction) anywhere."""
    return Or([_all_terms(terms, boost) for terms, boost in word.alternatives(fuzzy)])


def build_query(words: list[QueryWord], *, fuzzy: bool = False, require_all: bool = True):
    parts = [word_query(w, fuzzy) for w in words]
    return And(parts) if require_all else Or(parts)


# -- spelling ----------------------------------------------------------------------


def _is_known(reader, word: QueryWord) -> bool:
    """Does the word (or one of its synonyms) occur in the index at all?"""
    return any(
        all(any((name, t) in reader for name in TEXT_FIELDS) for t in terms)
        for terms, _ in word.alternatives(fuzzy=False)
    )


def _corrections(reader, word: QueryWord, limit: int = 3) -> tuple[str, ...]:
    """Indexed words within a small edit distance, most frequent first."""
    lower = word.text.lower()
    if not (3 <= len(lower) <= 30) or not lower.isalpha():
        return ()
    # prefix=1: most typos are not in the first letter, and it makes the
    # automaton walk far cheaper.
    for distance in (1, 2) if len(lower) >= 6 else (1,):
        found = set(reader.terms_within(SPELLING_FIELD, lower, distance, prefix=1))
        found = {w for w in found if tuple(query_terms(w)) not in ((), word.terms)}
        if found:
            ranked = sorted(found, key=lambda w: (-reader.doc_frequency(SPELLING_FIELD, w), w))
            return tuple(ranked[:limit])
    return ()


def _suggestion(text: str, words: list[QueryWord]) -> str | None:
    """The user's text with unknown words replaced by their best correction."""
    replacements = {w.text: w.corrections[0] for w in words if w.corrections}
    if not replacements:
        return None

    def replace(m: re.Match) -> str:
        word = m.group(0)
        new = replacements.get(word)
        if new is None:
            return word
        return new[:1].upper() + new[1:] if word[:1].isupper() else new

    suggestion = " ".join(re.sub(WORD_PATTERN, replace, text).split())
    return suggestion if suggestion != " ".join(text.split()) else None


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
            docnums = _relevance_page(
                searcher, query, final, text_mask & docsets.alive, start, start + per_page
            )
        terms = frozenset(
            t for w in words for alt, _ in w.alternatives(match != MATCH_ALL) for t in alt
        )
        highlights = _highlights(searcher, docsets, docnums, terms)
        facets = facet_counts(docsets, text_mask, masks)
        ids = tuple(docsets.ids[d] for d in docnums)
    return SearchResult(
        total=total, page=page, per_page=per_page, page_count=page_count, ids=ids,
        highlights=highlights, facets=facets, suggestion=_suggestion(text, words), match=match,
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
        if not _is_known(reader, word):
            word.corrections = _corrections(reader, word)
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


def words_mask(docsets: DocSets, words: list[QueryWord], *, fuzzy: bool = False,
               require_all: bool = True) -> int:
    """The documents ``build_query`` with the same arguments matches, computed from
    cached term masks: no scoring, and repeated words cost nothing."""
    result = docsets.alive if require_all else 0
    for word in words:
        word_mask = 0
        for terms, _ in word.alternatives(fuzzy):
            alt = docsets.alive
            for term in terms:
                any_field = 0
                for name in TEXT_FIELDS:
                    any_field |= docsets.term_mask(name, term)
                alt &= any_field
            word_mask |= alt
        result = (result & word_mask) if require_all else (result | word_mask)
    return result


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
        counts[name] = {
            value: (scope & mask).bit_count() for value, mask in sorted(docsets.facets[name].items())
        }
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
        for docnum in docnums[bisect_left(docnums, offset):bisect_left(docnums, limit)]:
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
    return {
        docsets.ids[d]: snippet(searcher.stored_fields(d).get("summary", ""), terms, analyzer)
        for d in docnums
    }


def _clamp(value, low: int, high: int, default: int) -> int:
    """An int in [low, high]; ``default`` if ``value`` is not a whole number."""
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        number = default
    return max(low, min(number, high))
