"""Prometheus exposition: the separate `flask metrics` server, reachable only at METRICS_BIND.

Request and search latency and login failures come from the instruments
(catalogue/ops/instruments.py), added up over all processes from the multiprocess folder.
Feed lag, outbox backlog and review queue age are read from the database (and this
machine's index) at scrape time, so they are right however many workers run.
"""

from __future__ import annotations

import socket
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from flask import Flask
from prometheus_client import CollectorRegistry, make_wsgi_app
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

from catalogue.ops.instruments import LOGIN_FAILURES, REQUEST_SECONDS, SEARCH_SECONDS
from catalogue.ops.status import node_status


class DatabaseCollector:
    """Gauges read at scrape time: index feed lag, outbox backlog, review queue."""

    def __init__(self, app: Flask):
        self.app = app

    def collect(self):
        with self.app.app_context():
            status = node_status(self.app)
        yield _gauge("katalog_database_up", "1 if the database answered.", status.database_ok)
        yield _gauge("katalog_search_index_ready", "1 if this machine's index exists and is built.", status.index_ok)
        if status.feed_lag is not None:
            yield _gauge(
                "katalog_search_feed_lag", "Changes in the search feed not yet applied to this index.", status.feed_lag
            )
        if status.outbox_backlog is not None:
            yield _gauge("katalog_mail_outbox_backlog", "Mails queued and not yet sent.", status.outbox_backlog)
        if status.review_queue is not None:
            yield _gauge(
                "katalog_review_queue_size", "Submitted revisions waiting for a decision.", status.review_queue
            )
            yield _gauge(
                "katalog_review_queue_oldest_age_seconds",
                "How long the oldest submitted revision has been waiting (0 when none waits).",
                status.review_queue_age_seconds,
            )


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=float(value))


def metrics_registry(app: Flask, multiprocess_dir: str) -> CollectorRegistry:
    """All processes' counters (multiprocess folder) or this process's, plus the database gauges."""
    registry = CollectorRegistry()
    if multiprocess_dir:
        MultiProcessCollector(registry, path=multiprocess_dir)
    else:
        for collector in (REQUEST_SECONDS, SEARCH_SECONDS, LOGIN_FAILURES):
            registry.register(_Delegate(collector))
    registry.register(DatabaseCollector(app))
    return registry


class _Delegate:
    """Shows a metric of the default registry in another registry without moving it."""

    def __init__(self, metric):
        self.metric = metric

    def collect(self):
        return self.metric.collect()


def parse_bind(bind: str) -> tuple[str, int]:
    """'127.0.0.1:9464' or '[::1]:9464' → (host, port)."""
    host, separator, port = bind.rpartition(":")
    if not separator or not port.isdigit() or not host:
        raise ValueError(f"METRICS_BIND muss die Form Adresse:Port haben, nicht {bind!r}")
    return host.strip("[]"), int(port)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature is the standard library's
        pass  # a scrape every 15 s would flood the log


def metrics_server(app: Flask, bind: str) -> WSGIServer:
    """An HTTP server answering every path with the metrics; call serve_forever() on it."""
    host, port = parse_bind(bind)
    registry = metrics_registry(app, app.config["PROMETHEUS_MULTIPROC_DIR"])
    server_class = _IPv6Server if ":" in host else WSGIServer
    return make_server(host, port, make_wsgi_app(registry), server_class=server_class, handler_class=_QuietHandler)


class _IPv6Server(WSGIServer):
    address_family = socket.AF_INET6
