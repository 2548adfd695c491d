"""Search benchmark: Whoosh index (search_index) against an SQLite FTS5 baseline.

    .venv/bin/python bench/search_bench.py [--sizes 1000,10000[,100000]] [--http]

For each size: synthetic offers recombined from the demo catalogue (fixed seed),
indexing (bench/indexing_bench.py: batches, single upserts, merge steps, full
rebuild), then the query mix in process on both engines (bench/query_bench.py).
``--http`` adds the search page served by gunicorn -w 2 at 10,000 offers, a typical
and a varied mix (bench/http_load.py). Prints progress and Markdown tables with the
load average; never asserts timings.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # search_index, even without the editable install

import http_load  # noqa: E402
import indexing_bench  # noqa: E402
import query_bench  # noqa: E402
import synthetic  # noqa: E402
import whoosh  # noqa: E402
from indexing_bench import IndexingFigures  # noqa: E402
from page_work import mb_pairs  # noqa: E402
from query_bench import QUERIES, Query, QueryFigures  # noqa: E402

SEED = 20261122
HTTP_SIZE = 10_000
TARGET_RPS, TARGET_P99_MS = 150, 150  # the /suche mix through gunicorn -w 2 at 10,000 offers
TARGET_WORKER_MB = 150  # … and the memory of each worker after that mix
# In process, every query kind (the page cache emptied before each run): p95 per size.
TARGET_QUERY_P95_MS = {10_000: 15.0, 100_000: 60.0}


@dataclass
class SizeResult:
    size: int
    generate_s: float = 0.0
    indexing: IndexingFigures = field(default_factory=IndexingFigures)
    queries: QueryFigures = field(default_factory=QueryFigures)

    # Read by the indexing table.
    @property
    def first_search_ms(self) -> float:
        return self.queries.first_search_ms

    @property
    def edit_search_ms(self) -> float:
        return self.queries.after_edit_ms.get(QUERIES[1].name, 0.0)

    @property
    def fts5_build_s(self) -> float:
        return self.queries.fts5_build_s

    @property
    def fts5_mb(self) -> float:
        return self.queries.fts5_mb


def log(message: str) -> None:
    print(message, flush=True)


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
        indexing_bench.bench_whoosh_indexing(result.indexing, docs, folder, args.batch, args.rebuild_only)
        result.queries = query_bench.bench_queries(docs, folder, args.warmup, args.runs, log=log)
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
        log(table(*indexing_bench.indexing_table(results, args.batch)))
        log("\n" + indexing_bench.NOTE)
        log("\n" + "\n".join(indexing_bench.targets(results)))
        report_queries(results)
    if http:
        report_http(http, args)


def report_queries(results: list[SizeResult]) -> None:
    log(
        "\n### Query mix (in process; Whoosh search() incl. all facet counts and 20 highlights;"
        " FTS5 incl. GROUP BY facets and snippet())\n"
    )
    rows = []
    for r in results:
        f = r.queries
        for q in QUERIES:
            w, base = f.whoosh[q.name], f.fts5[q.name]
            rows.append(
                [r.size, q.name, _describe(q), *f.hits[q.name], w.p50, w.p95, f.repeated[q.name].p50]
                + [f.after_edit_ms[q.name], base.p50, base.p95, f"{w.p95 / base.p95:.2f}×"]
            )
    headers = ["offers", "query", "text / filters", "hits Whoosh", "hits FTS5", "computed p50", "computed p95"]
    headers += ["repeated p50", "first after edit", "FTS5 p50", "FTS5 p95", "ratio p95"]
    log(table(headers, rows))
    log(
        "\ncomputed: the index's finished-page cache emptied before every run (term scores warm); repeated: "
        "the same search again (from that cache); first after edit: once, right after a one-offer upsert. "
        "ratio = computed / FTS5. Hits differ where Whoosh stems and splits compounds "
        '("Cybermobbing" has "mobbing"); FTS5 matches each word as a prefix.'
    )
    log("\n### Words never searched before (each once, after the mix)\n")
    rows = [
        [
            r.size,
            len(r.queries.new_words.samples_ms),
            r.queries.new_words.p50,
            r.queries.new_words.p95,
            max(r.queries.new_words.samples_ms),
        ]
        for r in results
    ]
    log(table(["offers", "words", "p50", "p95", "max"], rows))
    log("\n### Targets: in process, every query kind, computed p95\n")
    rows = []
    for r in results:
        worst_name = max(QUERIES, key=lambda q: r.queries.whoosh[q.name].p95).name
        worst = r.queries.whoosh[worst_name].p95
        limit = TARGET_QUERY_P95_MS.get(r.size)
        met = ("yes" if worst <= limit else "NO") if limit else "(no target at this size)"
        new = r.queries.new_words.p95
        rows.append([r.size, f"{_cell(worst)} ({worst_name})", f"≤ {limit:g}" if limit else "–", met, new])
    log(table(["offers", "slowest kind p95", "target ms", "met", "new words p95"], rows))


def report_http(http: list, args) -> None:
    log(f"\n### HTTP: the /suche mixes through gunicorn -w 2, {args.http_size:,} offers (load average now {_load()})\n")
    log(
        table(
            [
                "database",
                "mix",
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
                    h.mix,
                    h.client,
                    h.seconds,
                    h.requests,
                    h.errors,
                    h.rps,
                    _cell(h.p50_ms) if h.p50_ms is not None else "–",
                    f"{_cell(h.tail_ms)} ({h.tail_name})" if h.tail_ms is not None else "–",
                    mb_pairs(h.worker_mb_start),
                    mb_pairs(h.worker_mb),
                ]
                for h in http
            ],
        )
    )
    log(
        f"\nTargets at 10,000 offers: ≥ {TARGET_RPS} req/s and p99 ≤ {TARGET_P99_MS} ms; PostgreSQL within 10 % "
        f"of SQLite; ≤ {TARGET_WORKER_MB} MB per worker. The load client runs on the same 2 CPUs as the server."
    )
    for h in http[1:]:
        twin = next((x for x in http if x.database == "SQLite" and x.mix == h.mix), None)
        if h.database == "PostgreSQL" and twin and twin.rps:
            log(f"PostgreSQL / SQLite req/s, {h.mix} mix: {h.rps / twin.rps:.2f}×")
    for h in http:
        if h.per_path:
            log(f"\n{h.database}, per URL:\n")
            log(table(["URL", "requests", "p50 ms", "p95 ms", "errors"], [list(r) for r in http_load.per_path_rows(h)]))
        if h.parts:
            log(f"\n{h.database}, page work per request (in process, Flask test client, mean ms):\n")
            log(table(["part", "typical mix", "varied mix (200 URLs once)"], [[k, *v] for k, v in h.parts.items()]))
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
    report(results, [], args)  # printed now: the HTTP part takes minutes more
    http = []
    databases = ([] if args.http_postgres_only else [None]) + ([args.http_postgres] if args.http_postgres else [])
    for database_url in databases if args.http else []:
        name = "PostgreSQL" if database_url else "SQLite"
        log(f"\n== HTTP: gunicorn -w 2 with {args.http_size:,} offers on {name} ==")
        http.extend(
            http_load.run(
                offers[: args.http_size],
                seconds=args.http_seconds,
                concurrency=args.http_concurrency,
                client=args.http_client,
                database_url=database_url,
                log=log,
            )
        )
    if http:
        report_http(http, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
