"""User words: cleaning, analysis, synonyms, spelling, and Whoosh queries/masks.

User text is never parsed as query syntax: it is split into words, each word is
analysed like the index text, and the query is built here. Quotes, AND/OR/NOT,
"-", "*" and friends are therefore just characters (mostly dropped by the
tokenizer) and cannot make a search fail.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from whoosh.query import And, Or, Term

from .analysis import WORD_PATTERN, fold, query_parts, query_terms, tokenize_words
from .docsets import DocSets
from .schema import SPELLING_FIELD, TEXT_FIELDS

MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 12
SYNONYM_BOOST = 0.5
CORRECTION_BOOST = 0.7
# A compound's parts found apart ("Gewalt … Prävention … Projekt" for
# "Gewaltpräventionsprojekt") rank below the whole word.
PARTS_BOOST = 0.6
# A negating or opposing first part names the same topic as the rest for a
# prevention catalogue: "Nichtraucher" is about Rauchen, "Antigewalt" about Gewalt.
# ("gegen" is left out: "Gegenstand" is not about "Stand".)
_PREFIXES = ("nicht", "anti")
_MIN_PREFIX_REST = 4
# A word nothing else finds is searched by a known word at its start or end ("Saufgelage"
# → saufen, "anpöbeln" → pöbeln, "Abistress" → Stress), else by the indexed words it begins
# ("Alk" → alkohol). Pieces need four letters and leave at least two over.
MIN_PIECE = 4
MIN_PIECE_REST = 2
MIN_COMPLETED = 3
MIN_SHARED_START = 5
MAX_LOOSE = 3
# Written in capitals, these are meant as query syntax, not as words.
_OPERATORS = frozenset({"AND", "OR", "NOT", "UND", "ODER", "NICHT"})


@dataclass
class QueryWord:
    """One user word with its analysed forms."""

    text: str
    terms: tuple[str, ...]
    synonyms: tuple[tuple[str, ...], ...] = ()
    corrections: tuple[str, ...] = ()
    correction_terms: tuple[tuple[str, ...], ...] = ()
    parts: tuple[str, ...] = ()  # terms of a compound's parts, all needed
    # The parts as words of their own (with their synonyms), for when the compound
    # as a whole finds nothing: "Nichtraucherprojekt" → "Nichtraucher", "Projekt".
    part_words: tuple[QueryWord, ...] = ()
    # The synonym table the word was parsed with, for lookups made later (``loose_terms``).
    lookup: dict = field(default_factory=dict, repr=False, compare=False)

    def alternatives(self, fuzzy: bool) -> list[tuple[tuple[str, ...], float]]:
        """(terms, boost) pairs any of which satisfies this word."""
        alts = [(self.terms, 1.0)] + [(s, SYNONYM_BOOST) for s in self.synonyms]
        if self.parts:
            alts.append((self.parts, PARTS_BOOST))
        if fuzzy:
            alts += [(c, CORRECTION_BOOST) for c in self.correction_terms]
        return alts


def _union(subqueries, boost: float = 1.0) -> Or:
    """An Or that merges its postings lazily. Whoosh's automatic choice preloads and
    scores every posting of every clause below 5,000 documents, which made small
    catalogues 4× slower than larger ones per match (measured with bench/)."""
    query = Or(subqueries, boost=boost)
    query.matcher_type = Or.DEFAULT_MATCHER
    return query


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
    so "Kippen" finds the entry "kippe". A read-only mapping (``MappingProxyType``
    over a dict nobody else holds) is taken as unchanging and its table kept by identity."""
    global _last_table
    last = _last_table
    if last is not None and last[0] is synonyms:
        return last[1]
    # Analysing a thesaurus of a few hundred entries took ~60 ms, more than the
    # search itself; the list rarely changes, so the analysed table is cached by content.
    frozen = tuple(
        (key, (values,) if isinstance(values, str) else tuple(values)) for key, values in (synonyms or {}).items()
    )
    table = _analysed_table(frozen)
    if isinstance(synonyms, MappingProxyType):
        # Freezing the content to look it up cost ~0.3 ms per search.
        _last_table = (synonyms, table)
    return table


_last_table: tuple[Mapping, dict[str, tuple]] | None = None


