"""Segments left by single-offer writes are merged by the jobs loop and `search optimize`."""

from __future__ import annotations

from catalogue.jobs import run_jobs
from catalogue.search.indexing import open_index, sync_index
from tests.functional.search.helpers import build_index, listed, page, titles


def segment_count(app) -> int:
    with open_index(app).reading() as (searcher, _):
        return len(list(searcher.leaf_searchers()))


def three_segments(app, db) -> None:
    listed(db, "Mobbing stoppen")
    build_index(app, db)
    for title in ("Mobbing im Chat", "Mobbing und Eltern"):
        listed(db, title)
        sync_index(db, open_index(app))  # as the sync right after a request's commit


def test_the_jobs_loop_merges_the_segments_that_writes_left(app, db, client):
    three_segments(app, db)
    assert segment_count(app) == 3
    results = run_jobs(app)
    assert results["Suchindex"] == "Segmente 3 → 1"
    assert segment_count(app) == 1
    assert sorted(titles(page(client, q="Mobbing"))) == ["Mobbing im Chat", "Mobbing stoppen", "Mobbing und Eltern"]


def test_search_optimize_merges_all_segments(app, db, client):
    three_segments(app, db)
    result = app.test_cli_runner().invoke(args=["search", "optimize"])
    assert result.exit_code == 0, result.output
    assert "Suchindex zusammengefasst: Segmente 3 → 1." in result.output
    assert len(titles(page(client, q="Mobbing"))) == 3


def test_search_optimize_on_one_segment_says_so(app, db):
    listed(db, "Mobbing stoppen")
    build_index(app, db)
    result = app.test_cli_runner().invoke(args=["search", "optimize"])
    assert result.exit_code == 0 and "bereits zusammengefasst" in result.output
