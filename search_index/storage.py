"""On-disk layout of an index directory.

    <root>/CURRENT            name of the live generation directory (one line)
    <root>/gen-<time>-<rand>/ a complete Whoosh index plus ``state.json``
    <root>/apply.lock         serialises change-feed appliers
    <root>/rebuild.lock       one rebuild (or first creation) at a time

``CURRENT`` is a pointer file rather than a symlink so the layout also works where
symlinks do not; it is replaced with ``os.replace``, which is atomic. A rebuild
fills a new generation directory and then flips the pointer, so readers never see
an empty or half-built index. ``state.json`` records the schema version the index
was built with and the last applied change-feed sequence number; it is written
atomically (temporary file + ``os.replace``) after the Whoosh commit it describes.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3FieldWriter
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.util.filelock import FileLock, try_for
from whoosh.util.numeric import byte_to_length

from .bulk import GroupedPostings, MemoryPool, write_grouped
from .errors import IndexBusy

POINTER = "CURRENT"
STATE = "state.json"
GENERATION_PREFIX = "gen-"


@dataclass(frozen=True)
class State:
    """What an index generation remembers besides its documents."""

    schema_version: int
    last_seq: int = 0
    # When a full rebuild produced this generation; None for the empty index made
    # on first use, which therefore still needs a rebuild.
    built_at: str | None = None


def storage_for(directory: Path) -> FileStorage:
    # supports_mmap=False: with mmap every worker process ended up with its own
    # copy of the index in memory (181 MB instead of 20 MB at 100,000 offers).
    return FileStorage(str(directory), supports_mmap=False)


class _Codec(W3Codec):
    """Whoosh's codec, but while a segment is written its field lengths are read once.

    Whoosh asks for the field length of every posting it writes: each question
    seeked and read one byte of the length column, and for fields without lengths
    (keywords, numbers) checked the file system anew — ~340,000 ``os.stat`` calls in
    a rebuild of 10,000 offers. Segments record a plain ``W3Codec``, so the index
    files do not depend on this class.
    """

    def per_document_reader(self, storage, segment):
        reader = super().per_document_reader(storage, segment)
        reader.doc_field_length = _LengthTable(reader)
        return reader

    def new_segment(self, storage, indexname):
        return W3Codec().new_segment(storage, indexname)

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)


class _FieldWriter(W3FieldWriter):
    """Writes the postings of a :class:`~search_index.bulk.MemoryPool` a block at a time."""

    def add_postings(self, schema, lengths, items):
        if isinstance(items, GroupedPostings):
            write_grouped(self, schema, lengths, items)
        else:
            super().add_postings(schema, lengths, items)


class _LengthTable:
    """``doc_field_length`` of a per-document reader from whole columns kept in memory."""

    def __init__(self, reader):
        self._reader = reader
        self._columns: dict[str, list | None] = {}

    def column(self, fieldname: str) -> list | None:
        """The length bytes of ``fieldname`` per docnum; None if the field keeps no lengths."""
        if fieldname not in self._columns:
            name = f"_{fieldname}_len"  # Whoosh's name for a field's length column
            found = self._reader.has_column(name)
            self._columns[fieldname] = list(self._reader.column_reader(name, LENGTHS_COLUMN)) if found else None
        return self._columns[fieldname]

    def __call__(self, docnum: int, fieldname: str, default=0):
        column = self.column(fieldname)
        if column is None:
            return default
        # As Whoosh: a zero byte (no length recorded) gives None.
        lbyte = column[docnum]
        return byte_to_length(lbyte) if lbyte else None


def writer_codec() -> W3Codec:
    """The codec to pass to ``index.writer(codec=…)``."""
    return _Codec()


def open_writer(index, timeout: float = 0.0, **options):
    """``index.writer(**options)`` with our codec and the in-memory posting pool; IndexBusy when
    another writer holds the lock for more than ``timeout`` seconds."""
    try:
        writer = index.writer(timeout=timeout, codec=writer_codec(), **options)
    except LockError as exc:
        raise IndexBusy(f"index writer lock held for more than {timeout:g} s") from exc
    writer.pool = MemoryPool()
    return writer


def read_pointer(root: Path) -> str | None:
    """Name of the live generation directory, or None before the first creation."""
    try:
        name = (root / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def write_pointer(root: Path, name: str) -> None:
    """Point ``CURRENT`` at ``name`` atomically."""
    atomic_write(root / POINTER, (name + "\n").encode("utf-8"))


def read_state(directory: Path) -> State:
    try:
        data = json.loads((directory / STATE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return State(schema_version=0)
    return State(
        schema_version=int(data["schema_version"]),
        last_seq=int(data["last_seq"]),
        built_at=data.get("built_at"),
    )


def write_state(directory: Path, state: State) -> None:
    data = {
        "schema_version": state.schema_version,
        "last_seq": state.last_seq,
        "built_at": state.built_at,
    }
    atomic_write(directory / STATE, json.dumps(data).encode("utf-8"))


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new content."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; not possible on every platform.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def new_generation_dir(root: Path) -> Path:
    """Create an empty, uniquely named generation directory (names sort by age)."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    directory = root / f"{GENERATION_PREFIX}{stamp}-{secrets.token_hex(4)}"
    directory.mkdir()
    return directory


def remove_generations(root: Path, keep: set[str]) -> None:
    """Delete generation directories not named in ``keep``.

    The caller keeps the live and the previous generation: a process that read the
    old pointer a moment ago may still be searching the previous one.
    """
    for entry in root.iterdir():
        if entry.is_dir() and entry.name.startswith(GENERATION_PREFIX) and entry.name not in keep:
            shutil.rmtree(entry, ignore_errors=True)


@contextmanager
def file_lock(path: Path, timeout: float, what: str):
    """Hold an OS file lock (released if the process dies); IndexBusy on timeout."""
    lock = FileLock(str(path))
    if not try_for(lock.acquire, timeout=timeout, delay=0.05):
        raise IndexBusy(f"{what} is busy (lock {path.name} held for more than {timeout:g} s)")
    try:
        yield
    finally:
        lock.release()
