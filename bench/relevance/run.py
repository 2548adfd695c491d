"""Relevance on the judged query set: the search page against an SQLite FTS5 baseline.

    .venv/bin/python bench/relevance/run.py [--queries FILE] [--out DIR] [--with-holdout] [--param K=V …]

Builds a fresh catalogue in a temporary folder exactly as `make run` does (`flask db
upgrade`, `flask demo`, `flask search sync`), then sends every query of queries.tsv to the
search page `/suche` (whatever the page does with the text – synonyms, query understanding,
fallbacks – counts) and reads the ranked offers from the page's own result. The baseline is
bench/fts5_baseline.py over the same indexed documents, given the raw text.

Prints nDCG@10, recall@10 and the queries without any result, per kind and for the tune and
holdout splits, and writes the per-query results to bench-out/relevance.json (holdout queries
only as figures unless --with-holdout: nobody tunes on them).
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(HERE)]  # the app, fts5_baseline, judgements

import fts5_baseline  # noqa: E402
from flask import template_rendered  # noqa: E402
from judgements import KINDS, QUERIES_FILE, SPLITS, JudgedQuery, load_queries, ndcg, recall  # noqa: E402
from sqlalchemy import select  # noqa: E402

from catalogue import create_app, db  # noqa: E402
from catalogue.offers.models import Offer  # noqa: E402
from catalogue.search.indexing import documents_for  # noqa: E402

K = 10
ENGINES = ("search", "fts5")
ENGINE_LABELS = {"search": "Suche (/suche)", "fts5": "FTS5"}


@dataclass
class Answer:
    """One engine's answer to one query: the first offers (refs) and the total found."""

    ranked: list[str]
    total: int
    extra: dict = field(default_factory=dict)


def log(message: str) -> None:
    print(message, flush=True)


