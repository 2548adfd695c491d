"""Validators and caching headers for the public read-only APIs (/api/v1, /api/hsds/v3).

ETag: a hash of the body, so it is exact whatever changed. Last-Modified: when public
content last changed, i.e. the newest entry of the search change feed, but never before
today's local midnight, because a seal that ends today hides its offer at midnight
without anyone writing a row. Conditional GETs (If-None-Match / If-Modified-Since)
answer 304 without a body.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from flask import Response, current_app, request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.changefeed import SearchChange
from catalogue.clock import LOCAL_TIME, today


def public_content_changed_at(session: Session) -> datetime:
    latest = session.scalar(select(func.max(SearchChange.created_at)))
    midnight = datetime.combine(today(), time(0), tzinfo=LOCAL_TIME).astimezone(UTC)
    if latest is None:
        return midnight
    latest = latest if latest.tzinfo else latest.replace(tzinfo=UTC)
    return max(latest, midnight)


def make_revalidatable(response: Response, session: Session) -> Response:
    """For an after_request hook: headers on successful GETs, 304 when the client is current."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200 or response.direct_passthrough:
        return response
    if "Set-Cookie" in response.headers:
        response.cache_control.private = True  # a session cookie must never reach a shared cache
    else:
        response.cache_control.public = True
    response.cache_control.max_age = current_app.config["API_CACHE_SECONDS"]
    response.vary.add("Accept-Encoding")
    response.add_etag()
    response.last_modified = public_content_changed_at(session).replace(microsecond=0)
    return response.make_conditional(request)
