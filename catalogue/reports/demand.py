"""Demand: what schools look for and do not find, which filters empty a search, what they open."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Date, exists, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from catalogue.formatting import german_month
from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.offers.queries import live_query
from catalogue.providers.models import Organisation
from catalogue.reports import charts
from catalogue.reports.coverage import among
from catalogue.reports.figures import Figure
from catalogue.reports.period import Period
from catalogue.search.models import OfferViewDay, SearchEmptyFilter, SearchMiss
from catalogue.search.params import PARAM_BY_VOCABULARY
from catalogue.vocabularies.models import VocabularyTerm
from search_index.analysis import fold

SUPPLY_VOCABULARIES = ("field", "topic")  # searched words are matched against these, fields first
NUMBER_FILTERS = {"grade": "Klassenstufe", "age": "Alter", "max_cost": "Höchstkosten", "free_only": "nur kostenfrei"}
UNSEEN_MONTHS = 6


def _month_keys(period: Period) -> list[str]:
    return [m.strftime("%Y-%m") for m in period.months]


def misses_per_month(session: Session, period: Period) -> Figure:
    months = _month_keys(period)
    rows = dict(
        session.execute(
            select(SearchMiss.month, func.sum(SearchMiss.count))
            .where(SearchMiss.month.in_(months))
            .group_by(SearchMiss.month)
        ).all()
    )
    values = [int(rows.get(m, 0)) for m in months]
    labels = [german_month(m) for m in period.months]
    title = "Suchen ohne Treffer je Monat"
    description = "Wie oft eine Suche mit Suchwort keine Angebote fand, je Monat (ohne Angaben zu den Suchenden)."
    return Figure(
        key="suchen-ohne-treffer",
        title=title,
        description=description,
        headers=["Monat", "Suchen ohne Treffer"],
        rows=[[label, v] for label, v in zip(labels, values, strict=True)],
        chart=charts.line_chart(
            title, description, [m.strftime("%m/%y") for m in period.months], [("Suchen ohne Treffer", values)]
        ),
    )


def _supply_by_term(session: Session) -> list[tuple[str, str, int]]:
    """(folded label, label, live offers) of every Handlungsfeld, then every Thema: one pass over the offers."""
    terms = session.execute(
        select(VocabularyTerm.id, VocabularyTerm.vocabulary, VocabularyTerm.label).where(
            VocabularyTerm.vocabulary.in_(SUPPLY_VOCABULARIES)
        )
    ).all()
    link = aliased(RevisionTerm)
    counts = dict(  # (revision, term) is unique, so the rows of a term are its offers
        session.execute(
            live_query()
            .join(link, link.revision_id == Offer.live_revision_id)
            .where(among(session, link, [term_id for term_id, _, _ in terms]))
            .with_only_columns(link.term_id, func.count())
            .group_by(link.term_id)
        ).all()
    )
    found = sorted(
        (SUPPLY_VOCABULARIES.index(name), label, counts[term_id]) for term_id, name, label in terms if term_id in counts
    )
    return [(fold(label), label, count) for _, label, count in found]


def _matching(term: str, supply: list[tuple[str, str, int]]) -> tuple[str, int]:
    """The Handlungsfeld or Thema whose name contains the searched word (or the other way round)."""
    word = fold(term)
    for folded, label, count in supply:
        if word in folded or any(len(part) >= 4 and part in word for part in folded.replace("-", " ").split()):
            return label, count
    return "", 0


def missed_terms(session: Session, period: Period, top: int = 20) -> Figure:
    total = func.sum(SearchMiss.count)
    rows = session.execute(
        select(SearchMiss.term, total)
        .where(SearchMiss.month.in_(_month_keys(period)))
        .group_by(SearchMiss.term)
        .order_by(total.desc(), SearchMiss.term)
        .limit(top)
    ).all()
    supply = _supply_by_term(session)
    table = [[term, int(count), *_matching(term, supply)] for term, count in rows]
    title = "Häufigste Suchwörter ohne Treffer und das passende Angebot"
    description = (
        f"Die {top} häufigsten Suchwörter ohne Treffer im Zeitraum, daneben das Handlungsfeld oder Thema mit "
        "diesem Namen und wie viele veröffentlichte Angebote es dort heute gibt."
    )
    return Figure(
        key="suchwoerter",
        title=title,
        description=description,
        headers=["Suchwort", "Suchen ohne Treffer", "Passendes Handlungsfeld/Thema", "Angebote dort"],
        rows=[[t, c, label or "kein passendes", n] for t, c, label, n in table],
        chart=charts.bar_chart(title, description, [r[0] for r in table], [r[1] for r in table]),
    )


def emptying_filters(session: Session, period: Period) -> Figure:
    total = func.sum(SearchEmptyFilter.count)
    rows = session.execute(
        select(SearchEmptyFilter.filter_key, total)
        .where(SearchEmptyFilter.month.in_(_month_keys(period)))
        .group_by(SearchEmptyFilter.filter_key)
        .order_by(total.desc(), SearchEmptyFilter.filter_key)
    ).all()
    table = [[filter_label(key), int(count)] for key, count in rows]
    title = "Filter, die eine Suche leer machten"
    description = "Wie oft eine Suche nichts fand, ohne diesen Filter aber Angebote gefunden hätte."
    return Figure(
        key="leere-filter",
        title=title,
        description=description,
        headers=["Filter", "Suchen"],
        rows=table,
        chart=charts.bar_chart(title, description, [r[0] for r in table], [r[1] for r in table]),
    )


def filter_label(key: str) -> str:
    return PARAM_BY_VOCABULARY[key].label if key in PARAM_BY_VOCABULARY else NUMBER_FILTERS.get(key, key)


def most_viewed(session: Session, period: Period, top: int = 15) -> Figure:
    views = func.sum(OfferViewDay.count).label("views")
    day = OfferViewDay.day
    if session.get_bind().dialect.name == "sqlite":
        # Without planner statistics SQLite follows the day index row by row although a period spans
        # most counters; behind a unary "+" it reads the covering (offer, day, count) index instead,
        # about three times faster.
        day = UnaryExpression(day, operator=operators.custom_op("+"), type_=Date())
    ranked = (
        select(OfferViewDay.offer_id, views)
        .where(day >= period.start, day < period.end)
        .group_by(OfferViewDay.offer_id)
        .order_by(views.desc(), OfferViewDay.offer_id)
        .limit(top)
        .subquery()
    )
    rows = session.execute(
        select(OfferRevision.title, Organisation.name, ranked.c.views)
        .select_from(ranked)
        .join(Offer, Offer.id == ranked.c.offer_id)
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .join(Organisation, Organisation.id == Offer.organisation_id)
        .order_by(ranked.c.views.desc(), OfferRevision.title)
    ).all()
    table = [[title, provider, int(count)] for title, provider, count in rows]
    title = "Meistaufgerufene Angebote"
    description = (
        f"Die {top} Angebote, deren Seite im Zeitraum am häufigsten aufgerufen wurde (ein Zähler je Angebot und Tag)."
    )
    return Figure(
        key="meistaufgerufen",
        title=title,
        description=description,
        headers=["Angebot", "Träger", "Aufrufe"],
        rows=table,
        chart=charts.bar_chart(title, description, [r[0] for r in table], [r[2] for r in table]),
    )


def never_viewed(session: Session, today: date) -> Figure:
    since = today - timedelta(days=UNSEEN_MONTHS * 30)
    seen = exists().where(OfferViewDay.offer_id == Offer.id, OfferViewDay.day >= since)
    rows = session.execute(
        live_query(Offer.id, OfferRevision.title, Organisation.name)
        .where(~seen)
        .order_by(OfferRevision.title, Offer.id)
    ).all()
    return Figure(
        key="nie-aufgerufen",
        title=f"Angebote ohne Aufruf in den letzten {UNSEEN_MONTHS} Monaten",
        description="Veröffentlichte Angebote, deren Seite seit einem halben Jahr niemand geöffnet hat.",
        headers=["Angebot", "Träger"],
        rows=[[title, provider] for _, title, provider in rows],
        note=f"{len(rows)} Angebote ohne Aufruf seit {since.strftime('%d.%m.%Y')}.",
    )


# Figure key → how to build it from (session, period, today); a CSV builds only its own figure.
DEMAND_FIGURES = {
    "suchen-ohne-treffer": lambda session, period, today: misses_per_month(session, period),
    "suchwoerter": lambda session, period, today: missed_terms(session, period),
    "leere-filter": lambda session, period, today: emptying_filters(session, period),
    "meistaufgerufen": lambda session, period, today: most_viewed(session, period),
    "nie-aufgerufen": lambda session, period, today: never_viewed(session, today),
}


def demand_figures(session: Session, period: Period, today: date) -> list[Figure]:
    return [build(session, period, today) for build in DEMAND_FIGURES.values()]
