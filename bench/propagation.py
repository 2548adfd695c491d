"""Approval-to-searchable time on PostgreSQL: on the approving node and on a second node.

    python bench/propagation.py [--runs 20] [--database-url postgresql+psycopg://…/katalog_bench_nodes]

Creates (or empties) a PostgreSQL database whose name contains "bench", starts two nodes as
in production (tests/nodes.py: per node a gunicorn and its jobs loop, own index folder;
the jobs' periodic sync every 60 s), and approves `runs` submissions one after another
through node A's review page over HTTP, then `runs` more through the service layer in
this process (each series after one warm-up approval that is not counted). From the moment
the approving POST is sent (or the in-process commit returned), one thread per node polls
that node's /api/v1/offers every 25 ms until the offer is found.
Prints the median, 90th percentile and maximum per node, and the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from catalogue import migrate  # noqa: E402
from catalogue.accounts.models import User  # noqa: E402
from catalogue.db import make_engine  # noqa: E402
from catalogue.seeding import seed_reference_data  # noqa: E402
from tests.functional.review.pages import checklist, review_of, start, submit_review  # noqa: E402
from tests.helpers import log_in  # noqa: E402
from tests.integration.review import scenario as s  # noqa: E402
from tests.nodes import HttpClient, shared_engine, start_node  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/katalog_bench_nodes"
SYLLABLES = ("bra", "kel", "mu", "sto", "fin", "dar", "lo", "pex", "ru", "vin")
POLL_SECONDS = 0.025  # each poll is a full API search: poll harder and the pollers slow the nodes


def made_up_word(n: int) -> str:
    """A word no offer text contains, one per run ("Brakelmu…")."""
    return "".join(SYLLABLES[int(digit)] for digit in f"{n + 100:03d}").capitalize() + "quor"


def fresh_database(url: str) -> None:
    if not url.startswith("postgresql") or "bench" not in (make_url(url).database or ""):
        sys.exit("A PostgreSQL database whose name contains 'bench' is needed.")
    admin_url = make_url(url).set(database="postgres").render_as_string(hide_password=False)
    admin = make_engine(admin_url)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        name = make_url(url).database
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    engine = make_engine(url)
    migrate.upgrade(engine)
    with Session(engine) as session:
        seed_reference_data(session)
        session.commit()
    engine.dispose()


def submissions(engine, runs: int):
    """A reviewer and `runs` submitted offers, each with its own made-up word in the title."""
    with Session(engine, expire_on_commit=False) as session:
        provider, organisation = s.provider(session)
        reviewer = s.reviewer(session)
        revisions = [
            s.submitted(session, provider, organisation, title=f"Messlauf {made_up_word(n)}") for n in range(runs)
        ]
        session.commit()
        for row in (reviewer, *revisions):
            session.refresh(row)
    return reviewer, revisions


def time_until_found(node, word: str, offer_id: int, since: float, result: dict, key: str) -> None:
    while offer_id not in node.api_ids(word):
        if time.monotonic() - since > 30:
            result[key] = float("nan")
            return
        time.sleep(POLL_SECONDS)
    result[key] = time.monotonic() - since


def approve_and_watch(engine, office: HttpClient, nodes, reviewer, revision, word: str) -> dict:
    assert start(office, revision.id).status_code == 302
    with Session(engine) as session:
        review = review_of(session, revision.id, reviewer)
        fields = checklist(session, review)
    result: dict[str, float] = {}
    since = time.monotonic()
    with watching(nodes, word, revision.offer_id, since, result):
        response = submit_review(office, review.id, "approve", fields)
        result["request"] = time.monotonic() - since
        assert response.status_code == 302, response.get_data(as_text=True)
    return result


def commit_and_watch(engine, nodes, reviewer_id: int, revision, word: str) -> dict:
    """Approve through the service layer here; time from the commit until each node finds the offer."""
    with Session(engine) as session:
        s.approve(session, session.get(User, reviewer_id), revision.id)
        session.commit()
    result: dict[str, float] = {}
    with watching(nodes, word, revision.offer_id, time.monotonic(), result):
        pass
    return result


@contextmanager
def watching(nodes, word: str, offer_id: int, since: float, result: dict):
    """One thread per node times how long until it finds the offer; the block runs meanwhile."""
    watchers = [
        threading.Thread(target=time_until_found, args=(node, word, offer_id, since, result, node.name))
        for node in nodes
    ]
    for watcher in watchers:
        watcher.start()
    try:
        yield
    finally:
        for watcher in watchers:
            watcher.join()


def summary(label: str, values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
    return (
        f"{label:<44} median {statistics.median(ordered) * 1000:7.1f} ms   "
        f"p90 {p90 * 1000:7.1f} ms   max {ordered[-1] * 1000:7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per node")
    args = parser.parse_args()

    fresh_database(args.database_url)
    engine = shared_engine(args.database_url)
    reviewer, revisions = submissions(engine, 2 * (args.runs + 1))
    over_http, in_process = revisions[: args.runs + 1], revisions[args.runs + 1 :]
    with tempfile.TemporaryDirectory(prefix="propagation-") as tmp:
        nodes = []
        try:
            for name in ("A", "B"):
                print(f"starting node {name} …", flush=True)
                nodes.append(start_node(name, args.database_url, Path(tmp) / name, workers=args.workers))
            office = HttpClient(nodes[0].base_url)
            log_in(office, reviewer)
            results = []
            for n, revision in enumerate(over_http):
                result = approve_and_watch(engine, office, nodes, reviewer, revision, made_up_word(n))
                report(f"approval on A {n}/{args.runs}", n, result)
                results.append(result)
            committed = []
            for n, revision in enumerate(in_process):
                result = commit_and_watch(engine, nodes, reviewer.id, revision, made_up_word(args.runs + 1 + n))
                report(f"approval committed here {n}/{args.runs}", n, result)
                committed.append(result)
        finally:
            for node in nodes:
                node.stop()
    engine.dispose()
    results, committed = results[1:], committed[1:]  # the first ones warmed up templates, readers, connections

    print(
        f"\nApproval to searchable, PostgreSQL, 2 nodes × {args.workers} gunicorn workers, {args.runs} approvals each"
    )
    print("Approved through node A's review page (HTTP), timed from sending the approving POST:")
    print(summary("  approving request (until its 302 answer)", [r["request"] for r in results]))
    print(summary("  same node A (sync after its own commit)", [r["A"] for r in results]))
    print(summary("  other node B (LISTEN/NOTIFY, jobs loop sync)", [r["B"] for r in results]))
    print(summary("  B minus A", [r["B"] - r["A"] for r in results]))
    print("Approved through the service layer in this process, timed from its commit:")
    print(summary("  node A (LISTEN/NOTIFY)", [r["A"] for r in committed]))
    print(summary("  node B (LISTEN/NOTIFY)", [r["B"] for r in committed]))
    print("load average (1, 5, 15 min): " + " ".join(f"{value:.2f}" for value in os.getloadavg()))


def report(label: str, n: int, result: dict) -> None:
    timings = ", ".join(f"{key} {value * 1000:.0f} ms" for key, value in sorted(result.items()))
    print(f"{label}{' (warm-up)' if n == 0 else ''}: {timings}", flush=True)


if __name__ == "__main__":
    main()
