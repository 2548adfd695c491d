"""Document sets of one index generation, as Python-int bitmasks.

Bit ``n`` of a mask stands for Whoosh document number ``n``. Intersections are
``a & b`` and counts ``mask.bit_count()``, both in C over machine words: counting
facets this way took ~10 ms at 10,000 offers where Whoosh ``groupedby`` took ~140 ms,
and an int uses one bit per document where a set of ints uses ~30 bytes.

Whoosh segments never change once written (only their deletion lists grow), so
the expensive part — reading the postings of every facet value — is done once
per segment and kept across generations (:class:`SegmentSets`). A new generation
after a one-offer edit then costs a few milliseconds: the big old segment is
reused, only the new small one is read, and the masks are shifted together.
Segment masks may still contain documents deleted later; ``DocSets`` intersects
everything it hands out with ``alive``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import numpy as np

from .postings import read_ids_and_weights, segment_postings
from .schema import FACET_FIELDS, MISSING

# Range and cost masks are built on demand; user input could ask for many values.
_MAX_CACHED = 256
# Term masks: ~1.3 KB each at 10,000 documents, 13 KB at 100,000.
_MAX_TERMS = 2048


def mask_of(docnums: Iterable[int], size: int) -> int:
    """Bitmask with the given document numbers set."""
    bits = np.zeros(size + 1, dtype=np.uint8)
    bits[docnums if isinstance(docnums, np.ndarray) else np.fromiter(docnums, dtype=np.int64)] = 1
    return int.from_bytes(np.packbits(bits, bitorder="little").tobytes(), "little")


def docnum_array(mask: int) -> np.ndarray:
    """Set bits of ``mask``, ascending, as an int64 array."""
    raw = np.frombuffer(mask.to_bytes((mask.bit_length() + 7) // 8, "little"), dtype=np.uint8)
    return np.flatnonzero(np.unpackbits(raw, bitorder="little"))


def docnums_of(mask: int) -> list[int]:
    """Set bits of ``mask``, ascending."""
    return docnum_array(mask).tolist()


def postings_mask(leaf, fieldname: str, value, size: int) -> int:
    """Documents of one segment holding the term (read a block at a time)."""
    if (fieldname, value) not in leaf:
        return 0
    return mask_of(read_ids_and_weights(leaf, fieldname, value)[0], size)


class SegmentSets:
    """Facet masks and columns of one segment, in segment-local document numbers."""

    def __init__(self, leaf):
        self._leaf = leaf
        self.size = leaf.doc_count_all()
        self.facets = {
            name: {v: postings_mask(leaf, name, v, self.size) for v in leaf.field_terms(name)} for name in FACET_FIELDS
        }
        self.free = postings_mask(leaf, "is_free", True, self.size)
        self._columns: dict[str, list] = {}
        # (field, term) → postings.Postings, filled by postings.segment_postings; valid as long as the segment.
        self.postings: dict = {}
        self.postings_size = 0
        # field → length per local document (postings.field_lengths), read once.
        self.lengths: dict = {}
        # Snippet work by local document number, filled by query.py: a segment's stored
        # summaries never change, so an edit elsewhere does not throw it away.
        self.summary_tokens: dict[int, tuple] = {}  # (term, start, end) tokens of the summary
        self.snippets: dict[tuple[int, frozenset], str] = {}  # (local docnum, terms) → HTML
        self._alive: tuple[int, int] | None = None  # (undeleted count, local mask)

    def alive(self) -> int:
        """Local mask of the undeleted documents (recomputed only after new deletions)."""
        count = self._leaf.doc_count()
        if self._alive is None or self._alive[0] != count:  # deletions only ever grow
            self._alive = (count, _alive(self._leaf))
        return self._alive[1]

    @property
    def leaf(self):
        """The newest reader of this segment."""
        return self._leaf

    def rebind(self, leaf) -> SegmentSets:
        """Use ``leaf`` (a newer reader of the same segment) for lazy column reads."""
        self._leaf = leaf
        return self

    def column(self, fieldname: str) -> list:
        if fieldname not in self._columns:
            self._columns[fieldname] = list(self._leaf.column_reader(fieldname))
        return self._columns[fieldname]


def segment_key(leaf):
    segment = leaf.segment()
    return segment.segment_id() if segment is not None else None


class DocSets:
    """Cached per-value document sets and columns of one reader generation.

    ``segment_cache`` maps segment ids to :class:`SegmentSets` from earlier
    generations; it is updated in place to hold exactly this generation's.
    """

    def __init__(self, reader, segment_cache: dict | None = None):
        self._reader = reader
        self.size = reader.doc_count_all()
        # BM25F scores per term of this generation (ranking.TermScores), filled by ranking.py.
        self.term_scores: dict = {}
        self.term_scores_size = 0
        # (text, filters, sort, page, per page, synonyms) → (synonym table, SearchResult), by query.py.
        self.results: dict[tuple, tuple] = {}
        cache = {} if segment_cache is None else segment_cache
        self.leaves: list[tuple[SegmentSets, int]] = []
        self.alive = 0
        if self.size:
            current = {}
            for leaf, offset in reader.leaf_readers():
                key = segment_key(leaf)
                sets = cache[key].rebind(leaf) if key in cache else SegmentSets(leaf)
                current[key] = sets
                self.leaves.append((sets, offset))
                self.alive |= sets.alive() << offset
            cache.clear()
            cache.update(current)
        self._offsets = [offset for _, offset in self.leaves]
        self.facets: dict[str, dict[str, int]] = {name: {} for name in FACET_FIELDS}
        self.free = 0
        for sets, offset in self.leaves:
            for name, values in sets.facets.items():
                merged = self.facets[name]
                for value, mask in values.items():
                    merged[value] = merged.get(value, 0) | (mask << offset)
            self.free |= sets.free << offset
        # From here on every mask is a subset of ``alive``.
        self.free &= self.alive
        for values in self.facets.values():
            for value in values:
                values[value] &= self.alive
        self._columns: dict[str, list] = {}
        self._terms: dict[tuple[str, str], int] = {}
        self._ranges: dict[tuple, int] = {}
        self._orders: dict[str, np.ndarray] = {}

    def term_mask(self, fieldname: str, text: str) -> int:
        """Documents containing the term; cached, as query words repeat a lot."""
        key = (fieldname, text)
        mask = self._terms.get(key)
        if mask is None:
            if len(self._terms) >= _MAX_TERMS:
                self._terms.clear()
            mask = self._terms[key] = self._segments_mask(fieldname, text)
        return mask

    def _segments_mask(self, fieldname: str, text: str) -> int:
        """From each segment's kept postings (read once, also used for ranking)."""
        found = []
        for sets, offset in self.leaves:
            postings = segment_postings(sets, sets.leaf, fieldname, text)
            if postings is not None and postings.size:
                found.append(postings.docs + offset)
        # Kept postings may still hold documents deleted since (segments are shared by generations).
        return mask_of(np.concatenate(found), self.size) & self.alive if found else 0

    def segment_of(self, docnum: int) -> tuple[SegmentSets, int]:
        """The segment holding a document number, and the document's number in it."""
        at = bisect_right(self._offsets, docnum) - 1
        sets, offset = self.leaves[at]
        return sets, docnum - offset

    def column(self, fieldname: str) -> list:
        """Per-docnum values of a sortable field (deleted documents included)."""
        if fieldname not in self._columns:
            values = []
            for sets, _ in self.leaves:  # leaves come in docnum order
                values.extend(sets.column(fieldname))
            self._columns[fieldname] = values
        return self._columns[fieldname]

    @property
    def ids(self) -> list[int]:
        """Offer id per document number."""
        if "_ids" not in self._columns:
            self._columns["_ids"] = [int(v) if v else -1 for v in self.column("id")]
        return self._columns["_ids"]

    def facet_mask(self, fieldname: str, values: Iterable[str]) -> int:
        """Documents having any of ``values`` in the field (OR within a field)."""
        masks = self.facets.get(fieldname, {})
        result = 0
        for value in values:
            result |= masks.get(value, 0)
        return result

    def range_mask(self, kind: str, value: int, upper: int | None = None) -> int:
        """Documents whose ``<kind>_from`` ≤ value ≤ ``<kind>_to`` (grade or age); with
        ``upper``, documents whose range overlaps value..upper.

        A missing bound is open on its side; an offer giving neither bound states
        no range and does not match.
        """
        top = value if upper is None else max(value, upper)
        key = (kind, value, top)
        if key not in self._ranges:
            lows, highs = self.column(f"{kind}_from"), self.column(f"{kind}_to")
            hits = (
                d
                for d, (lo, hi) in enumerate(zip(lows, highs, strict=True))
                if not (lo == MISSING and hi == MISSING)
                and (lo == MISSING or lo <= top)
                and (hi == MISSING or value <= hi)
            )
            self._remember(key, mask_of(hits, self.size) & self.alive)
        return self._ranges[key]

    def cost_mask(self, max_cents: int) -> int:
        """Free offers plus offers with a known cost of at most ``max_cents``."""
        key = ("cost", max_cents)
        if key not in self._ranges:
            costs = self.column("cost_cents")
            hits = (d for d, c in enumerate(costs) if c != MISSING and c <= max_cents)
            self._remember(key, (self.free | mask_of(hits, self.size)) & self.alive)
        return self._ranges[key]

    def _remember(self, key: tuple, mask: int) -> None:
        if len(self._ranges) >= _MAX_CACHED:
            self._ranges.clear()
        self._ranges[key] = mask

    def order(self, sort: str) -> np.ndarray:
        """All document numbers in "title" (A–Z) or "newest" order."""
        if sort not in self._orders:
            titles, ids = self.column("title_sort"), self.ids
            if sort == "newest":
                approved = self.column("approved_at")
                key = lambda d: (-approved[d], titles[d], ids[d])  # noqa: E731
            else:
                key = lambda d: (titles[d], ids[d])  # noqa: E731
            self._orders[sort] = np.array(sorted(range(self.size), key=key), dtype=np.int64)
        return self._orders[sort]


def _alive(leaf) -> int:
    """Local mask of the segment's undeleted documents."""
    everything = (1 << leaf.doc_count_all()) - 1
    if not leaf.has_deletions():
        return everything
    deleted = getattr(leaf, "deleted_docs_set", None)  # Whoosh's segment reader keeps them as a set
    if deleted is None:
        return mask_of(leaf.all_doc_ids(), leaf.doc_count_all())
    return everything & ~mask_of(deleted, leaf.doc_count_all())
