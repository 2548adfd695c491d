"""Requests per second of the public search page, served by gunicorn with 2 workers.

Sets up a throw-away instance (fresh SQLite database, search index) in a temp
folder with the app's own commands — ``db upgrade``, ``catalogue import`` of the
synthetic offers, ``search rebuild`` — starts gunicorn on a free port of
127.0.0.1, and runs a bounded load: ``wrk`` if installed (and wanted), otherwise
Python threads with urllib, both stopping by themselves after the given seconds.
If ``/suche`` answers 404 (not built yet), the start page ``/`` is measured instead.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import quote_plus

import sqlalchemy
from page_work import mb_pairs, page_parts, settled_worker_memory, worker_memory
from synthetic import SyntheticOffer, write_import_file

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the app, for the page parts measured in process

HOST = "127.0.0.1"
# The in-process query mix as URLs; parameter names from catalogue/search/params.py.
# Ten typical searches: broad words, filters, a typo, page 2, newest first.
SEARCH_PATHS = (
    "/suche?q=mobbing",
    "/suche?q=sucht+eltern",
    "/suche?q=workshop+medien+cannabis",
    "/suche?q=suchtberatungsstelle",
    "/suche?q=mobbing+klasse&handlungsfeld=gewalt&klasse=7&kostenfrei=1",
    "/suche?handlungsfeld=sucht&zielgruppe=eltern&max_kosten=100",
    "/suche?q=mobing",
    "/suche?q=sucht+eltern&seite=2",
    "/suche?q=medien&sortierung=neueste",
    "/suche?q=gewalt&klasse=5",
)
FALLBACK_PATHS = ("/", "/?seite=2", "/?seite=10", "/?seite=25")
# The varied mix: this many distinct searches, so that none repeats within a run and
# every page is worked out anew (the kept result areas and pages do not help).
VARIED_COUNT = 2000
_VARIED_FILTERS = ("", "&klasse=5", "&kostenfrei=1", "&handlungsfeld=sucht", "&seite=2", "&sortierung=neueste")


def varied_paths(offers: list[SyntheticOffer], count: int = VARIED_COUNT) -> tuple[str, ...]:
    """One- and two-word searches from the catalogue's own words, with and without filters."""
    from query_bench import new_words  # the same word choice as the in-process "new words"
    from synthetic import documents

    words = [quote_plus(word) for word in new_words(documents(offers[:2000]), 80)]
    texts = words + [f"{a}+{b}" for i, a in enumerate(words) for b in words[i + 1 :]]
    return tuple(f"/suche?q={text}{_VARIED_FILTERS[n % len(_VARIED_FILTERS)]}" for n, text in enumerate(texts[:count]))


@dataclass
class PathStats:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0


