"""``SearchIndex``: one index directory, its writes, rebuilds, drift checks and reads.

The database is the truth and this index a rebuildable cache of the publicly
listed offers. Writes never merge segments: Whoosh's default policy merged during
an ordinary commit and once held the writer for 34 s inside an approval request.
Each write adds one small segment; :meth:`SearchIndex.merge_segments` (the jobs
loop after its sync, ``flask search optimize``) combines them later.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterable, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from whoosh.reading import SegmentReader

from .bulk import add_document, add_segment
from .documents import OfferDocument
from .errors import SchemaOutdated
from .reader import ReaderCache
from .schema import SCHEMA_VERSION, build_schema
from .storage import (
    State,
    file_lock,
    new_generation_dir,
    open_writer,
    read_pointer,
    read_state,
    remove_generations,
    storage_for,
    write_pointer,
    write_state,
    writer_codec,
)

PROGRESS_EVERY = 500
# One merge step (``merge_segments()``, the jobs loop) merges at most this many
# documents, smallest segments first, and the next step goes on: merging costs about
# 0.7 ms of CPU per document, so a step holds the writer for about two seconds
# (a single 46 s step once blocked every write in the benchmark).
MERGE_STEP_DOCS = 2_500
# Segments up to this many documents take part in merge steps; bigger ones (the
# rebuilt base segment, earlier steps' results) only in ``merge_segments(full=True)``.
# Half a step, so any two small segments fit into one step: repeated steps leave at
# most one small segment.
SMALL_SEGMENT_DOCS = MERGE_STEP_DOCS // 2


@dataclass(frozen=True)
class DriftReport:
    """Differences between the index and what the database says should be in it."""

    missing: tuple[int, ...]  # expected, but not in the index
    orphaned: tuple[int, ...]  # in the index, but not expected (unlisted, deleted)
    stale: tuple[int, ...]  # in both, but the content fingerprint differs

    @property
    def ok(self) -> bool:
        return not (self.missing or self.orphaned or self.stale)


@dataclass(frozen=True)
class IndexStatus:
    directory: str
    schema_version: int
    last_seq: int
    doc_count: int
    built_at: str | None
    needs_rebuild: bool


def index_exists(path: str | Path) -> bool:
    """Whether `path` holds a built index, checked without creating one."""
    return read_pointer(Path(path)) is not None


class SearchIndex:
    """The search index kept in directory ``path`` (created if missing).

    Safe to share between threads (reads are serialised by a lock) and between
    processes (writes are serialised by file locks). ``lock_timeout`` bounds how
    long a write waits for another writer before raising :class:`IndexBusy`.
    """

    def __init__(self, path: str | Path, *, lock_timeout: float = 2.0):
        self.root = Path(path)
        self.lock_timeout = lock_timeout
        self._lock = threading.RLock()
        self._cache = ReaderCache()
        self.root.mkdir(parents=True, exist_ok=True)
        if read_pointer(self.root) is None:
            self._create_first()

    # -- lifecycle -------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._cache.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _create_first(self) -> None:
        with file_lock(self.root / "rebuild.lock", self.lock_timeout, "index creation"):
            if read_pointer(self.root) is not None:
                return  # another process was quicker
            directory = new_generation_dir(self.root)
            storage_for(directory).create_index(build_schema()).close()
            write_state(directory, State(schema_version=SCHEMA_VERSION))
            write_pointer(self.root, directory.name)

    def _live_dir(self) -> Path:
        name = read_pointer(self.root)
        if name is None or not (self.root / name).is_dir():
            raise FileNotFoundError(f"search index at {self.root} has no live generation")
        return self.root / name

    # -- status ----------------------------------------------------------------

    def status(self) -> IndexStatus:
        directory = self._live_dir()
        state = read_state(directory)
        with self.reading() as (searcher, _):
            doc_count = searcher.doc_count()
        return IndexStatus(
            directory=directory.name,
            schema_version=state.schema_version,
            last_seq=state.last_seq,
            doc_count=doc_count,
            built_at=state.built_at,
            needs_rebuild=_needs_rebuild(state),
        )

    @property
    def last_seq(self) -> int:
        """Sequence number of the last change-feed batch applied to the live index."""
        return read_state(self._live_dir()).last_seq

    @property
    def needs_rebuild(self) -> bool:
        """True if the index was never filled by ``rebuild`` or has an old schema."""
        return _needs_rebuild(read_state(self._live_dir()))

    # -- writes ----------------------------------------------------------------

    def upsert(self, docs: Iterable[OfferDocument]) -> int:
        """Add or replace documents (by id). Returns how many were written."""
        return self._write(list(docs), ())

    def delete(self, ids: Iterable[int]) -> int:
        """Remove documents by offer id; unknown ids are ignored."""
        return self._write((), list(ids))

    def apply(self, changes_seq: int, upserts: Iterable[OfferDocument], deletes: Iterable[int]) -> bool:
        """Apply one change-feed batch up to sequence ``changes_seq``.

        Deletes run before upserts. Returns False without writing if the index
        has already applied ``changes_seq`` (or later), which makes re-running a
        sync harmless. The sequence is recorded after the Whoosh commit: a crash
        in between only means the batch is applied again.
        """
        upserts, deletes = list(upserts), list(deletes)
        with file_lock(self.root / "apply.lock", self.lock_timeout, "index sync"):
            directory = self._live_dir()
            state = read_state(directory)
            if changes_seq <= state.last_seq:
                return False
            if upserts or deletes:
                self._write(upserts, deletes, directory)
            write_state(directory, replace(state, last_seq=changes_seq))
        return True

    def _write(self, upserts, deletes, directory: Path | None = None) -> int:
        directory = directory or self._live_dir()
        if read_state(directory).schema_version != SCHEMA_VERSION:
            raise SchemaOutdated(f"index in {directory.name} needs a rebuild before writing")
        index = storage_for(directory).open_index()
        try:
            writer = open_writer(index, timeout=self.lock_timeout)
            try:
                for offer_id in deletes:
                    writer.delete_by_term("id", str(offer_id))
                # Last one wins: update_document cannot see documents still in its
                # own buffer, so duplicates in one batch would both stay.
                latest = {doc.id: doc for doc in upserts}
                for doc in latest.values():
                    writer.update_document(**doc.to_fields())
            except BaseException:
                writer.cancel()
                raise
            writer.commit(merge=False)
            return len(latest) + len(deletes)
        finally:
            index.close()

    def merge_segments(self, *, full: bool = False) -> tuple[int, int]:
        """One merge step: the smallest segments, up to ``MERGE_STEP_DOCS`` documents
        together; with ``full`` all segments. Returns the segment count before and
        after (equal when there was nothing to merge). Holds the writer lock while it
        runs: with ``full`` at 100,000 offers that takes a while, so run it when
        writes are rare."""
        index = storage_for(self._live_dir()).open_index()
        try:
            writer = open_writer(index, timeout=self.lock_timeout)
            segments = list(writer.segments)
            chosen = segments if full else _step_segments(segments)
            if len(chosen) < 2:
                writer.cancel()
                return len(segments), len(segments)
            try:
                writer.commit(mergetype=_merging(chosen))
            except BaseException:
                writer.cancel()
                raise
            return len(segments), len(segments) - len(chosen) + 1
        finally:
            index.close()

    # -- rebuild ---------------------------------------------------------------

    def rebuild(
        self,
        docs: Iterable[OfferDocument],
        progress: Callable[[int], None] | None = None,
        *,
        seq: int = 0,
    ) -> int:
        """Build a fresh index from ``docs`` beside the live one and swap it in.

        ``seq`` is the change-feed sequence the snapshot reflects: read the feed's
        highest sequence *before* reading the documents, so that changes made
        during the rebuild are applied again by the next sync. ``progress`` is
        called with the running count every few hundred documents and at the end.
        Searches keep using the old index until the swap. Returns the count.
        """
        with file_lock(self.root / "rebuild.lock", 0, "index rebuild"):
            directory = new_generation_dir(self.root)
            try:
                count = _fill(directory, docs, progress)
                built_at = datetime.now(UTC).isoformat(timespec="seconds")
                write_state(directory, State(SCHEMA_VERSION, seq, built_at))
            except BaseException:
                shutil.rmtree(directory, ignore_errors=True)
                raise
            previous = read_pointer(self.root)
            write_pointer(self.root, directory.name)
            remove_generations(self.root, keep={directory.name, previous or ""})
        if progress:
            progress(count)
        return count

    # -- drift -----------------------------------------------------------------

    def check(self, expected: Mapping[int, str]) -> DriftReport:
        """Compare the index with ``expected`` (offer id → ``OfferDocument.fingerprint()``
        of every publicly listed offer). Duplicated ids count as stale."""
        indexed: dict[int, str] = {}
        duplicated: set[int] = set()
        with self.reading() as (searcher, _):
            for stored in searcher.reader().all_stored_fields():
                offer_id = int(stored["id"])
                if offer_id in indexed:
                    duplicated.add(offer_id)
                indexed[offer_id] = stored.get("fingerprint", "")
        stale = {i for i in indexed.keys() & expected.keys() if indexed[i] != expected[i]}
        return DriftReport(
            missing=tuple(sorted(expected.keys() - indexed.keys())),
            orphaned=tuple(sorted(indexed.keys() - expected.keys())),
            stale=tuple(sorted(stale | (duplicated & expected.keys()))),
        )

    # -- reads -----------------------------------------------------------------

    @contextmanager
    def reading(self):
        """Yield ``(searcher, docsets)`` for the live index, reopening the cached
        searcher only if the generation changed. Hold it briefly: it is exclusive."""
        with self._lock:
            yield self._cache.get(self._live_dir())


def _needs_rebuild(state: State) -> bool:
    return state.schema_version != SCHEMA_VERSION or state.built_at is None


def _step_segments(segments) -> list:
    """The small segments one merge step takes: smallest first, up to ``MERGE_STEP_DOCS``."""
    small = sorted(
        (segment for segment in segments if segment.doc_count_all() <= SMALL_SEGMENT_DOCS),
        key=lambda segment: segment.doc_count_all(),
    )
    chosen, docs = [], 0
    for segment in small:
        if docs + segment.doc_count_all() > MERGE_STEP_DOCS:
            break
        chosen.append(segment)
        docs += segment.doc_count_all()
    return chosen


def _merging(chosen: list):
    """A Whoosh merge policy that merges exactly the ``chosen`` segments."""
    chosen_ids = {segment.segment_id() for segment in chosen}

    def policy(writer, segments):
        kept = []
        for segment in segments:
            if segment.segment_id() not in chosen_ids:
                kept.append(segment)
                continue
            # Our codec: the merge reads each field length once per segment, not per document.
            reader = SegmentReader(writer.storage, writer.schema, segment, codec=writer_codec())
            add_segment(writer, reader)
            reader.close()
        return kept

    return policy


def _fill(directory: Path, docs: Iterable[OfferDocument], progress) -> int:
    """Write all ``docs`` into a new index in ``directory``; returns the count."""
    index = storage_for(directory).create_index(build_schema())
    writer = open_writer(index)
    seen: set[int] = set()
    try:
        for doc in docs:
            if doc.id in seen:
                raise ValueError(f"offer {doc.id} appears twice in the rebuild input")
            seen.add(doc.id)
            add_document(writer, doc.to_fields())
            if progress and len(seen) % PROGRESS_EVERY == 0:
                progress(len(seen))
    except BaseException:
        writer.cancel()
        index.close()
        raise
    writer.commit(optimize=False)
    index.close()
    return len(seen)
