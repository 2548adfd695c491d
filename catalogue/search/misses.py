"""Demand counts without personal data: searches that found nothing (per normalised term
and month), the filters that emptied a search (per month), views of an offer page (per day).

Each count is a write during a GET request. It runs in its own short transaction after
the search (the request's read transaction is ended first), started as a write
transaction (`write_intent`: BEGIN IMMEDIATE on SQLite), and increments race-free on
SQLite and PostgreSQL: UPDATE … count + 1; if no row was there, INSERT inside a
savepoint; if a concurrent request inserted first (IntegrityError), UPDATE again.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from catalogue.clock import add_months, today
from catalogue.db import write_intent
from catalogue.search.models import OfferViewDay, SearchEmptyFilter, SearchMiss
from catalogue.search.params import clean_text

log = logging.getLogger(__name__)
MAX_TERM = 100
_table = SearchMiss.__table__


def normalise_term(text: str) -> str:
    """Lowercase, control characters removed, whitespace collapsed, at most 100 characters."""
    return clean_text(text).lower()[:MAX_TERM].rstrip()


def month_of(day: date) -> str:
    return day.strftime("%Y-%m")


def record_miss(session: Session, text: str, day: date | None = None) -> None:
    """Count one search for `text` that found nothing (best effort: never fails the page)."""
    term = normalise_term(text)
    if term:
        _count_apart(session, [(_table, {"month": month_of(day or today()), "term": term})])


def record_empty_filters(session: Session, filter_keys: list[str], day: date | None = None) -> None:
    """Count, per month, each filter without which a search that found nothing would have found something."""
    month = month_of(day or today())
    table = SearchEmptyFilter.__table__
    _count_apart(session, [(table, {"month": month, "filter_key": key[:40]}) for key in filter_keys])


def record_view(session: Session, offer_id: int, day: date | None = None) -> None:
    """Count one view of an offer's public page: one number per offer and day, nothing about the visitor."""
    _count_apart(session, [(OfferViewDay.__table__, {"offer_id": offer_id, "day": day or today()})])


def _count_apart(session: Session, counters: list[tuple[Table, dict]]) -> None:
    """Add 1 to each counter row in its own short write transaction (the read transaction ends first)."""
    if not counters:
        return
    session.commit()
    token = write_intent.set(True)
    try:
        for table, key in counters:
            increment(session, table, key)
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        log.warning("demand count not recorded: %s", exc)
    finally:
        write_intent.reset(token)


def _update(session: Session, table: Table, key: dict) -> int:
    where = [table.c[name] == value for name, value in key.items()]
    return session.execute(update(table).where(*where).values(count=table.c.count + 1)).rowcount


def increment(session: Session, table: Table, key: dict) -> None:
    if _update(session, table, key):
        return
    insert_or_update(session, table, key)


def insert_or_update(session: Session, table: Table, key: dict) -> None:
    """Insert the first count; if another transaction inserted it meanwhile, add to theirs."""
    try:
        with session.begin_nested():
            session.execute(insert(table).values(count=1, **key))
    except IntegrityError:
        _update(session, table, key)


def miss_report(session: Session, months: int = 6, top: int = 25) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """The latest `months` months: (month, total misses, [(term, count)] most frequent first)."""
    recent = list(session.scalars(select(SearchMiss.month).distinct().order_by(SearchMiss.month.desc()).limit(months)))
    report = []
    for month in recent:
        total = session.scalar(select(func.sum(SearchMiss.count)).where(SearchMiss.month == month)) or 0
        rows = session.execute(
            select(SearchMiss.term, SearchMiss.count)
            .where(SearchMiss.month == month)
            .order_by(SearchMiss.count.desc(), SearchMiss.term)
            .limit(top)
        ).all()
        report.append((month, total, [(term, count) for term, count in rows]))
    return report


def purge_misses(session: Session, *, older_than_months: int, day: date | None = None) -> int:
    """Retention: raw search terms of months longer ago than the setting are deleted."""
    first_kept = add_months((day or today()).replace(day=1), -older_than_months + 1)
    return session.execute(delete(SearchMiss).where(SearchMiss.month < month_of(first_kept))).rowcount