@dataclass
class LoadResult:
    target: str  # "/suche" or "/ (fallback: /suche answered 404)"
    client: str  # "python threads (8)" or "wrk -t2 -c8"
    seconds: float
    requests: int
    errors: int
    per_path: dict[str, PathStats]
    p50_ms: float | None
    tail_ms: float | None
    tail_name: str = "p99"
    note: str = ""
    database: str = "SQLite"
    worker_mb: list[tuple[float, float]] = field(default_factory=list)  # (RSS, PSS) per worker
    worker_mb_start: list[tuple[float, float]] = field(default_factory=list)  # the same before the load
    parts: dict[str, tuple[float, float]] = field(default_factory=dict)  # ms per page (typical, varied mix)
    mix: str = "typical (10 URLs)"

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _flask(env: dict, *args: str, log=print) -> str:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"flask {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    log(
        f"  flask {' '.join(args[:2])}: {time.perf_counter() - started:.1f} s"
        + (f" – {lines[-1].strip()}" if lines else "")
    )
    return done.stdout


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _wait_until_up(url: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            _status(url)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


def _python_load(base: str, paths: tuple[str, ...], seconds: float, threads: int) -> tuple[dict, float]:
    """Each thread requests the paths round-robin until the deadline."""
    stats = {path: PathStats() for path in paths}
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        local = {path: PathStats() for path in paths}
        i = offset
        while time.perf_counter() < deadline:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                ok = _status(base + path) == 200
            except OSError:
                ok = False
            local[path].latencies.append(time.perf_counter() - started)
            local[path].errors += not ok
        with lock:
            for path, s in local.items():
                stats[path].latencies += s.latencies
                stats[path].errors += s.errors

    started = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(seconds + 60)
    return stats, time.perf_counter() - started


_WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def _wrk_load(wrk: str, base: str, paths, seconds: float, connections: int, folder: Path) -> dict:
    script = folder / "paths.lua"
    script.write_text(_WRK_SCRIPT % ", ".join(f'"{p}"' for p in paths))
    done = subprocess.run(
        [wrk, "-t2", f"-c{connections}", f"-d{int(seconds)}s", "--latency", "-s", str(script), base],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    out = done.stdout

    def number(pattern: str, default=None):
        m = re.search(pattern, out, re.MULTILINE)
        return m.group(1) if m else default

    def millis(value: str | None) -> float | None:
        if value is None:
            return None
        m = re.match(r"([\d.]+)(us|ms|s)", value)
        return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]

    return {
        "requests": int(number(r"(\d+) requests in", "0")),
        "seconds": float(millis(number(r"requests in ([\d.]+(?:us|ms|s))")) or 0) / 1000 or seconds,
        "errors": int(number(r"Non-2xx or 3xx responses: (\d+)", "0"))
        + sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out)),
        # Anchored: a thread-stats column such as "78.99%" must not pass for the 99th percentile.
        "p50": millis(number(r"^\s*50%\s+(\S+)")),
        "p99": millis(number(r"^\s*99%\s+(\S+)")),
    }


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(
    offers: list[SyntheticOffer],
    *,
    seconds: float = 10,
    concurrency: int = 8,
    client: str = "auto",
    database_url: str | None = None,
    log=print,
) -> list[LoadResult]:
    """Set up the instance, serve it with gunicorn -w 2, measure, tear everything down.
    ``database_url``: a PostgreSQL database to empty and use instead of a fresh SQLite file.
    Returns the typical mix's figures, then the varied mix's."""
    with tempfile.TemporaryDirectory(prefix="bench-http-") as tmp:
        folder = Path(tmp)
        if database_url:
            _empty_database(database_url)
        env = {
            **os.environ,
            "APP_ENV": "development",
            "INSTANCE_PATH": str(folder / "instance"),
            "DATABASE_URL": database_url or f"sqlite:///{folder / 'bench.sqlite3'}",
            "SEARCH_INDEX_DIR": str(folder / "index"),
            "MAIL_OUTBOX_DIR": str(folder / "mail"),
            "PYTHONWARNINGS": "ignore",
        }
        varied = varied_paths(offers)
        import_file = folder / "offers.jsonl"
        write_import_file(import_file, offers, date.today())
        log(f"  import file: {len(offers)} offers, {import_file.stat().st_size / 1e6:.1f} MB")
        _flask(env, "db", "upgrade", log=log)
        _flask(env, "catalogue", "import", str(import_file), log=log)
        _flask(env, "search", "rebuild", log=log)
        port = _free_port()
        base = f"http://{HOST}:{port}"
        with (folder / "gunicorn.log").open("w") as gunicorn_log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--workers",
                    "2",
                    "--bind",
                    f"{HOST}:{port}",
                    "--timeout",
                    "60",
                    "wsgi:app",
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=gunicorn_log,
            )
            try:
                _wait_until_up(base + "/", process)
                database = "PostgreSQL" if database_url else "SQLite"
                at_start = settled_worker_memory(process.pid)
                log(f"  worker memory after start (RSS, PSS MB): {mb_pairs(at_start)}")
                results = []
                for mix, paths in (("typical (10 URLs)", SEARCH_PATHS), (f"varied ({VARIED_COUNT:,} URLs)", varied)):
                    log(f"  the {mix} mix:")
                    result = _measure(base, folder, seconds, concurrency, client, log, paths)
                    result.worker_mb_start = at_start
                    result.worker_mb = worker_memory(process.pid)
                    result.database, result.mix = database, mix
                    log(f"  worker memory after the load (RSS, PSS MB): {mb_pairs(result.worker_mb)}")
                    results.append(result)
                results[0].parts = page_parts(env, SEARCH_PATHS, varied, log=log)
                return results
            finally:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _measure(base: str, folder: Path, seconds: float, concurrency: int, client: str, log, searches) -> LoadResult:
    status = _status(base + searches[0])
    if status == 200:
        paths, target = searches, "/suche"
    else:
        why = "not built yet" if status == 404 else "broken at the time of the run"
        paths, target = FALLBACK_PATHS, f"/ (fallback: /suche answered {status}, {why})"
        if status != 404:
            log(_log_tail(folder / "gunicorn.log"))
    log(f"  GET {searches[0]} → {status}; measuring {target}")
    # Warms both workers: the first ten URLs of the mix (of the varied mix, 10 of 2,000).
    statuses = {path: _status(base + path) for path in paths[:10] for _ in range(4)}
    bad = {p: s for p, s in statuses.items() if s != 200}
    note = f"non-200 while warming up: {bad}" if bad else ""
    wrk = shutil.which("wrk")
    if client == "wrk" and not wrk:
        log("  wrk not installed: using Python threads")
    if wrk and client in ("auto", "wrk"):
        log(f"  load: wrk -t2 -c{concurrency} -d{int(seconds)}s over {len(paths)} URLs …")
        r = _wrk_load(wrk, base, paths, seconds, concurrency, folder)
        return LoadResult(
            target,
            f"wrk -t2 -c{concurrency}",
            r["seconds"],
            r["requests"],
            r["errors"],
            {},
            r["p50"],
            r["p99"],
            "p99",
            note,
        )
    log(f"  load: {concurrency} Python threads for {seconds:g} s over {len(paths)} URLs …")
    stats, elapsed = _python_load(base, paths, seconds, concurrency)
    latencies = [x for s in stats.values() for x in s.latencies]
    return LoadResult(
        target,
        f"python urllib, {concurrency} threads",
        elapsed,
        len(latencies),
        sum(s.errors for s in stats.values()),
        stats,
        _ms(_percentile(latencies, 0.5)),
        _ms(_percentile(latencies, 0.99)),
        "p99",
        note,
    )


def _empty_database(url: str) -> None:
    """Drop and create the (benchmark's own) PostgreSQL database named in ``url``."""
    engine_url = sqlalchemy.engine.make_url(url)
    admin = sqlalchemy.create_engine(engine_url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{engine_url.database}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{engine_url.database}"')
    admin.dispose()


def _log_tail(path: Path, lines: int = 12) -> str:
    text = path.read_text(errors="replace").splitlines() if path.exists() else []
    return "\n".join("    | " + line for line in text[-lines:])


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def per_path_rows(result: LoadResult) -> list[tuple[str, int, float | None, float | None, int]]:
    """(path, requests, p50 ms, p95 ms, errors) per URL (Python client only)."""
    return [
        (path, len(s.latencies), _ms(_percentile(s.latencies, 0.5)), _ms(_percentile(s.latencies, 0.95)), s.errors)
        for path, s in result.per_path.items()
    ]
