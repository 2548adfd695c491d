"""A term's postings in one segment as numpy arrays, read a block at a time and kept
with the segment (segments never change; deletions are applied when read).

Ranking (``ranking.py``) scores from them and the per-generation term masks
(``docsets.DocSets.term_mask``) are built from them, so a word's postings are read
from disk once per segment, not once per use.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.util.numeric import byte_to_length

# Postings kept per segment (16 bytes each): ~16 MB at most. Broad terms at 100,000
# offers hold ~40,000 postings.
MAX_CACHED_POSTINGS = 1_000_000


@dataclass(frozen=True)
class Postings:
    """One (segment, field, term): local document numbers, weights, field lengths."""

    docs: np.ndarray
    weights: np.ndarray
    lengths: np.ndarray

    @property
    def size(self) -> int:
        return len(self.docs)


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
    ids, weights = read_ids_and_weights(leaf, field, term)
    if lengths is None:
        # Default 1 as in Whoosh's WeightLengthScorer.
        lengths = np.array([leaf.doc_field_length(int(d), field, 1) for d in ids], dtype=np.float64)
    else:
        lengths = lengths[ids]
    return Postings(ids, weights, lengths)


def read_ids_and_weights(leaf, field: str, term) -> tuple[np.ndarray, np.ndarray]:
    """Local document numbers and weights of ``term`` in one segment, deleted ones left out."""
    matcher = leaf.postings(field, term)
    inner = getattr(matcher, "child", matcher)  # deletions wrap the matcher in a filter
    if not isinstance(inner, W3LeafMatcher):  # short posting lists are stored inline with the term
        return _read_one_by_one(matcher)
    ids, weights = _read_blocks(inner)
    deleted = leaf.deleted_docs_set if leaf.has_deletions() else None
    if deleted:
        keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64))
        ids, weights = ids[keep], weights[keep]
    return ids, weights


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
