"""Hooks on the web app: request id, the request log line and request metrics; the health routes."""

from __future__ import annotations

import time

from flask import Flask, g, request

from catalogue.ops import instruments, requestlog
from catalogue.ops.views import bp


def init_app(app: Flask) -> None:
    requestlog.configure_logging(app.config["LOG_FORMAT"])
    requestlog.init_request_ids(app)

    @app.before_request
    def _start_clock():
        g.request_started = time.perf_counter()

    @app.after_request
    def _log_and_count(response):
        seconds = time.perf_counter() - g.get("request_started", time.perf_counter())
        instruments.observe_request(request.endpoint, request.method, response.status_code, seconds)
        requestlog.log_request(requestlog.request_fields(response.status_code, seconds))
        return response

    app.register_blueprint(bp)
