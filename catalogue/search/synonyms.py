"""The office's synonym list as search_index wants it, cached per process for a short while.

Each worker reloads the list at most every `SEARCH_SYNONYM_TTL` seconds (default 60), so an edit on the office page reaches every
worker within a minute and the editing worker at once (`forget`), without a deployment.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from types import MappingProxyType

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.search.models import Synonym


def split_expansions(text: str) -> list[str]:
    """ "Tabak, Rauchen" → ["Tabak", "Rauchen"] (blank entries and repeats dropped)."""
    return list(dict.fromkeys(" ".join(part.split()) for part in text.split(",") if part.strip()))


def load_synonyms(session: Session) -> dict[str, list[str]]:
    rows = session.execute(select(Synonym.term, Synonym.expansions).order_by(Synonym.term))
    return {term.strip().lower(): split_expansions(expansions) for term, expansions in rows}


class SynonymCache:
    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic):
        self.ttl = ttl
        self.clock = clock
        self._lock = threading.Lock()
        self._value: Mapping[str, list[str]] | None = None
        self._loaded_at = 0.0

    def get(self, session: Session) -> Mapping[str, list[str]]:
        """The list, read-only: search_index keeps its analysed form for as long as the
        same mapping comes back."""
        with self._lock:
            value, loaded_at = self._value, self._loaded_at
        if value is not None and self.clock() - loaded_at < self.ttl:
            return value
        value = MappingProxyType(load_synonyms(session))
        with self._lock:
            self._value, self._loaded_at = value, self.clock()
        return value

    def forget(self) -> None:
        with self._lock:
            self._value = None


def synonym_cache(app: Flask) -> SynonymCache:
    cache = app.extensions.get("search_synonyms")
    if cache is None:
        cache = app.extensions.setdefault("search_synonyms", SynonymCache(float(app.config["SEARCH_SYNONYM_TTL"])))
    return cache