def build_catalogue(folder: Path):
    """A new app on an empty SQLite database and index in `folder`, loaded like `make run`."""
    app = create_app(
        {"APP_ENV": "development", "DATABASE_URL": "", "SEARCH_INDEX_DIR": "", "MAIL_OUTBOX_DIR": ""},
        instance_path=str(folder),
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per migration is noise here
    logging.getLogger("catalogue.requests").setLevel(logging.WARNING)  # and one line per judged query
    runner = app.test_cli_runner()
    for command in (["db", "upgrade"], ["demo"], ["search", "sync"]):
        log("  flask " + " ".join(command))
        result = runner.invoke(args=command)
        if result.exit_code != 0:
            raise SystemExit(f"flask {' '.join(command)} failed:\n{result.output}\n{result.exception!r}")
    return app


@contextmanager
def page_outcomes(app):
    """Collects the `outcome` each rendering of the search page receives."""
    seen = []

    def remember(sender, template, context, **extra):
        if template.name == "search/search.html":
            outcome = context["outcome"]
            seen.append(
                Answer(
                    [result.item.offer.ref for result in outcome.results],
                    outcome.total,
                    {
                        "searched": _searched(outcome.params),
                        "match": outcome.match,
                        "suggestion": outcome.suggestion,
                        "understood": _plain(getattr(outcome, "understood", None)),
                        "notices": list(outcome.notices),
                    },
                )
            )

    template_rendered.connect(remember, app)
    try:
        yield seen
    finally:
        template_rendered.disconnect(remember, app)


def _searched(params) -> dict:
    """The text and filters the page finally searched with (after any query understanding)."""
    searched = {"text": params.text, **{vocabulary: list(codes) for vocabulary, codes in params.codes.items() if codes}}
    for name in ("grade", "age", "max_cost"):
        if getattr(params, name) is not None:
            searched[name] = str(getattr(params, name))
    return searched | ({"free_only": True} if params.free_only else {})


def _plain(value):
    """Whatever the page reports as understood, in a JSON-friendly form."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if hasattr(value, "__dict__"):
        return _plain(vars(value))
    return str(value)


def ask_search_page(app, client, text: str, extra_params: dict[str, str]) -> Answer:
    with page_outcomes(app) as seen:
        response = client.get("/suche", query_string={**extra_params, "q": text})
    if response.status_code != 200 or len(seen) != 1:
        raise SystemExit(f"/suche?q={text!r} answered {response.status_code} without a result list")
    answer = seen[0]
    answer.ranked = answer.ranked[:K]
    return answer


def ask_fts5(conn: sqlite3.Connection, refs: dict[int, str], text: str) -> Answer:
    found = fts5_baseline.search(conn, text)
    return Answer([refs[offer_id] for offer_id, _ in found["page"][:K]], found["total"])


def check_judged_offers(queries: list[JudgedQuery], listed: set[str]) -> None:
    """Every judged offer must be publicly listed after the import, or the judgements are stale."""
    missing = sorted({(q.id, ref) for q in queries for ref in q.grades if ref not in listed})
    if missing:
        lines = "\n".join(f"  {qid}: {ref}" for qid, ref in missing[:20])
        raise SystemExit(f"{len(missing)} judged offers are not publicly listed in the demo catalogue:\n{lines}")


def run(queries: list[JudgedQuery], folder: Path, extra_params: dict[str, str]) -> dict[str, dict[str, Answer]]:
    log(f"Katalog aufbauen in {folder} …")
    app = build_catalogue(folder)
    with app.app_context():
        session = db.get_session()
        documents = documents_for(session)
        refs = dict(session.execute(select(Offer.id, Offer.ref).where(Offer.id.in_(documents))).all())
    check_judged_offers(queries, set(refs.values()))
    log(f"  {len(documents)} öffentlich gelistete Angebote im Index; FTS5-Vergleich aufbauen …")
    conn = fts5_baseline.build(folder / "fts5.sqlite3", list(documents.values()))
    answers: dict[str, dict[str, Answer]] = {}
    client = app.test_client()
    started = time.perf_counter()
    try:
        for number, query in enumerate(queries, start=1):
            answers[query.id] = {
                "search": ask_search_page(app, client, query.text, extra_params),
                "fts5": ask_fts5(conn, refs, query.text),
            }
            if number % 20 == 0 or number == len(queries):
                log(f"  {number}/{len(queries)} Suchanfragen ({time.perf_counter() - started:.1f} s)")
    finally:
        conn.close()
        close_app(app)
    return answers


def close_app(app) -> None:
    """Close the index readers and database connections before the folder is removed."""
    for index in app.extensions.pop("search_indexes", {}).values():
        index.close()
    app.extensions["db_engine"].dispose()


@dataclass
class Figures:
    count: int
    ndcg: float
    recall: float
    zero: int


def figures(queries: list[JudgedQuery], answers, engine: str) -> Figures:
    ndcgs = [ndcg(answers[q.id][engine].ranked, q.grades, K) for q in queries]
    recalls = [recall(answers[q.id][engine].ranked, q.grades, K) for q in queries]
    zero = sum(1 for q in queries if answers[q.id][engine].total == 0)
    return Figures(len(queries), statistics.fmean(ndcgs), statistics.fmean(recalls), zero)


def table(queries: list[JudgedQuery], answers) -> list[str]:
    groups = [(kind, [q for q in queries if q.kind == kind]) for kind in KINDS]
    groups += [(split, [q for q in queries if q.split == split]) for split in SPLITS]
    groups.append(("all", queries))
    head = ["queries", "n"] + [
        f"{measure} {ENGINE_LABELS[engine]}" for measure in (f"nDCG@{K}", f"recall@{K}", "zero") for engine in ENGINES
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, group in groups:
        if not group:
            continue
        by_engine = {engine: figures(group, answers, engine) for engine in ENGINES}
        cells = [f"**{name}**" if name in (*SPLITS, "all") else name, str(len(group))]
        cells += [f"{by_engine[e].ndcg:.3f}" for e in ENGINES]
        cells += [f"{by_engine[e].recall:.3f}" for e in ENGINES]
        cells += [str(by_engine[e].zero) for e in ENGINES]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def per_query(queries: list[JudgedQuery], answers, with_holdout: bool) -> list[dict]:
    rows = []
    for q in queries:
        row = {"id": q.id, "kind": q.kind, "split": q.split}
        for engine in ENGINES:
            answer = answers[q.id][engine]
            row[engine] = {
                f"ndcg@{K}": round(ndcg(answer.ranked, q.grades, K), 3),
                f"recall@{K}": round(recall(answer.ranked, q.grades, K), 3),
                "total": answer.total,
            }
        if q.split == "holdout" and not with_holdout:
            rows.append(row)  # figures only: the held-out queries stay unseen
            continue
        row["query"] = q.text
        for engine in ENGINES:
            answer = answers[q.id][engine]
            row[engine]["top"] = [f"{ref} ({q.grades.get(ref, 0)})" for ref in answer.ranked]
            row[engine]["missed"] = sorted(set(q.grades) - set(answer.ranked))
            row[engine].update({k: v for k, v in answer.extra.items() if v not in (None, [], "")})
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=Path, default=QUERIES_FILE, help="judged queries (TSV)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out", help="folder for relevance.json")
    parser.add_argument("--with-holdout", action="store_true", help="also list the held-out queries in detail")
    parser.add_argument(
        "--param", action="append", default=[], metavar="K=V", help="extra URL parameter of /suche, e.g. verstehen=0"
    )
    args = parser.parse_args(argv)
    extra_params = dict(item.partition("=")[::2] for item in args.param)

    queries = load_queries(args.queries)
    log(f"{len(queries)} bewertete Suchanfragen aus {args.queries.name}")
    with tempfile.TemporaryDirectory(prefix="relevance-") as folder:
        answers = run(queries, Path(folder), extra_params)
    log("")
    for line in table(queries, answers):
        log(line)
    empty = [f"{q.id} „{q.text}“" for q in queries if q.split == "tune" and answers[q.id]["search"].total == 0]
    log(f"\nOhne Treffer auf /suche (tune): {', '.join(empty) or 'keine'}")
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "relevance.json"
    out.write_text(
        json.dumps(per_query(queries, answers, args.with_holdout), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    log(f"nDCG@{K}: Gewinn 2^Note−1; recall@{K}: gefundene relevante / min({K}, relevante); zero: gar kein Treffer.")
    log(f"Einzelergebnisse: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
