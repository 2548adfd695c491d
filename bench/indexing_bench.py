"""The writing side of the search benchmark: batch upserts, full rebuild, single-offer
upserts and the jobs loop's merge steps. ``search_bench.py`` runs these phases per size
and prints :func:`indexing_table` with its report; never asserts timings.
"""

from __future__ import annotations

import math
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from search_index import SearchIndex
from search_index.writer import MERGE_STEP_DOCS

SINGLE_UPSERTS = 20
REBUILD_TARGET_S = {10_000: 20.0, 100_000: 180.0}  # issue 10, on the 2-CPU machine
HOLD_TARGET_S = 5.0  # no single write holds the index writer longer


@dataclass
class IndexingFigures:
    """What the indexing phases measured for one size; times in seconds unless noted."""

    upsert_s: float = 0.0
    upsert_segments: int = 0
    slowest_batch_s: float = 0.0
    single_upsert_ms: list[float] = field(default_factory=list)
    rebuild_s: float = 0.0
    rebuild_cpu_s: float = 0.0  # this process's CPU time: comparable on a busy machine
    index_mb: float = 0.0
    merge_holds_s: list[float] = field(default_factory=list)  # one per merge step that merged
    merged_segments: tuple[int, int] = (0, 0)  # before the first step, after the last


def log(message: str) -> None:
    print(message, flush=True)


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def segment_count(index: SearchIndex) -> int:
    with index.reading() as (searcher, _):
        return len(list(searcher.leaf_searchers()))


