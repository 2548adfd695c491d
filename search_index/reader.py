"""A cached searcher that is reopened only when the index generation changes."""

from __future__ import annotations

import os
from pathlib import Path

from .docsets import DocSets
from .storage import storage_for


class ReaderCache:
    """Holds one open searcher and its :class:`DocSets` for a process.

    ``get`` is cheap when nothing changed: it compares the live generation
    directory (from the pointer file) and Whoosh's TOC generation with the cached
    ones, and reopens only when either moved on. Not thread-safe on its own;
    ``SearchIndex`` serialises access.
    """

    def __init__(self):
        self._directory: Path | None = None
        self._index = None
        self._searcher = None
        self._docsets: DocSets | None = None
        # Per-segment facet masks survive generations (see docsets.py).
        self._segments: dict = {}
        self._pid = os.getpid()

    def get(self, directory: Path):
        """Return ``(searcher, docsets)`` for the live generation ``directory``."""
        if self._pid != os.getpid():
            # Forked (e.g. gunicorn --preload): file handles are shared with the
            # parent, whose reads would move our file offsets. Start afresh.
            self._forget()
            self._pid = os.getpid()
        # Not Searcher.refresh(): in whoosh-reloaded 2.7.5 it re-adds segments that
        # a merge removed and reuses segment readers with outdated deletions, so
        # a replaced document showed up twice. Opening anew costs a few ms.
        if directory != self._directory or not self._searcher.up_to_date():
            self._open(directory)
        if self._docsets is None:
            self._docsets = DocSets(self._searcher.reader(), self._segments)
        return self._searcher, self._docsets

    def _open(self, directory: Path) -> None:
        if directory != self._directory:
            self._segments.clear()
        self.close()
        self._index = storage_for(directory).open_index()
        self._searcher = self._index.searcher()
        self._directory = directory

    @property
    def generation(self) -> tuple[str, int] | None:
        """(directory name, Whoosh generation) of the cached searcher, if any."""
        if self._searcher is None:
            return None
        return (self._directory.name, self._searcher.reader().generation())

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        if self._index is not None:
            self._index.close()
        self._forget()

    def _forget(self) -> None:
        self._directory = self._index = self._searcher = self._docsets = None
