"""Public search: the index first, the database as fallback, results always loaded from the DB.

`search_offers` is the one call of the search page and of the API. It never writes to
the index, never fails because of the index (missing, still empty, locked, corrupt:
the database answers instead, without facet counts), and shows only what the database
says is live, in the order the index ranked it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from flask import Flask
from markupsafe import Markup
from sqlalchemy.orm import Session

from catalogue.changefeed import PARTNER_KEY_BASE, is_partner_key
from catalogue.formatting import german_money
from catalogue.offers.queries import LiveOffer
from catalogue.ops.instruments import timed_search
from catalogue.partners.queries import PartnerListing, active_origins, listed_by_ids
from catalogue.search import fallback, misses, queries
from catalogue.search.indexing import open_index
from catalogue.search.params import PARAM_BY_VOCABULARY, ParamError, SearchParams
from catalogue.search.synonyms import synonym_cache
from catalogue.search.understanding import (
    Understood,
    apply_understanding,
    suggestion_in_text,
    without_kept_words,
)
from search_index import MATCH_ALL, SearchIndex, SearchResult, index_exists, search

log = logging.getLogger(__name__)
UNAVAILABLE = (
    "Die Volltextsuche ist gerade nicht verfügbar. Sie sehen eine einfache Suche nach "
    "Wörtern in Titel und Beschreibung; Synonyme, Schreibfehler-Korrektur und die Anzahl "
    "je Filter fehlen so lange."
)


@dataclass
class Result:
    """One hit: an own offer (`item`) or an offer of a partner catalogue (`partner`)."""

    item: LiveOffer | None
    highlight: Markup | None = None
    partner: PartnerListing | None = None


class ResultsOfPage(Sequence):
    """The results of one page, loaded from the database when first used."""

    def __init__(self, load: Callable[[], list[Result]]):
        self._load = load
        self._loaded: list[Result] | None = None

    def _items(self) -> list[Result]:
        if self._loaded is None:
            self._loaded = self._load()
        return self._loaded

    def __getitem__(self, index):
        return self._items()[index]

    def __len__(self) -> int:
        return len(self._items())


@dataclass
class Relaxation:
    """One active filter (or the text), and how many offers there would be without it."""

    key: str
    params: SearchParams
    total: int


@dataclass
class SearchOutcome:
    params: SearchParams
    total: int
    page: int
    page_count: int
    results: Sequence[Result]
    facets: dict[str, dict[str, int]] | None  # None: counts unknown (database fallback)
    suggestion: str | None = None
    match: str = MATCH_ALL
    fallback: bool = False
    notices: list[str] = field(default_factory=list)
    relaxations: list[Relaxation] = field(default_factory=list)
    options: dict[str, list[queries.Option]] = field(default_factory=dict)
    origins: list[queries.Option] = field(default_factory=list)  # choices of the filter "Herkunft"
    # What the text was taken to mean: the parameters searched with, and the phrases
    # that became filters (empty when nothing was recognised or `verstehen=0`).
    effective: SearchParams | None = None
    understood: list[Understood] = field(default_factory=list)
    found: SearchResult | None = None  # the index's answer (cached per index generation)
    # The state of every offer on the page (see queries.live_stamps); None: not known.
    page_stamp: tuple | None = None

    @property
    def free_count(self) -> int | None:
        return None if self.facets is None else self.facets.get("is_free", {}).get("true", 0)

    def count(self, vocabulary: str, code: str) -> int | None:
        return None if self.facets is None else self.facets.get(vocabulary, {}).get(code, 0)


@timed_search
def search_offers(
    session: Session,
    app: Flask,
    params: SearchParams,
    *,
    strict: bool = False,
    notices: list[str] | None = None,
    for_people: bool = True,
) -> SearchOutcome:
    """Search the live offers. `strict`: unknown codes raise ParamError (API) instead of being
    dropped with a notice (page). `for_people`: also work out what to relax when nothing was
    found, and count a text search that found nothing."""
    options = queries.vocabulary_options(session)
    params, notices = _known_codes(params, options, strict, list(notices or []))
    effective, understood = apply_understanding(params, options)
    synonyms = synonym_cache(app).get(session)
    index = usable_index(app)
    outcome = _search_index(session, index, effective, synonyms) if index is not None else None
    if outcome is not None and outcome.total == 0 and any(u.kept_in_text for u in understood):
        # A format name is a title word too ("Theater"): when taking it as a filter
        # finds nothing, it counts as a word of the text only.
        effective, understood = without_kept_words(effective, understood)
        outcome = _search_index(session, index, effective, synonyms)
    if outcome is None:
        outcome = _search_database(session, effective)
        notices.insert(0, UNAVAILABLE)
    outcome.origins = origin_options(session)
    outcome.notices, outcome.options = notices, {**options, "origin": outcome.origins}
    outcome.params, outcome.effective, outcome.understood = params, effective, understood
    outcome.suggestion = suggestion_in_text(params.text, effective.text, outcome.suggestion)
    if for_people and outcome.total == 0:
        outcome.relaxations = _relaxations(session, index if not outcome.fallback else None, effective, synonyms)
        if params.text and not outcome.fallback:
            misses.record_miss(session, params.text)
        emptied = [r.key for r in outcome.relaxations if r.total and r.key not in {"text", "all_filters"}]
        misses.record_empty_filters(session, emptied)
    return outcome


def usable_index(app: Flask) -> SearchIndex | None:
    """The index if it can answer; None if it is missing, never built, outdated or unreadable.

    Checked without opening the index for writing: a request never creates an index.
    """
    try:
        if not index_exists(app.config["SEARCH_INDEX_DIR"]):
            return None
        index = open_index(app)
        return None if index.needs_rebuild else index
    except Exception as exc:  # OSError, SearchIndexError, anything a damaged folder causes
        log.warning("search index unavailable: %r", exc)
        return None


def _known_codes(params: SearchParams, options, strict: bool, notices: list[str]):
    known = {vocabulary: {o.code for o in items} for vocabulary, items in options.items()}
    unknown = params.unknown_codes(known)
    if not unknown:
        return params, notices
    if strict:
        param, code = unknown[0]
        raise ParamError(param.name, f"Unbekannter Code „{code[:60]}“ für {param.label}.")
    for param, code in unknown:
        notices.append(f"Den Filterwert „{code[:60]}“ gibt es für {param.label} nicht; er wurde nicht berücksichtigt.")
    return params.drop_codes(unknown), notices


def _run(index: SearchIndex, params: SearchParams, synonyms):
    return search(
        index,
        params.text,
        params.filters(),
        sort=params.sort,
        page=params.page,
        per_page=params.per_page,
        synonyms=synonyms,
    )


def _search_index(session: Session, index: SearchIndex, params: SearchParams, synonyms) -> SearchOutcome | None:
    try:
        result = _run(index, params, synonyms)
    except Exception as exc:  # a corrupt index raises whatever Whoosh trips over
        log.warning("search index failed, answering from the database: %r", exc)
        return None
    if any(is_partner_key(k) for k in result.ids):
        results, stamp = _results(session, result.ids, result.highlights), None
        shown = len(results)
    else:
        # Only which offers are live, and in which state, is read now; the offers
        # themselves when the page is rendered (not at all when it comes from the cache).
        stamps = queries.live_stamps(session, result.ids)
        live = [key for key in result.ids if key in stamps]
        results = ResultsOfPage(lambda: _results(session, live, result.highlights))
        stamp, shown = tuple(stamps[key] for key in live), len(live)
    # A stale index may still name offers that are no longer live: they are left out.
    total = result.total - (len(result.ids) - shown)
    return SearchOutcome(
        params=params,
        total=total,
        page=result.page,
        page_count=result.page_count,
        results=results,
        facets=result.facets,
        suggestion=result.suggestion,
        match=result.match,
        found=result,
        page_stamp=stamp,
    )


def _results(session: Session, keys, highlights: dict[int, str]) -> list[Result]:
    """Own offers and partner offers by index key, in the index's order; anything not shown is left out."""
    own = {
        item.offer.id: item for item in queries.live_offers_by_ids(session, [k for k in keys if not is_partner_key(k)])
    }
    partner_ids = [k - PARTNER_KEY_BASE for k in keys if is_partner_key(k)]
    partners = {PARTNER_KEY_BASE + p.offer.id: p for p in listed_by_ids(session, partner_ids)}
    found = []
    for key in keys:
        highlight = Markup(highlights[key]) if highlights.get(key) else None
        if key in own:
            found.append(Result(own[key], highlight))
        elif key in partners:
            found.append(Result(None, highlight, partner=partners[key]))
    return found


