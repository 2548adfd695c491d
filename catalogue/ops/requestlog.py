"""One log line per request with a request id; text or JSON log format.

The line names the route pattern (`/konto/passwort/<token>`), never the path as requested:
paths can carry tokens and query strings can carry search words or e-mail addresses.
Client addresses are not logged (the privacy page says so).
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from datetime import UTC, datetime

from flask import Flask, g, has_request_context, request

REQUEST_ID_HEADER = "X-Request-ID"
# What a proxy typically sends (nginx $request_id is 32 hex digits, others send UUIDs);
# anything else is replaced so that nobody can write arbitrary text into the log.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{8,64}")
_HANDLER_MARK = "catalogue_ops_handler"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
log = logging.getLogger("catalogue.requests")


def request_id_from(header: str | None) -> str:
    """The caller's request id if it looks like one, otherwise a fresh one."""
    if header and _SANE_REQUEST_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record: the current request's, or "-" outside requests."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line; the request line adds its fields (method, route, status, …)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        entry.update(getattr(record, "request", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def formatter_for(log_format: str) -> logging.Formatter:
    return JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)


def configure_logging(log_format: str) -> None:
    """Our handler on the root logger (stderr), added once per process; its format follows the setting."""
    root = logging.getLogger()
    ours = [handler for handler in root.handlers if getattr(handler, _HANDLER_MARK, False)]
    if not ours:
        if root.handlers:  # someone (a test runner, an embedding server) configured logging already
            for handler in root.handlers:
                _add_filter_once(handler)
            return
        handler = logging.StreamHandler()
        setattr(handler, _HANDLER_MARK, True)
        handler.addFilter(RequestIdFilter())
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        ours = [handler]
    for handler in ours:
        handler.setFormatter(formatter_for(log_format))


def _add_filter_once(handler: logging.Handler) -> None:
    if not any(isinstance(existing, RequestIdFilter) for existing in handler.filters):
        handler.addFilter(RequestIdFilter())


def request_fields(status: int, seconds: float) -> dict:
    """What the request line says: no path as requested, no query string, no address."""
    rule = request.url_rule.rule if request.url_rule is not None else "-"
    return {
        "method": request.method,
        "route": rule,
        "endpoint": request.endpoint or "-",
        "status": status,
        "duration_ms": round(seconds * 1000, 1),
    }


def log_request(fields: dict) -> None:
    message = "{method} {route} {status} {duration_ms} ms".format(**fields)
    log.info(message, extra={"request": fields, "request_id": g.get("request_id", "-")})


def init_request_ids(app: Flask) -> None:
    @app.before_request
    def _take_request_id():
        g.request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER))

    @app.after_request
    def _echo_request_id(response):
        response.headers[REQUEST_ID_HEADER] = g.get("request_id") or request_id_from(None)
        return response
