"""Merkliste pages: mark and unmark offers, see, print and share the list.

The list lives in a cookie of the browser (for marking while searching) and in the
share link (`?angebote=3-7-12`); the server keeps nothing about the person. Marking is a
POST with a CSRF token that redirects back, so it works without JavaScript.
"""

from __future__ import annotations

from flask import Blueprint, abort, has_request_context, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField
from wtforms.validators import NumberRange, Optional

from catalogue.clock import today
from catalogue.db import get_session
from catalogue.public_urls import public_url
from catalogue.shortlist import ids as shortlist_ids
from catalogue.shortlist.queries import shortlist_entries

bp = Blueprint("shortlist", __name__, url_prefix="/merkliste")

COOKIE_DAYS = 180


class MarkForm(FlaskForm):
    offer_id = IntegerField(validators=[Optional(), NumberRange(min=1, max=2**31 - 1)])
    angebote = HiddenField()
    next = HiddenField()


def cookie_ids() -> list[int]:
    return shortlist_ids.parse(request.cookies.get(shortlist_ids.COOKIE_NAME))


@bp.app_context_processor
def _marked_offers():
    """`marked` for every page: the offer ids on this browser's list (for the Merken buttons)."""
    ids = cookie_ids() if has_request_context() else []
    return {"marked": set(ids), "shortlist_count": len(ids)}


def _shown_ids() -> tuple[list[int], bool]:
    """The list to show and whether it came from a share link rather than this browser."""
    if shortlist_ids.PARAM in request.args:
        return shortlist_ids.parse(request.args.get(shortlist_ids.PARAM)), True
    return cookie_ids(), False


@bp.get("/")
def show():
    ids, shared = _shown_ids()
    entries = shortlist_entries(get_session(), ids)
    return render_template(
        "shortlist/list.html",
        entries=entries,
        shared=shared,
        own=cookie_ids(),
        ids=ids,
        share_url=public_url("shortlist.show", **{shortlist_ids.PARAM: shortlist_ids.dump(ids)}),
        param=shortlist_ids.PARAM,
        listed=shortlist_ids.dump(ids),
    )


@bp.get("/drucken")
def print_view():
    ids, _ = _shown_ids()
    return render_template(
        "shortlist/print.html",
        entries=shortlist_entries(get_session(), ids),
        today=today(),
        share_url=public_url("shortlist.show", **{shortlist_ids.PARAM: shortlist_ids.dump(ids)}),
    )


@bp.post("/merken")
def mark():
    form = _posted()
    return _store(shortlist_ids.with_offer(cookie_ids(), _offer_id(form)), form.next.data)


@bp.post("/entfernen")
def unmark():
    form = _posted()
    return _store(shortlist_ids.without_offer(cookie_ids(), _offer_id(form)), form.next.data)


@bp.post("/uebernehmen")
def adopt():
    """Make a shared list this browser's own list."""
    form = _posted()
    return _store(shortlist_ids.parse(form.angebote.data), url_for(".show"))


@bp.post("/leeren")
def clear():
    form = _posted()
    return _store([], form.next.data)


def _posted() -> MarkForm:
    form = MarkForm()
    if not form.validate_on_submit():
        abort(400)
    return form


def _offer_id(form: MarkForm) -> int:
    if form.offer_id.data is None:
        abort(400)
    return form.offer_id.data


def _store(ids: list[int], target: str | None):
    response = redirect(_same_site(target))
    if ids:
        response.set_cookie(
            shortlist_ids.COOKIE_NAME,
            shortlist_ids.dump(ids),
            max_age=COOKIE_DAYS * 24 * 3600,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure,
        )
    else:
        response.delete_cookie(shortlist_ids.COOKIE_NAME)
    return response


def _same_site(target: str | None) -> str:
    """Back to the page the button was on; only same-site paths (no //host, no backslash)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for(".show")