def origin_options(session: Session) -> list[queries.Option]:
    """The filter "Herkunft": own offers, all partner catalogues, each active partner."""
    partners = active_origins(session)
    if not partners:
        return []
    own = [queries.Option("eigene", "Eigene Angebote"), queries.Option("partner", "Alle Partnerkataloge")]
    return own + [queries.Option(p.origin_code, f"Katalog von {p.label}") for p in partners]


def _search_database(session: Session, params: SearchParams) -> SearchOutcome:
    total = fallback.count(session, params)
    page_count = max(1, -(-total // params.per_page))
    page = min(params.page, page_count)
    items = queries.live_offers_by_ids(session, fallback.page_ids(session, params, page))
    return SearchOutcome(
        params=params,
        total=total,
        page=page,
        page_count=page_count,
        results=[Result(item) for item in items],
        facets=None,
        fallback=True,
    )


def _relaxations(session: Session, index: SearchIndex | None, params: SearchParams, synonyms) -> list[Relaxation]:
    """For each active filter (and the text), the number of offers without it."""
    keys = params.active_filter_keys()
    keys += (["all_filters"] if len(keys) > 1 else []) + (["text"] if params.text and keys else [])
    found = []
    for key in keys:
        wider = params.without(key)
        total = _total(session, index, wider, synonyms)
        found.append(Relaxation(key, wider, total))
    return sorted(found, key=lambda r: -r.total)


def _total(session: Session, index: SearchIndex | None, params: SearchParams, synonyms) -> int:
    if index is not None:
        try:
            return _run(index, params, synonyms).total
        except Exception as exc:
            log.warning("search index failed while relaxing filters: %r", exc)
    return fallback.count(session, params)


def grade_text(grade: int, grade_to: int | None) -> str:
    return f"{grade}–{grade_to}" if grade_to is not None and grade_to != grade else str(grade)


def filter_label(key: str, params: SearchParams, options) -> str:
    """German description of one active filter, e.g. "Thema: Mobbing oder Alkohol"."""
    if key in PARAM_BY_VOCABULARY:
        param = PARAM_BY_VOCABULARY[key]
        labels = {o.code: o.label for o in options.get(key, [])}
        return f"{param.label}: " + " oder ".join(labels.get(c, c) for c in params.selected(key))
    if key == "origin":
        labels = {o.code: o.label for o in options.get("origin", [])}
        return "Herkunft: " + " oder ".join(labels.get(c, c) for c in params.origins)
    return {
        "grade": lambda: f"Klassenstufe {grade_text(params.grade, params.grade_to)}",
        "age": lambda: f"Alter {params.age} Jahre",
        "max_cost": lambda: f"höchstens {german_money(params.max_cost)}",
        "free_only": lambda: "nur kostenfreie Angebote",
        "text": lambda: f"Suchbegriff „{params.text}“",
        "all_filters": lambda: "alle Filter",
    }[key]()
