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
HTTP_SIZE = 10_000
TARGET_RPS, TARGET_P99_MS = 150, 150  # the /suche mix through gunicorn -w 2 at 10,000 offers
TARGET_WORKER_MB = 150  # … and the memory of each worker after that mix
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
    edit_search_ms: float = 0.0  # first search after a one-offer edit (new generation)
    merge_s: float = 0.0  # the jobs loop's merge step after the single upserts
    merged_segments: tuple[int, int] = (0, 0)
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


def bench_whoosh_indexing(result: SizeResult, docs, folder: Path, batch: int, skip_batches: bool = False) -> None:
    n = len(docs)
    step = max(batch, (n // 10) // batch * batch)
    if skip_batches:
        bench_rebuild(result, docs, folder)
        log(f"  Whoosh single-offer upserts ({SINGLE_UPSERTS}) into the rebuilt index …")
        index = SearchIndex(folder / "rebuild", lock_timeout=30)
        result.single_upsert = timed(lambda: index.upsert([docs[n // 2]]), 0, SINGLE_UPSERTS)
        bench_merge(result, index)
        index.close()
        return
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
    bench_merge(result, index)
    index.close()
    shutil.rmtree(folder / "upsert")
    bench_rebuild(result, docs, folder)


def bench_merge(result: SizeResult, index: SearchIndex) -> None:
    """The jobs loop's merge step: small segments only (writes themselves never merge)."""
    log("  merge step (small segments) …")
    started = time.perf_counter()
    result.merged_segments = index.merge_segments()
    result.merge_s = time.perf_counter() - started
    log(f"    segments {result.merged_segments[0]} → {result.merged_segments[1]} in {result.merge_s:.2f} s")


def bench_rebuild(result: SizeResult, docs, folder: Path) -> None:
    n = len(docs)
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
    index.upsert([docs[len(docs) // 3]])  # an edit: new generation, caches of old segments kept
    started = time.perf_counter()
    search(index, QUERIES[1].text, QUERIES[1].filters, synonyms=DEFAULT_SYNONYMS)
    result.edit_search_ms = (time.perf_counter() - started) * 1000
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
        folder = Path(args.keep) / str(size) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        bench_whoosh_indexing(result, docs, folder, args.batch, args.rebuild_only)
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
                    "search after edit ms",
                    "merge step s (segments)",
                    "FTS5 build s",
                    "FTS5 MB",
                ],
                [
                    [
                        r.size,
                        r.upsert_s if r.upsert_s else "–",
                        r.size / r.upsert_s if r.upsert_s else "–",
                        r.slowest_batch_s if r.upsert_s else "–",
                        r.upsert_segments if r.upsert_s else "–",
                        f"{_cell(r.single_upsert.p50)} / {_cell(max(r.single_upsert.samples_ms))}",
                        r.rebuild_s,
                        r.size / r.rebuild_s,
                        r.index_mb,
                        r.first_search_ms,
                        r.edit_search_ms,
                        f"{_cell(r.merge_s)} ({r.merged_segments[0]} → {r.merged_segments[1]})",
                        r.fts5_build_s,
                        r.fts5_mb,
                    ]
                    for r in results
                ],
            )
        )
        log(
            "\nsegments: after the batch upserts (– with --rebuild-only). 1-offer upsert: re-writing one "
            f"offer, {SINGLE_UPSERTS}×; writes never merge segments. merge step: the jobs loop's merge of the "
            "small segments afterwards. first search: opening the rebuilt index in a fresh handle plus one "
            "search (builds the cached facet sets), as each worker pays after start. search after edit: "
            '"sucht eltern" right after a one-offer upsert (new generation; per-segment caches reused).'
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
    if http:
        report_http(http, args)


def report_http(http: list, args) -> None:
    log(f"\n### HTTP: the /suche mix through gunicorn -w 2, {args.http_size:,} offers\n")
    first = http[0]
    log(
        table(
            [
                "database",
                "client",
                "seconds",
                "requests",
                "errors",
                "req/s",
                "p50 ms",
                "tail ms",
                "worker RSS / PSS MB at start",
                "after the load",
            ],
            [
                [
                    h.database,
                    h.client,
                    h.seconds,
                    h.requests,
                    h.errors,
                    h.rps,
                    _cell(h.p50_ms) if h.p50_ms is not None else "–",
                    f"{_cell(h.tail_ms)} ({h.tail_name})" if h.tail_ms is not None else "–",
                    http_load.mb_pairs(h.worker_mb_start),
                    http_load.mb_pairs(h.worker_mb),
                ]
                for h in http
            ],
        )
    )
    log(
        f"\nTargets at 10,000 offers: ≥ {TARGET_RPS} req/s and p99 ≤ {TARGET_P99_MS} ms; PostgreSQL within 10 % "
        f"of SQLite; ≤ {TARGET_WORKER_MB} MB per worker. The load client runs on the same 2 CPUs as the server."
    )
    if len(http) == 2 and first.rps:
        log(f"PostgreSQL / SQLite req/s: {http[1].rps / first.rps:.2f}×")
    for h in http:
        if h.per_path:
            log(f"\n{h.database}, per URL:\n")
            log(table(["URL", "requests", "p50 ms", "p95 ms", "errors"], [list(r) for r in http_load.per_path_rows(h)]))
        if h.parts:
            log(f"\n{h.database}, page work per request (in process, Flask test client, mean ms over the mix):\n")
            log(table(["part", "ms"], [[k, v] for k, v in h.parts.items()]))
        if h.note:
            log(f"\nNote: {h.note}")


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
    parser.add_argument("--keep", metavar="DIR", help="build the indexes in DIR/<size> and keep them")
    parser.add_argument(
        "--rebuild-only",
        action="store_true",
        help="skip indexing in batches (for 100,000 offers); single upserts go into the rebuilt index",
    )
    parser.add_argument(
        "--http", action="store_true", help=f"also measure the search page under gunicorn -w 2 ({HTTP_SIZE:,} offers)"
    )
    parser.add_argument("--http-seconds", type=float, default=10)
    parser.add_argument("--http-size", type=int, default=HTTP_SIZE, help="offers served in the HTTP run")
    parser.add_argument(
        "--http-postgres",
        metavar="URL",
        default=os.environ.get("BENCH_POSTGRES_URL", ""),
        help="also run the HTTP mix on this PostgreSQL database (emptied first; default $BENCH_POSTGRES_URL)",
    )
    parser.add_argument("--http-postgres-only", action="store_true", help="skip the SQLite HTTP run")
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
    largest = max(args.sizes + ([args.http_size] if args.http else []))
    log(f"Generating {largest:,} synthetic offers (seed {args.seed}) …")
    started = time.perf_counter()
    offers = synthetic.generate(largest, args.seed, progress=lambda n: log(f"  generated {n:>7,}"))
    log(f"  done in {time.perf_counter() - started:.1f} s")
    results = [bench_size(offers, size, args) for size in args.sizes]
    http = []
    databases = ([] if args.http_postgres_only else [None]) + ([args.http_postgres] if args.http_postgres else [])
    for database_url in databases if args.http else []:
        name = "PostgreSQL" if database_url else "SQLite"
        log(f"\n== HTTP: gunicorn -w 2 with {args.http_size:,} offers on {name} ==")
        http.append(
            http_load.run(
                offers[: args.http_size],
                seconds=args.http_seconds,
                concurrency=args.http_concurrency,
                client=args.http_client,
                database_url=database_url,
                log=log,
            )
        )
    report(results, http, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
