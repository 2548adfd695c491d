"""Search benchmark: Whoosh index (search_index) against an SQLite FTS5 baseline.

    .venv/bin/python bench/search_bench.py [--sizes 1000,10000[,100000]] [--http]

For each size: synthetic offers recombined from the demo catalogue (fixed seed),
indexing rate (upsert in batches) and full rebuild time, then a fixed query mix
timed in process on both engines (warm-up, then p50/p95/mean over many runs).
``--http`` adds requests/second of the search page served by gunicorn -w 2 at
1,000 offers. Prints progress and Markdown tables; never asserts timings.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # search_index, even without the editable install

import fts5_baseline  # noqa: E402
import http_load  # noqa: E402
import synthetic  # noqa: E402
import whoosh  # noqa: E402

from search_index import DEFAULT_SYNONYMS, SearchIndex, search  # noqa: E402

SEED = 20261122
HTTP_SIZE = 1000
TARGET_P95_MS = 30.0  # the full faceted, filtered query at 10,000 offers …
TARGET_SIZE = 10_000
TARGET_RATIO = 2.0  # … and at most twice the FTS5 baseline
SINGLE_UPSERTS = 20


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    filters: dict


QUERIES = (
    Query("one word", "mobbing", {}),
    Query("two words", "sucht eltern", {}),
    Query("three words, soft", "workshop medien cannabis", {}),
    Query("compound word", "suchtberatungsstelle", {}),
    Query("words + 3 filters", "mobbing klasse", {"field": ["gewalt"], "grade": 7, "free_only": True}),
    Query("filters only", "", {"field": ["sucht"], "audience": ["eltern"], "max_cost_eur": 100}),
)
FULL_QUERY = QUERIES[4]  # the one measured against the targets


@dataclass
class Timing:
    samples_ms: list[float]

    @property
    def p50(self) -> float:
        return _percentile(self.samples_ms, 50)

    @property
    def p95(self) -> float:
        return _percentile(self.samples_ms, 95)

    @property
    def mean(self) -> float:
        return statistics.fmean(self.samples_ms)


@dataclass
class SizeResult:
    size: int
    generate_s: float = 0.0
    upsert_s: float = 0.0
    upsert_segments: int = 0
    slowest_batch_s: float = 0.0
    single_upsert: Timing | None = None
    rebuild_s: float = 0.0
    index_mb: float = 0.0
    first_search_ms: float = 0.0
    fts5_build_s: float = 0.0
    fts5_mb: float = 0.0
    whoosh: dict[str, Timing] = field(default_factory=dict)
    fts5: dict[str, Timing] = field(default_factory=dict)
    hits: dict[str, tuple[int, int]] = field(default_factory=dict)  # (whoosh, fts5)


def log(message: str) -> None:
    print(message, flush=True)


def _percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def sample_ms(call) -> float:
    started = time.perf_counter_ns()
    call()
    return (time.perf_counter_ns() - started) / 1e6


def timed(call, warmup: int, runs: int) -> Timing:
    for _ in range(warmup):
        call()
    return Timing([sample_ms(call) for _ in range(runs)])


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def segment_count(index: SearchIndex) -> int:
    with index.reading() as (searcher, _):
        return len(list(searcher.leaf_searchers()))


# -- phases ------------------------------------------------------------------------


def bench_whoosh_indexing(result: SizeResult, docs, folder: Path, batch: int) -> None:
    n = len(docs)
    step = max(batch, (n // 10) // batch * batch)
    log(f"  Whoosh upsert in batches of {batch} …")
    index = SearchIndex(folder / "upsert", lock_timeout=30)
    started = time.perf_counter()
    for start in range(0, n, batch):
        before = time.perf_counter()
        index.upsert(docs[start : start + batch])
        result.slowest_batch_s = max(result.slowest_batch_s, time.perf_counter() - before)
        done = min(start + batch, n)
        if done % step == 0 or done == n:
            log(
                f"    upserted {done:>7,} / {n:,}  ({done / (time.perf_counter() - started):,.0f} docs/s, "
                f"slowest batch so far {result.slowest_batch_s:.1f} s)"
            )
    result.upsert_s = time.perf_counter() - started
    result.upsert_segments = segment_count(index)
    # An edit of one offer, as the sync right after a commit writes it.
    log(f"  Whoosh single-offer upserts ({SINGLE_UPSERTS}) …")
    result.single_upsert = timed(lambda: index.upsert([docs[n // 2]]), 0, SINGLE_UPSERTS)
    index.close()
    shutil.rmtree(folder / "upsert")

    log("  Whoosh full rebuild …")
    every = max(500, n // 10 // 500 * 500)
    index = SearchIndex(folder / "rebuild", lock_timeout=30)
    started = time.perf_counter()
    printed = set()

    def progress(count: int) -> None:  # called every 500 and once more after the commit
        elapsed = time.perf_counter() - started
        if count == n and count in printed:
            log(f"    committed and swapped in  ({elapsed:.1f} s)")
        elif count % every == 0 or count == n:
            printed.add(count)
            log(f"    added {count:>7,} / {n:,}  ({elapsed:.1f} s)")

    index.rebuild(docs, progress=progress)
    result.rebuild_s = time.perf_counter() - started
    result.index_mb = folder_mb(folder / "rebuild")
    index.close()


def bench_queries(result: SizeResult, docs, folder: Path, warmup: int, runs: int) -> None:
    """The query mix on both engines, Whoosh and FTS5 runs interleaved so that a busy
    moment of the machine hits both alike."""
    index = SearchIndex(folder / "rebuild")
    started = time.perf_counter()
    search(index, QUERIES[0].text, QUERIES[0].filters, synonyms=DEFAULT_SYNONYMS)
    result.first_search_ms = (time.perf_counter() - started) * 1000
    log("  FTS5 build …")
    started = time.perf_counter()
    conn = fts5_baseline.build(folder / "fts5.sqlite3", docs)
    result.fts5_build_s = time.perf_counter() - started
    result.fts5_mb = (folder / "fts5.sqlite3").stat().st_size / 1e6
    for q in QUERIES:
        log(f"  {q.name:<18} {warmup} warm-up + {runs} runs on each engine …")
        whoosh_call = lambda q=q: search(index, q.text, q.filters, synonyms=DEFAULT_SYNONYMS)  # noqa: E731
        fts5_call = lambda q=q: fts5_baseline.search(conn, q.text, q.filters)  # noqa: E731
        for _ in range(warmup):
            whoosh_call(), fts5_call()
        result.whoosh[q.name], result.fts5[q.name] = Timing([]), Timing([])
        for _ in range(runs):
            result.whoosh[q.name].samples_ms.append(sample_ms(whoosh_call))
            result.fts5[q.name].samples_ms.append(sample_ms(fts5_call))
        result.hits[q.name] = (whoosh_call().total, fts5_call()["total"])
    conn.close()
    index.close()


def bench_size(offers, size: int, args) -> SizeResult:
    result = SizeResult(size)
    log(f"\n== {size:,} offers ==")
    started = time.perf_counter()
    docs = synthetic.documents(offers[:size])
    result.generate_s = time.perf_counter() - started
    log(f"  {len(docs):,} OfferDocuments built in {result.generate_s:.1f} s")
    with tempfile.TemporaryDirectory(prefix=f"bench-{size}-") as tmp:
        folder = Path(tmp)
        bench_whoosh_indexing(result, docs, folder, args.batch)
        bench_queries(result, docs, folder, args.warmup, args.runs)
    return result


# -- output ------------------------------------------------------------------------


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = [
        "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |",
        "|" + "|".join("-" * (w + 2) for w in widths) + "|",
    ]
    lines += [
        "| " + " | ".join(c.rjust(w) if _numeric(c) else c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
        for r in cells
    ]
    return "\n".join(lines)


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if value >= 100 else f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _numeric(text: str) -> bool:
    return text.replace(",", "").replace(".", "").replace("×", "").replace("-", "").isdigit()


def report(results: list[SizeResult], http, args) -> None:
    log("\n## Search benchmark results\n")
    log(
        f"Python {platform.python_version()}, Whoosh {whoosh.versionstring()}, SQLite "
        f"{sqlite3.sqlite_version}, {os.cpu_count()} CPUs; seed {args.seed}; "
        f"{args.warmup} warm-up + {args.runs} timed runs per query; times in ms unless noted. "
        f"Load average at start {args.load_at_start}, at end {_load()} (other processes share "
        "the CPUs: compare runs on a quiet machine).\n"
    )
    if results:
        log("### Indexing\n")
        log(
            table(
                [
                    "offers",
                    f"upsert ({args.batch}/batch) s",
                    "upsert docs/s",
                    "slowest batch s",
                    "segments",
                    "1-offer upsert p50 / max ms",
                    "rebuild s",
                    "rebuild docs/s",
                    "index MB",
                    "first search ms",
                    "FTS5 build s",
                    "FTS5 MB",
                ],
                [
                    [
                        r.size,
                        r.upsert_s,
                        r.size / r.upsert_s,
                        r.slowest_batch_s,
                        r.upsert_segments,
                        f"{_cell(r.single_upsert.p50)} / {_cell(max(r.single_upsert.samples_ms))}",
                        r.rebuild_s,
                        r.size / r.rebuild_s,
                        r.index_mb,
                        r.first_search_ms,
                        r.fts5_build_s,
                        r.fts5_mb,
                    ]
                    for r in results
                ],
            )
        )
        log(
            "\nsegments: after the batch upserts. 1-offer upsert: re-writing one offer in the "
            f"upserted index, {SINGLE_UPSERTS}×. first search: opening the rebuilt index in a fresh "
            "handle plus one search (builds the cached facet sets), as each worker pays after start."
        )
        log(
            "\n### Query mix (in process; Whoosh search() incl. all facet counts and 20 highlights;"
            " FTS5 incl. GROUP BY facets and snippet())\n"
        )
        rows = []
        for r in results:
            for q in QUERIES:
                w, f = r.whoosh[q.name], r.fts5[q.name]
                rows.append(
                    [
                        r.size,
                        q.name,
                        _describe(q),
                        r.hits[q.name][0],
                        r.hits[q.name][1],
                        w.p50,
                        w.p95,
                        w.mean,
                        f.p50,
                        f.p95,
                        f.mean,
                        f"{w.p50 / f.p50:.2f}×",
                        f"{w.p95 / f.p95:.2f}×",
                    ]
                )
        log(
            table(
                [
                    "offers",
                    "query",
                    "text / filters",
                    "hits Whoosh",
                    "hits FTS5",
                    "Whoosh p50",
                    "Whoosh p95",
                    "Whoosh mean",
                    "FTS5 p50",
                    "FTS5 p95",
                    "FTS5 mean",
                    "ratio p50",
                    "ratio p95",
                ],
                rows,
            )
        )
        log(
            "\nratio = Whoosh / FTS5. Hits differ where Whoosh stems and splits compounds "
            '("Cybermobbing" has "mobbing"); FTS5 matches each word as a prefix.'
        )
        log(f"\n### Target: full faceted filtered query ({FULL_QUERY.name}: {_describe(FULL_QUERY)})\n")
        rows = []
        for r in results:
            w, f = r.whoosh[FULL_QUERY.name].p95, r.fts5[FULL_QUERY.name].p95
            abs_target = (
                ("yes" if w <= TARGET_P95_MS else "NO")
                if r.size == TARGET_SIZE
                else f"({'≤' if w <= TARGET_P95_MS else '>'} 30 ms; target is set at {TARGET_SIZE:,})"
            )
            rows.append([r.size, w, f, f"{w / f:.2f}×", abs_target, "yes" if w <= TARGET_RATIO * f else "NO"])
        log(
            table(
                [
                    "offers",
                    "Whoosh p95",
                    "FTS5 p95",
                    "Whoosh/FTS5",
                    f"p95 ≤ {TARGET_P95_MS:g} ms",
                    f"≤ {TARGET_RATIO:g}× FTS5",
                ],
                rows,
            )
        )
    if http is not None:
        log(f"\n### HTTP: gunicorn -w 2, {HTTP_SIZE:,} offers, target {http.target}\n")
        log(
            table(
                ["client", "seconds", "requests", "errors", "req/s", "p50 ms", "tail ms"],
                [
                    [
                        http.client,
                        http.seconds,
                        http.requests,
                        http.errors,
                        http.rps,
                        _cell(http.p50_ms) if http.p50_ms is not None else "–",
                        f"{_cell(http.tail_ms)} ({http.tail_name})" if http.tail_ms is not None else "–",
                    ]
                ],
            )
        )
        if http.per_path:
            log("")
            log(
                table(
                    ["URL", "requests", "p50 ms", "p95 ms", "errors"],
                    [list(row) for row in http_load.per_path_rows(http)],
                )
            )
        if http.note:
            log(f"\nNote: {http.note}")


def _describe(q: Query) -> str:
    parts = [f'"{q.text}"'] if q.text else []
    parts += [f"{k}={','.join(v) if isinstance(v, list) else v}" for k, v in q.filters.items()]
    return " + ".join(parts)


# -- main --------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="1000,10000", help="comma-separated offer counts (100000 is possible, slow); '' skips"
    )
    parser.add_argument("--runs", type=int, default=200, help="timed runs per query")
    parser.add_argument("--warmup", type=int, default=20, help="untimed runs per query first")
    parser.add_argument("--batch", type=int, default=500, help="documents per upsert batch")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--http", action="store_true", help=f"also measure the search page under gunicorn -w 2 ({HTTP_SIZE:,} offers)"
    )
    parser.add_argument("--http-seconds", type=float, default=10)
    parser.add_argument("--http-concurrency", type=int, default=8)
    parser.add_argument(
        "--http-client",
        choices=("auto", "python", "wrk"),
        default="auto",
        help="auto: wrk if installed, else Python threads",
    )
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.replace("_", "").split(",") if s.strip()]
    return args


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main(argv=None) -> int:
    args = parse_args(argv)
    args.load_at_start = _load()
    largest = max(args.sizes + ([HTTP_SIZE] if args.http else []))
    log(f"Generating {largest:,} synthetic offers (seed {args.seed}) …")
    started = time.perf_counter()
    offers = synthetic.generate(largest, args.seed, progress=lambda n: log(f"  generated {n:>7,}"))
    log(f"  done in {time.perf_counter() - started:.1f} s")
    results = [bench_size(offers, size, args) for size in args.sizes]
    http = None
    if args.http:
        log(f"\n== HTTP: gunicorn -w 2 with {HTTP_SIZE:,} offers ==")
        http = http_load.run(
            offers[:HTTP_SIZE],
            seconds=args.http_seconds,
            concurrency=args.http_concurrency,
            client=args.http_client,
            log=log,
        )
    report(results, http, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
