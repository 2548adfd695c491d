"""Operations figures: backup and restore time and size, /readyz and metrics scrape time.

    .venv/bin/python bench/ops_bench.py [--offers 2000] [--database postgresql+psycopg://…/katalog_bench]

Builds a catalogue of synthetic offers (SQLite in a temporary folder, or the given PostgreSQL
database, which is emptied), then times `db backup`, `db restore` into a fresh database,
`search rebuild`, and in-process /readyz and metrics scrapes. Prints progress and the load average.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from prometheus_client import generate_latest
from sqlalchemy import text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.http_load import _flask  # noqa: E402
from bench.synthetic import generate, write_import_file  # noqa: E402
from catalogue import create_app, db  # noqa: E402
from catalogue.db import make_engine  # noqa: E402
from catalogue.ops.backup import backup_database, restore_database  # noqa: E402
from catalogue.ops.exposition import metrics_registry  # noqa: E402
from catalogue.search.indexing import open_index, rebuild_index  # noqa: E402


def log(message: str) -> None:
    print(message, flush=True)


def _empty_postgres(url: str) -> None:
    parsed = make_url(url)
    admin = make_engine(parsed.set(database="postgres").render_as_string(hide_password=False))
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}"'))
        connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()


def _seconds(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _median_ms(action, rounds: int = 50) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--offers", type=int, default=2000)
    parser.add_argument("--database", help="PostgreSQL URL (emptied, and a second one with suffix _restored)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ops-") as tmp:
        folder = Path(tmp)
        source = arguments.database or f"sqlite:///{folder / 'source.sqlite3'}"
        target = f"{source}_restored" if arguments.database else f"sqlite:///{folder / 'restored.sqlite3'}"
        for url in (source, target):
            if url.startswith("postgresql"):
                _empty_postgres(url)
        env = {**os.environ, "APP_ENV": "development", "INSTANCE_PATH": str(folder / "instance")}
        env.update(SEARCH_INDEX_DIR=str(folder / "index"), PYTHONWARNINGS="ignore", DATABASE_URL=source)
        log(f"building {arguments.offers} synthetic offers on {make_url(source).get_backend_name()} …")
        write_import_file(folder / "offers.jsonl", generate(arguments.offers, seed=7), date.today())
        _flask(env, "db", "upgrade", log=log)
        _flask(env, "catalogue", "import", str(folder / "offers.jsonl"), log=log)
        logging.getLogger("catalogue.requests").setLevel(logging.WARNING)
        apps = [
            create_app({"DATABASE_URL": url, "SEARCH_INDEX_DIR": str(folder / name)}, str(folder / f"i-{name}"))
            for url, name in ((source, "index-source"), (target, "index-target"))
        ]
        backup = folder / "katalog.backup"
        backup_s = _seconds(lambda: backup_database(apps[0].extensions["db_engine"], backup, log))
        restore_s = _seconds(
            lambda: restore_database(apps[1].extensions["db_engine"], backup, force=False, progress=log)
        )
        with apps[1].app_context():
            rebuild_s = _seconds(lambda: rebuild_index(db.get_session(), open_index(apps[1])))
        client = apps[1].test_client()
        readyz_ms = _median_ms(lambda: client.get("/readyz"))
        registry = metrics_registry(apps[1], "")
        scrape_ms = _median_ms(lambda: generate_latest(registry))
        for app in apps:
            app.extensions["db_engine"].dispose()
        load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
        log("")
        log("| offers | database | backup | backup size | restore | search rebuild | /readyz p50 | scrape p50 | load |")
        log("|---|---|---|---|---|---|---|---|---|")
        log(
            f"| {arguments.offers} | {make_url(source).get_backend_name()} | {backup_s:.1f} s "
            f"| {backup.stat().st_size / 1e6:.1f} MB | {restore_s:.1f} s | {rebuild_s:.1f} s "
            f"| {readyz_ms:.1f} ms | {scrape_ms:.1f} ms | {load} |"
        )
        log("(backup, restore, rebuild: in process, without the command's start-up)")


if __name__ == "__main__":
    main()