def bench_whoosh_indexing(figures: IndexingFigures, docs, folder: Path, batch: int, skip_batches: bool = False) -> None:
    """Batch upserts (unless ``skip_batches``), single upserts, merge steps, then the
    full rebuild into ``folder / "rebuild"`` (which the query phase uses)."""
    n = len(docs)
    if skip_batches:
        bench_rebuild(figures, docs, folder)
        log(f"  Whoosh single-offer upserts ({SINGLE_UPSERTS}) into the rebuilt index …")
        index = SearchIndex(folder / "rebuild", lock_timeout=30)
        figures.single_upsert_ms = single_upserts(index, docs[n // 2])
        bench_merge(figures, index)
        index.close()
        return
    index = SearchIndex(folder / "upsert", lock_timeout=30)
    bench_batches(figures, index, docs, batch)
    # An edit of one offer, as the sync right after a commit writes it.
    log(f"  Whoosh single-offer upserts ({SINGLE_UPSERTS}) …")
    figures.single_upsert_ms = single_upserts(index, docs[n // 2])
    bench_merge(figures, index)
    index.close()
    shutil.rmtree(folder / "upsert")
    bench_rebuild(figures, docs, folder)


def bench_batches(figures: IndexingFigures, index: SearchIndex, docs, batch: int) -> None:
    n = len(docs)
    step = max(batch, (n // 10) // batch * batch)
    log(f"  Whoosh upsert in batches of {batch} …")
    started = time.perf_counter()
    for start in range(0, n, batch):
        before = time.perf_counter()
        index.upsert(docs[start : start + batch])
        figures.slowest_batch_s = max(figures.slowest_batch_s, time.perf_counter() - before)
        done = min(start + batch, n)
        if done % step == 0 or done == n:
            log(
                f"    upserted {done:>7,} / {n:,}  ({done / (time.perf_counter() - started):,.0f} docs/s, "
                f"slowest batch so far {figures.slowest_batch_s:.1f} s)"
            )
    figures.upsert_s = time.perf_counter() - started
    figures.upsert_segments = segment_count(index)


def single_upserts(index: SearchIndex, doc) -> list[float]:
    samples = []
    for _ in range(SINGLE_UPSERTS):
        started = time.perf_counter_ns()
        index.upsert([doc])
        samples.append((time.perf_counter_ns() - started) / 1e6)
    return samples


def bench_merge(figures: IndexingFigures, index: SearchIndex) -> None:
    """The jobs loop's merge step, called until it has nothing left to merge; each call
    holds the writer for its whole duration (writes themselves never merge)."""
    log(f"  merge steps (small segments, ≤ {MERGE_STEP_DOCS:,} documents per step) …")
    first = None
    while True:
        started = time.perf_counter()
        before, after = index.merge_segments()
        held = time.perf_counter() - started
        first = first or before
        if before == after:
            break
        figures.merge_holds_s.append(held)
        log(f"    step {len(figures.merge_holds_s)}: segments {before} → {after} in {held:.2f} s")
    figures.merged_segments = (first, after)


def bench_rebuild(figures: IndexingFigures, docs, folder: Path) -> None:
    n = len(docs)
    log("  Whoosh full rebuild …")
    every = max(500, n // 10 // 500 * 500)
    index = SearchIndex(folder / "rebuild", lock_timeout=30)
    started, cpu_started = time.perf_counter(), time.process_time()
    printed = set()

    def progress(count: int) -> None:  # called every 500 and once more after the commit
        elapsed = time.perf_counter() - started
        if count == n and count in printed:
            log(f"    committed and swapped in  ({elapsed:.1f} s)")
        elif count % every == 0 or count == n:
            printed.add(count)
            log(f"    added {count:>7,} / {n:,}  ({elapsed:.1f} s)")

    index.rebuild(docs, progress=progress)
    figures.rebuild_s = time.perf_counter() - started
    figures.rebuild_cpu_s = time.process_time() - cpu_started
    figures.index_mb = folder_mb(folder / "rebuild")
    index.close()


# -- output ------------------------------------------------------------------------


def indexing_table(results, batch: int) -> tuple[list[str], list[list]]:
    """Headers and rows of the indexing table; ``results`` carry ``size``, ``indexing``
    and the query phase's first-search and FTS5 figures."""
    headers = [
        "offers",
        f"upsert ({batch}/batch) s",
        "upsert docs/s",
        "slowest batch s",
        "segments",
        "1-offer upsert p50 / max ms",
        "rebuild s (CPU s)",
        "rebuild docs/s",
        "index MB",
        "first search ms",
        "search after edit ms",
        "merge steps (segments)",
        "merge step max s",
        "FTS5 build s",
        "FTS5 MB",
    ]
    return headers, [_row(r, r.indexing) for r in results]


def _row(r, f: IndexingFigures) -> list:
    batches = bool(f.upsert_s)
    return [
        r.size,
        f.upsert_s if batches else "–",
        r.size / f.upsert_s if batches else "–",
        f.slowest_batch_s if batches else "–",
        f.upsert_segments if batches else "–",
        f"{_fmt(_p50(f.single_upsert_ms))} / {_fmt(max(f.single_upsert_ms))}",
        f"{_fmt(f.rebuild_s)} ({_fmt(f.rebuild_cpu_s)})",
        r.size / f.rebuild_s,
        f.index_mb,
        r.first_search_ms,
        r.edit_search_ms,
        f"{len(f.merge_holds_s)} ({f.merged_segments[0]} → {f.merged_segments[1]})",
        max(f.merge_holds_s, default=0.0),
        r.fts5_build_s,
        r.fts5_mb,
    ]


def targets(results) -> list[str]:
    """One line per size with a target of issue 10: rebuild time and writer hold."""
    lines = []
    for r in results:
        f = r.indexing
        worst = max([*f.merge_holds_s, max(f.single_upsert_ms) / 1000, f.slowest_batch_s])
        line = f"{r.size:,} offers: longest writer hold {worst:.2f} s (≤ {HOLD_TARGET_S:g} s: {_yes(worst <= HOLD_TARGET_S)})"
        if r.size in REBUILD_TARGET_S:
            limit = REBUILD_TARGET_S[r.size]
            line += f"; rebuild {f.rebuild_s:.1f} s (≤ {limit:g} s: {_yes(f.rebuild_s <= limit)})"
        lines.append(line)
    return lines


NOTE = (
    "segments: after the batch upserts (– with --rebuild-only). 1-offer upsert: re-writing one offer, "
    f"{SINGLE_UPSERTS}×; writes never merge segments. rebuild: wall clock (this process's CPU time). "
    f"merge steps: the jobs loop's merge step (≤ {MERGE_STEP_DOCS:,} documents each) called until nothing "
    "is left to merge, and the longest of them — each step holds the index writer throughout. first search: "
    "opening the rebuilt index in a fresh handle plus one search (builds the cached facet sets), as each "
    'worker pays after start. search after edit: "sucht eltern" right after a one-offer upsert (new '
    "generation; per-segment caches reused)."
)


def _yes(ok: bool) -> str:
    return "yes" if ok else "NO"


def _p50(values: list[float]) -> float:
    """Nearest-rank median, as the query figures."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(len(ordered) / 2) - 1)]


def _fmt(value: float) -> str:
    return f"{value:,.1f}" if value >= 100 else f"{value:.2f}"
