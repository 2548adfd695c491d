"""The public embed: `/einbetten/<slug or id>`, a script-free list other sites show in an iframe.

Only this answer may be framed, and only by the origins the office listed for this embed
(CSP frame-ancestors); every other page keeps frame-ancestors 'none'. No cookie is read or
set here (security.SESSIONLESS_PATHS).
"""

from __future__ import annotations

import hashlib
from datetime import UTC

from flask import Blueprint, abort, current_app, make_response, render_template, request, url_for

from catalogue.db import get_session
from catalogue.embed import queries
from catalogue.httpcache import public_content_changed_at
from catalogue.search import searching

bp = Blueprint("embed", __name__, url_prefix="/einbetten")

# No script, form, plugin or base of any kind; the stylesheet and data: images (icons) only.
POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"


def frame_policy(origins: list[str]) -> str:
    """The embed's CSP: 'self' for the office's preview, then the listed origins."""
    ancestors = " ".join(["'self'", *origins])
    return f"{POLICY}; frame-ancestors {ancestors}"


@bp.get("/stil.css")
def stylesheet():
    # Served below /einbetten/ so that even the stylesheet request carries no cookie back.
    return current_app.send_static_file("embed.css")


@bp.get("/<key>")
def show(key: str):
    session = get_session()
    embed = queries.find_embed(session, key)
    if embed is None:
        abort(404)
    params = queries.list_params(embed)
    outcome = searching.search_offers(session, current_app, params, for_people=False)
    body = render_template(
        "embed/show.html",
        embed=embed,
        outcome=outcome,
        search_url=url_for("search.search_page", **params.query_args(page=1)),
    )
    response = make_response(body)
    response.headers["Content-Security-Policy"] = frame_policy(queries.origins_of(session, embed.id))
    return _revalidatable(response, session, embed)


def _revalidatable(response, session, embed):
    """Public caching with ETag (body and framing policy) and Last-Modified; 304 when current."""
    policy = response.headers["Content-Security-Policy"].encode()
    response.set_etag(hashlib.sha256(response.get_data() + policy).hexdigest()[:32])
    changed = embed.updated_at if embed.updated_at.tzinfo else embed.updated_at.replace(tzinfo=UTC)
    response.last_modified = max(public_content_changed_at(session), changed).replace(microsecond=0)
    response.cache_control.public = True
    response.cache_control.max_age = current_app.config["EMBED_CACHE_SECONDS"]
    response.vary.add("Accept-Encoding")
    return response.make_conditional(request)
