"""Anonymous miss counts: normalised terms, atomic increments, and concurrent first counts."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.db import make_engine
from catalogue.search import misses
from catalogue.search.models import SearchMiss
from tests.conftest import aux_url


def counts(session) -> dict[tuple[str, str], int]:
    session.expire_all()
    return {(m.month, m.term): m.count for m in session.scalars(select(SearchMiss))}


@pytest.mark.parametrize(
    "text, term",
    [("  Zirkus   PÄDAGOGIK ", "zirkus pädagogik"), ("a\x00b\tc", "a b c"), ("x" * 150, "x" * 100), ("   ", "")],
)
def test_terms_are_normalised(text, term):
    assert misses.normalise_term(text) == term


def test_record_miss_counts_per_term_and_month(db):
    misses.record_miss(db, "Zirkus", day=date(2026, 10, 31))
    misses.record_miss(db, "zirkus ", day=date(2026, 10, 1))
    misses.record_miss(db, "Zirkus", day=date(2026, 11, 1))
    misses.record_miss(db, " \x00 ", day=date(2026, 11, 1))
    assert counts(db) == {("2026-10", "zirkus"): 2, ("2026-11", "zirkus"): 1}


def test_an_insert_that_lost_the_race_adds_to_the_winners_row(db):
    db.add(SearchMiss(month="2026-11", term="yoga", count=3))  # the other request inserted first
    db.flush()
    misses.insert_or_update(db, SearchMiss.__table__, {"month": "2026-11", "term": "yoga"})
    assert counts(db) == {("2026-11", "yoga"): 4}


def test_the_report_shows_recent_months_with_their_top_terms(db):
    db.add_all(
        [
            SearchMiss(month="2026-09", term="alt", count=9),
            SearchMiss(month="2026-10", term="b", count=1),
            SearchMiss(month="2026-10", term="a", count=5),
            SearchMiss(month="2026-11", term="c", count=2),
        ]
    )
    db.flush()
    report = misses.miss_report(db, months=2, top=1)
    assert report == [("2026-11", 2, [("c", 2)]), ("2026-10", 6, [("a", 5)])]


@pytest.fixture(scope="module")
def committed_engine(database_url, tmp_path_factory):
    """A database of its own: concurrent requests need real commits."""
    engine = make_engine(aux_url(database_url, "misses", tmp_path_factory))
    yield engine
    engine.dispose()


def test_concurrent_first_misses_of_one_term_all_count(committed_engine):
    threads, per_thread = 8, 5
    barrier = threading.Barrier(threads)
    errors = []

    def search_and_miss():
        try:
            barrier.wait()
            for _ in range(per_thread):
                with Session(committed_engine) as session:
                    session.scalar(select(SearchMiss.id).limit(1))  # the request's read transaction
                    misses.record_miss(session, "Gleichzeitig", day=date(2026, 11, 22))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    workers = [threading.Thread(target=search_and_miss) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    with Session(committed_engine) as session:
        assert counts(session) == {("2026-11", "gleichzeitig"): threads * per_thread}
