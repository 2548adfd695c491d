"""Several processes writing one SQLite file: no "database is locked" (BEGIN IMMEDIATE)."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import text

from catalogue.db import make_engine

WORKERS, TRANSACTIONS = 4, 40


def _read_then_write(url: str, worker: int, failures) -> None:
    engine = make_engine(url)
    for n in range(TRANSACTIONS):
        try:
            with engine.begin() as connection:  # one request: read, think, write
                total = connection.execute(text("SELECT COALESCE(SUM(n), 0) FROM counter")).scalar()
                connection.execute(
                    text("INSERT INTO counter (worker, n, seen) VALUES (:w, 1, :s)"), {"w": worker, "s": total}
                )
        except Exception as exc:  # counted, not raised: the test reports them all
            failures.append(f"{worker}/{n}: {exc.__class__.__name__}: {exc}")
    engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'concurrency.sqlite3'}"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE counter (id INTEGER PRIMARY KEY, worker INT, n INT, seen INT)"))
    engine.dispose()
    return url


def test_concurrent_read_then_write_transactions_never_fail_with_database_locked(sqlite_url):
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        failures = manager.list()
        processes = [context.Process(target=_read_then_write, args=(sqlite_url, w, failures)) for w in range(WORKERS)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=120)
        assert list(failures) == []
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT COUNT(*), COUNT(DISTINCT seen) FROM counter")).one()
    engine.dispose()
    # Every transaction saw the sum of all earlier ones: they were serialised, none lost.
    assert tuple(rows) == (WORKERS * TRANSACTIONS, WORKERS * TRANSACTIONS)
