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

from .docsets import DocSets, docnum_array
from .postings import Postings, segment_postings
from .schema import TEXT_FIELDS
from .words import QueryWord

# Score entries per generation (16 bytes each): ~16 MB at most.
MAX_CACHED_SCORES = 1_000_000
# Above this many candidates, the page is cut out by a partial sort first.
_PARTIAL_SORT_FROM = 512


@dataclass(frozen=True)
class TermScores:
    """Global document numbers (ascending) and the term's BM25F score in each."""

    docs: np.ndarray
    scores: np.ndarray

    @property
    def size(self) -> int:
        return len(self.docs)


_EMPTY = TermScores(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


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
    found = _sum_fields(per_field, docsets.size)
    if docsets.term_scores_size + found.size > MAX_CACHED_SCORES:
        docsets.term_scores.clear()
        docsets.term_scores_size = 0
    docsets.term_scores[term] = found
    docsets.term_scores_size += found.size
    return found


def _sum_fields(per_field: list[tuple[np.ndarray, np.ndarray]], size: int) -> TermScores:
    """Per document, the sum of its field scores; ``size``: documents in the reader."""
    if not per_field:
        return _EMPTY
    # Dense arrays over all documents: sorting the union (np.unique) took most of the
    # time for broad terms at 100,000 offers. Each field lists a document at most once.
    total = np.zeros(size, dtype=np.float64)
    present = np.zeros(size, dtype=bool)
    for field_docs, scores in per_field:  # in TEXT_FIELDS order, as Whoosh adds them
        total[field_docs] += scores
        present[field_docs] = True
    docs = np.flatnonzero(present)
    return TermScores(docs, total[docs])


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
