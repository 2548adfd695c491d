"""What the HTTP benchmark measures besides requests: the memory of each gunicorn worker
(from /proc) and where a search page's time goes (in process, over the same instance)."""

from __future__ import annotations

import importlib
import logging
import os
import re
import time
from pathlib import Path


def worker_memory(master_pid: int) -> list[tuple[float, float]]:
    """(RSS, PSS) in MB of each gunicorn worker (children of the master), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) != master_pid:
                continue
            rollup = (stat.parent / "smaps_rollup").read_text()
        except (OSError, IndexError, ValueError):
            continue
        kb = dict(re.findall(r"^(Rss|Pss):\s+(\d+) kB", rollup, re.MULTILINE))
        found.append((int(kb.get("Rss", 0)) / 1024, int(kb.get("Pss", 0)) / 1024))
    return sorted(found)


def settled_worker_memory(master_pid: int, workers: int = 2, timeout: float = 60) -> list[tuple[float, float]]:
    """worker_memory once all workers are up and their RSS stopped growing (app loaded)."""
    deadline = time.monotonic() + timeout
    last = worker_memory(master_pid)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = worker_memory(master_pid)
        if (
            len(now) >= workers
            and len(now) == len(last)
            and all(abs(a[0] - b[0]) < 1 for a, b in zip(now, last, strict=True))
        ):
            return now
        last = now
    return last


def mb_pairs(pairs: list[tuple[float, float]]) -> str:
    return ", ".join(f"{rss:.0f} / {pss:.0f}" for rss, pss in pairs) or "–"


# Where a search page's time goes: (label, module, attribute) of the functions timed.
PAGE_PARTS = (
    ("search (index)", "catalogue.search.searching", "search"),
    ("  of it facet counts", "search_index.query", "facet_counts"),
    ("  of it snippets", "search_index.query", "_highlights"),
    ("DB: state of the page's offers", "catalogue.search.queries", "live_stamps"),
    ("DB: vocabularies", "catalogue.search.queries", "vocabulary_options"),
    ("DB: offers of the page (area not kept)", "catalogue.search.queries", "live_offers_by_ids"),
    ("result area rendered (not kept)", "catalogue.search.views", "_render_area"),
    ("templates (page, and area if rendered)", "catalogue.search.views", "render_template"),
)


def page_parts(
    env: dict, typical: tuple[str, ...], varied: tuple[str, ...], runs: int = 20, log=print
) -> dict[str, tuple[float, float]]:
    """Mean ms per ``/suche`` request of each part in PAGE_PARTS, measured in this process
    with Flask's test client over the same instance: (typical mix, ``runs`` rounds after a
    warm-up round; first 200 URLs of the varied mix, once each)."""
    os.environ.update(env)
    # Imported here, not at the top: the in-process benchmark should not carry the app's memory.
    app = importlib.import_module("catalogue").create_app()
    logging.getLogger("catalogue.requests").setLevel(logging.WARNING)  # one line per request is noise
    spent = {label: 0.0 for label, _, _ in PAGE_PARTS}
    for label, module_name, name in PAGE_PARTS:
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), spent, label))
    client = app.test_client()
    columns = []
    for paths, rounds in ((typical, runs), (varied[:200], 1)):
        for path in typical:  # warm-up
            client.get(path)
        for key in spent:
            spent[key] = 0.0
        started = time.perf_counter()
        for _ in range(rounds):
            for path in paths:
                client.get(path)
        count = rounds * len(paths)
        columns.append({"whole request (test client)": (time.perf_counter() - started) * 1000 / count})
        columns[-1].update({label: ms / count for label, ms in spent.items()})
    parts = {key: (columns[0][key], columns[1][key]) for key in columns[0]}
    log(
        "  page parts (ms per request, typical / varied): "
        + ", ".join(f"{k.strip()} {a:.2f} / {b:.2f}" for k, (a, b) in parts.items())
    )
    return parts


def _timed(function, spent: dict, label: str):
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += (time.perf_counter() - started) * 1000

    return wrapper
