"""/healthz and /readyz for load balancers: JSON, public, uncached, without secrets."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify

from catalogue.ops.status import node_status

bp = Blueprint("ops", __name__)


def _uncached(response, status: int):
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/healthz")
def healthz():
    """The process answers; nothing else is checked (no database), so a restart is the only cure."""
    return _uncached(jsonify(status="ok"), 200)


@bp.get("/readyz")
def readyz():
    """Ready for traffic: the database answers and this machine's index is built."""
    status = node_status(current_app._get_current_object())
    body = {
        "status": "ready" if status.ready else "not ready",
        "database": "ok" if status.database_ok else "unreachable",
        "search_index": status.index_state,
        "search_feed_lag": status.feed_lag,
        "mail_outbox_backlog": status.outbox_backlog,
    }
    return _uncached(jsonify(body), 200 if status.ready else 503)
