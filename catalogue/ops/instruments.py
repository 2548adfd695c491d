"""The metric instruments, counted in every process (gunicorn workers, the jobs process).

With PROMETHEUS_MULTIPROC_DIR set in the environment, prometheus_client keeps their values in
files in that folder, one per process, and `flask metrics` adds them up
(catalogue/ops/exposition.py). This module imports nothing of the application, so every area
may count here.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

from prometheus_client import Counter, Histogram

REQUEST_SECONDS = Histogram(
    "katalog_http_request_duration_seconds",
    "Time to answer a request, by route (Flask endpoint), method and status.",
    ["endpoint", "method", "status"],
)
SEARCH_SECONDS = Histogram(
    "katalog_search_duration_seconds",
    "Time of one search of the live offers (page or API), by where it ran: index or database fallback.",
    ["backend"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
LOGIN_FAILURES = Counter("katalog_login_failures", "Failed logins (wrong password or unknown address).")


def timed_search(search: Callable) -> Callable:
    """Decorator for the search function: observes its duration by backend (index or database)."""

    @functools.wraps(search)
    def wrapped(*args, **kwargs):
        started = time.perf_counter()
        outcome = search(*args, **kwargs)
        backend = "database" if getattr(outcome, "fallback", False) else "index"
        SEARCH_SECONDS.labels(backend=backend).observe(time.perf_counter() - started)
        return outcome

    return wrapped


def observe_request(endpoint: str | None, method: str, status: int, seconds: float) -> None:
    REQUEST_SECONDS.labels(endpoint=endpoint or "none", method=method, status=str(status)).observe(seconds)
