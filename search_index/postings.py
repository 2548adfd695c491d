"""A term's postings in one segment as numpy arrays, read a block at a time and kept
with the segment (segments never change; deletions are applied when read).

Ranking (``ranking.py``) scores from them and the per-generation term masks
(``docsets.DocSets.term_mask``) are built from them, so a word's postings are read
from disk once per segment, not once per use.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from dataclasses import dataclass

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3LeafMatcher
from whoosh.util.numeric import byte_to_length

from .bulk import stored_blocks

# Postings kept per segment (16 bytes each): ~16 MB at most. Broad terms at 100,000
# offers hold ~40,000 postings.
MAX_CACHED_POSTINGS = 1_000_000
_INT = struct.Struct("!i")  # a block's length; negative for the last block


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
    # Short posting lists are stored inline with the term: no posting list to read.
    ids, weights = _read_blocks(inner) if isinstance(inner, W3LeafMatcher) else _through_matcher(inner)
    deleted = leaf.deleted_docs_set if leaf.has_deletions() else None
    if deleted:
        keep = ~np.isin(ids, np.fromiter(deleted, dtype=np.int64))
        ids, weights = ids[keep], weights[keep]
    return ids, weights


def _read_blocks(matcher) -> tuple[np.ndarray, np.ndarray]:
    """All postings of a Whoosh 3 matcher: the posting list read in one piece and
    decoded a block (up to 128 postings) at a time. Reading through the matcher cost
    ~20 small file reads and a Python generator step per posting; a first search for
    a new word at 100,000 offers spent most of its time there."""
    length = matcher._length  # the term's extent; Whoosh's term info unpacks it as a 1-tuple
    length = length[0] if isinstance(length, tuple) else length
    raw = matcher._postfile.get(matcher._startoffset, length) if isinstance(length, int) else b""
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        return _through_matcher(matcher)
    stream = io.BytesIO(raw)
    stream.seek(4)
    ids, weights = [], []
    last = False
    while not last:
        start = stream.tell()
        (size,) = _INT.unpack(stream.read(_INT.size))
        last, size = size < 0, abs(size)
        count, _, _, compression, _, _ = pickle.load(stream)  # the block's info tuple
        data = raw[stream.tell() : start + _INT.size + size]
        if start + _INT.size + size > len(raw):  # not the layout expected: read as Whoosh does
            matcher.reset()
            return _through_matcher(matcher)
        block_ids, block_weights, _ = pickle.loads(zlib.decompress(data) if compression else data)
        block_ids = np.asarray(block_ids, dtype=np.int64)
        ids.append(block_ids if matcher._byteids else np.cumsum(block_ids))  # ids are stored as gaps
        weights.append(_block_weights(block_weights, count))
        stream.seek(start + _INT.size + size)
    return np.concatenate(ids), np.concatenate(weights)


def _block_weights(stored, count: int) -> np.ndarray:
    """A block's weights as Whoosh's matcher gives them (32-bit floats, widened)."""
    if stored is None:
        return np.ones(count, dtype=np.float64)
    if isinstance(stored, float):
        return np.full(count, np.float32(stored), dtype=np.float64)
    return np.asarray(stored, dtype=np.float32).astype(np.float64)


def _through_matcher(matcher) -> tuple[np.ndarray, np.ndarray]:
    """Block by block through Whoosh's matcher (inline postings, or a layout not expected)."""
    ids, weights = [], []
    for block_ids, block_weights, _ in stored_blocks(matcher):
        ids.append(np.asarray(block_ids, dtype=np.int64))
        # Stored 32-bit weights widened as Whoosh's weight() does; inline ones are floats already.
        weights.append(np.asarray(block_weights).astype(np.float64))
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    return np.concatenate(ids), np.concatenate(weights)


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
