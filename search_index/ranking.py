"""Relevance ranking from cached per-term BM25F contributions, computed with numpy.

Whoosh's own ranking walks a matcher tree per document (an Or over five fields for
every word, synonym and compound part), which cost ~50 ms for a broad two-word query
at 10,000 offers. Here the ranking reads each (segment, field, term)'s postings once
— document numbers, weights (field boost included) and field lengths — and keeps
them with the segment, which never changes. Per index generation the BM25F score
of a term is then one vectorised formula over those arrays with the generation's
statistics (idf, average field length); ranking a set of documents is a few array
look-ups per concept and a partial sort.

Scores equal what the Whoosh queries of ``words.py`` give (Whoosh's ``bm25`` on the
same inputs; alternatives of a word add up, all terms of an alternative must occur),
up to the last bit: Whoosh adds the fields in the order of its matcher tree, this
module in ``TEXT_FIELDS`` order, as the dictionary-based ranking before it did.
Equal documents therefore still score exactly alike, and the order is Whoosh's
(tests/integration/search_index/test_ranking.py compares on benchmark data).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.util.numeric import byte_to_length

from .docsets import DocSets, docnum_array
from .schema import TEXT_FIELDS
from .words import QueryWord

# Postings kept per segment (16 bytes each) and score entries per generation (16 bytes
# each): ~16 MB apiece at most. Broad terms at 100,000 offers hold ~40,000 postings.
MAX_CACHED_POSTINGS = 1_000_000
MAX_CACHED_SCORES = 1_000_000
# Above this many candidates, the page is cut out by a partial sort first.
_PARTIAL_SORT_FROM = 512


@dataclass(frozen=True)
class Postings:
    """One (segment, field, term): local document numbers, weights, field lengths."""

    docs: np.ndarray
    weights: np.ndarray
    lengths: np.ndarray

    @property
    def size(self) -> int:
        return len(self.docs)


@dataclass(frozen=True)
class TermScores:
    """Global document numbers (ascending) and the term's BM25F score in each."""

    docs: np.ndarray
    scores: np.ndarray

    @property
    def size(self) -> int:
        return len(self.docs)


_EMPTY = TermScores(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


# Whoosh stores a field length as one byte; this decodes all 256 at once.
_LENGTHS = np.array([1.0] + [float(byte_to_length(b)) for b in range(1, 256)])


def field_lengths(leaf, field: str) -> np.ndarray | None:
    """The field's length per local document number, read in one piece; None when the
    segment's layout is not the expected one (then lengths are read per posting)."""
    perdoc = getattr(leaf, "_perdoc", None)
    name = f"_{field}_len"  # Whoosh's name of a field's length column
    if perdoc is None or not perdoc.has_column(name):
        return None
    column = perdoc.column_reader(name, LENGTHS_COLUMN)
    try:
        # One read instead of a seek and read per posting (60 % of a first search).
        raw = column._dbfile.get(column._basepos, column._count)
    except AttributeError:
        return None
    codes = np.zeros(leaf.doc_count_all(), dtype=np.uint8)
    codes[: len(raw)] = np.frombuffer(raw, dtype=np.uint8)
    return _LENGTHS[codes]


def read_postings(leaf, field: str, term: str, lengths: np.ndarray | None = None) -> Postings:
    """The postings of ``term`` in ``field`` of one segment (deleted documents left out);
    ``lengths``: :func:`field_lengths` of the segment, if known."""
    matcher = leaf.postings(field, term)
    inner = getattr(matcher, "child", matcher)  # deletions wrap the matcher in a filter
    if isinstance(inner, W3LeafMatcher):
        ids, weights = _read_blocks(inner)
        deleted = leaf.deleted_docs_set if leaf.has_deletions() else None
        if deleted:
            keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64))
            ids, weights = ids[keep], weights[keep]
    else:  # short posting lists are stored inline with the term
        ids, weights = _read_one_by_one(matcher)
    if lengths is None:
        # Default 1 as in Whoosh's WeightLengthScorer.
        lengths = np.array([leaf.doc_field_length(int(d), field, 1) for d in ids], dtype=np.float64)
    else:
        lengths = lengths[ids]
    return Postings(ids, weights, lengths)


def _read_blocks(matcher) -> tuple[np.ndarray, np.ndarray]:
    """All postings of a Whoosh 3 matcher, a block (up to 128 postings) at a time:
    a first search for a broad term at 100,000 offers spent most of its time in a
    Python call per posting."""
    ids, weights = [], []
    while matcher.is_active():
        matcher.id(), matcher.weight()  # decode the block's document numbers and weights
        ids.append(np.asarray(matcher._ids, dtype=np.int64))
        # Weights are stored as 32-bit floats; Whoosh's weight() widens them the same way.
        weights.append(np.asarray(matcher._weights, dtype=np.float32).astype(np.float64))
        matcher._next_block()
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    return np.concatenate(ids), np.concatenate(weights)