@lru_cache(maxsize=8)
def _analysed_table(synonyms: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for key, values in synonyms:
        key_terms = query_terms(clean_text(key))
        if len(key_terms) != 1:
            continue  # query words are matched one at a time
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
        parts = query_parts(token)
        parts = parts if parts != terms else ()
        part_words = tuple(_word(part, (part,), table) for part in parts)
        words.append(_word(token, terms, table, parts=parts, part_words=part_words))
        if len(words) == MAX_QUERY_WORDS:
            break
    return words


def _word(text: str, terms: tuple[str, ...], table: dict[str, tuple], **extra) -> QueryWord:
    """A QueryWord with its synonyms and, for "Nicht…"/"Anti…" words, the rest."""
    synonyms = [s for t in terms for s in table.get(t, ())]
    for term in terms:
        for prefix in _PREFIXES:
            rest = term[len(prefix) :]
            if term.startswith(prefix) and len(rest) >= _MIN_PREFIX_REST:
                synonyms += [(rest,), *table.get(rest, ())]
    return QueryWord(text, terms, tuple(dict.fromkeys(s for s in synonyms if s != terms)), lookup=table, **extra)


def with_parts_apart(words: list[QueryWord]) -> list[QueryWord]:
    """The words with each compound replaced by its parts as separate concepts."""
    return [part for word in words for part in (word.part_words or (word,))]


# -- query building ----------------------------------------------------------------


def _any_field(term: str, boost: float = 1.0):
    return _union([Term(name, term) for name in TEXT_FIELDS], boost=boost)


def _all_terms(terms: tuple[str, ...], boost: float):
    if len(terms) == 1:
        return _any_field(terms[0], boost)
    return And([_any_field(t) for t in terms], boost=boost)


def word_query(word: QueryWord, fuzzy: bool = False):
    """Matches documents containing the word (or a synonym/correction) anywhere."""
    return _union([_all_terms(terms, boost) for terms, boost in word.alternatives(fuzzy)])


def build_query(words: list[QueryWord], *, fuzzy: bool = False, require_all: bool = True):
    parts = [word_query(w, fuzzy) for w in words]
    return And(parts) if require_all else _union(parts)


# -- spelling ----------------------------------------------------------------------


def is_known(reader, word: QueryWord) -> bool:
    """Does the word itself (or one of its synonyms) occur in the index at all?
    A compound whose parts are known still counts as unknown: "Fahrad" may split
    into odd parts, and a typo needs its correction either way."""
    alternatives = (word.terms, *word.synonyms)
    return any(all(any((name, t) in reader for name in TEXT_FIELDS) for t in terms) for terms in alternatives)


def corrections(reader, word: QueryWord, limit: int = 3) -> tuple[str, ...]:
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


def term_corrections(reader, word: QueryWord, limit: int = 3) -> tuple[tuple[str, ...], ...]:
    """Indexed terms of the text fields near the word's one term, for words the
    spelling field (title, topics, summary) does not know: "Fahrad" finds the
    "fahrrad" of a description. Used for matching, not shown as a suggestion."""
    if len(word.terms) != 1 or not (4 <= len(word.terms[0]) <= 30) or not word.terms[0].isalpha():
        return ()
    term = word.terms[0]
    for distance in (1, 2) if len(term) >= 6 else (1,):
        found = {t for name in TEXT_FIELDS for t in reader.terms_within(name, term, distance, prefix=1)}
        found.discard(term)
        if found:
            ranked = sorted(found, key=lambda t: (-sum(reader.doc_frequency(n, t) for n in TEXT_FIELDS), t))
            return tuple((t,) for t in ranked[:limit])
    return ()


def _is_indexed(reader, term: str) -> bool:
    return any((name, term) in reader for name in TEXT_FIELDS)


def _known_piece(reader, word: QueryWord, piece: str) -> tuple[str, ...]:
    """The term of ``piece`` if the index or the synonym list knows it, else ()."""
    terms = query_terms(piece)
    if len(terms) != 1 or len(terms[0]) < MIN_PIECE - 1:
        return ()
    term = terms[0]
    return (term,) if term in word.lookup or _is_indexed(reader, term) else ()


def _pieces(reader, word: QueryWord, folded: str) -> list[tuple[str, ...]]:
    """The longest known start and the longest known end of the word, with their synonyms."""
    found: list[tuple[str, ...]] = []
    n = len(folded)
    starts = (folded[:end] for end in range(n - MIN_PIECE_REST, MIN_PIECE - 1, -1))
    ends = (folded[start:] for start in range(MIN_PIECE_REST, n - MIN_PIECE + 1))
    for pieces in (starts, ends):
        for piece in pieces:
            known = _known_piece(reader, word, piece)
            if known:
                found += [known, *word.lookup.get(known[0], ())]
                break
    return found


def _completions(reader, word: QueryWord, start: str) -> list[tuple[str, ...]]:
    """Indexed terms (most frequent first) and synonym entries that begin with ``start``."""
    counts: dict[str, int] = {}
    for name in TEXT_FIELDS:
        for raw in reader.expand_prefix(name, start):
            term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            counts[term] = counts.get(term, 0) + reader.doc_frequency(name, term)
    found = [(term,) for term in sorted(counts, key=lambda t: (-counts[t], t))]
    for key in sorted(k for k in word.lookup if k.startswith(start)):
        found += [(key,), *word.lookup[key]]
    return found


def _shared_start(reader, word: QueryWord, folded: str) -> list[tuple[str, ...]]:
    """Completions of the word, else of its longest start (at least 60 %, five letters) that
    has any ("prügeln" → "prügelei")."""
    shortest = max(MIN_COMPLETED, min(len(folded), MIN_SHARED_START), -(-len(folded) * 3 // 5))
    for end in range(len(folded), shortest - 1, -1):
        found = _completions(reader, word, folded[:end])
        if found:
            return found
    return []


def loose_terms(reader, word: QueryWord) -> tuple[tuple[str, ...], ...]:
    """Last resort for a word that neither the index, the synonyms nor a spelling correction
    knows: a known word at its start or end, else the indexed words it begins. Used for
    matching like a correction, never shown as a suggestion."""
    folded = fold(word.text)
    if len(folded) < MIN_COMPLETED or not folded.isalpha():
        return ()
    found = _pieces(reader, word, folded) or _shared_start(reader, word, folded)
    return tuple(dict.fromkeys(t for t in found if t != word.terms))[:MAX_LOOSE]


def suggestion(text: str, words: list[QueryWord]) -> str | None:
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


def word_mask(docsets: DocSets, word: QueryWord, *, fuzzy: bool = False) -> int:
    """The documents ``word_query`` with the same arguments matches, computed from
    cached term masks: no scoring, and repeated words cost nothing."""
    mask = 0
    for terms, _ in word.alternatives(fuzzy):
        alt = docsets.alive
        for term in terms:
            any_field = 0
            for name in TEXT_FIELDS:
                any_field |= docsets.term_mask(name, term)
            alt &= any_field
        mask |= alt
    return mask