def _read_one_by_one(matcher) -> tuple[np.ndarray, np.ndarray]:
    docs, weights = [], []
    while matcher.is_active():
        docs.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return np.array(docs, dtype=np.int64), np.array(weights, dtype=np.float64)


def segment_postings(sets, leaf, field: str, term: str) -> Postings | None:
    """Cached :func:`read_postings` of a segment (``sets``: its ``SegmentSets``)."""
    key = (field, term)
    found = sets.postings.get(key)
    if found is None:
        if (field, term) not in leaf:
            return None
        if field not in sets.lengths:
            sets.lengths[field] = field_lengths(leaf, field)
        found = read_postings(leaf, field, term, sets.lengths[field])
        if sets.postings_size + found.size > MAX_CACHED_POSTINGS:
            sets.postings.clear()
            sets.postings_size = 0
        sets.postings[key] = found
        sets.postings_size += found.size
    return found


def bm25f(scorer, postings: Postings) -> np.ndarray:
    """Whoosh's ``bm25`` for every posting, with the scorer's idf, avgfl, B and K1."""
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    tf, fl = postings.weights, postings.lengths
    return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))


def term_scores(searcher, docsets: DocSets, term: str) -> TermScores:
    """BM25F score of ``term`` summed over the text fields, per document; cached."""
    found = docsets.term_scores.get(term)
    if found is not None:
        return found
    weighting = searcher.weighting
    per_field: list[tuple[np.ndarray, np.ndarray]] = []
    for field in TEXT_FIELDS:
        docs, scores = [], []
        for (sub, offset), (sets, _) in zip(searcher.leaf_searchers(), docsets.leaves, strict=True):
            postings = segment_postings(sets, sub.reader(), field, term)
            if postings is None or not postings.size:
                continue
            docs.append(postings.docs + offset)
            scores.append(bm25f(weighting.scorer(sub, field, term), postings))
        if docs:
            per_field.append((np.concatenate(docs), np.concatenate(scores)))
    found = _sum_fields(per_field)
    if docsets.term_scores_size + found.size > MAX_CACHED_SCORES:
        docsets.term_scores.clear()
        docsets.term_scores_size = 0
    docsets.term_scores[term] = found
    docsets.term_scores_size += found.size
    return found


def _sum_fields(per_field: list[tuple[np.ndarray, np.ndarray]]) -> TermScores:
    if not per_field:
        return _EMPTY
    docs = np.unique(np.concatenate([d for d, _ in per_field]))
    total = np.zeros(len(docs), dtype=np.float64)
    for field_docs, scores in per_field:  # in TEXT_FIELDS order, as Whoosh adds them
        total[np.searchsorted(docs, field_docs)] += scores
    return TermScores(docs, total)


def lookup(table: TermScores, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(found, score) per candidate: whether the term occurs, and its score (else 0)."""
    if not table.size:
        return np.zeros(len(candidates), dtype=bool), np.zeros(len(candidates), dtype=np.float64)
    at = np.minimum(np.searchsorted(table.docs, candidates), table.size - 1)
    found = table.docs[at] == candidates
    return found, np.where(found, table.scores[at], 0.0)


def scores_of(searcher, docsets: DocSets, words: list[QueryWord], fuzzy: bool, candidates: np.ndarray) -> np.ndarray:
    """Score per candidate: Σ over words and their alternatives of boost × Σ term scores
    (an alternative counts only where all its terms occur)."""
    total = np.zeros(len(candidates), dtype=np.float64)
    for word in words:
        for terms, boost in word.alternatives(fuzzy):
            found = np.zeros(len(candidates), dtype=np.float64)
            present = np.ones(len(candidates), dtype=bool)
            for term in terms:
                hit, value = lookup(term_scores(searcher, docsets, term), candidates)
                found = found + value
                present &= hit
            total = np.where(present, total + boost * found, total)
    return total


def rank(searcher, docsets: DocSets, words: list[QueryWord], fuzzy: bool, mask: int, start: int, end: int):
    """Document numbers of ``mask`` ranked start..end by score (ties: document order)."""
    if not mask or end <= start:
        return []
    candidates = docnum_array(mask)
    negated = -scores_of(searcher, docsets, words, fuzzy, candidates)
    if len(candidates) > max(_PARTIAL_SORT_FROM, 2 * end):
        # Everything scoring at least the end-th best (ties included) is sorted.
        threshold = np.partition(negated, end - 1)[end - 1]
        keep = np.flatnonzero(negated <= threshold)
        candidates, negated = candidates[keep], negated[keep]
    order = np.lexsort((candidates, negated))[start:end]
    return [int(d) for d in candidates[order]]
