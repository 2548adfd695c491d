"""Public pages: start page with search entry points and the listed offers, accessibility
statement, privacy, imprint."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from catalogue.db import get_session
from catalogue.offers import queries
from catalogue.search.params import MAX_PAGE
from catalogue.search.queries import field_counts

bp = Blueprint("browse", __name__)

PER_PAGE = 20


def page_argument() -> int:
    page = request.args.get("seite", default=1, type=int) or 1
    return min(max(page, 1), MAX_PAGE)


@bp.get("/")
def index():
    session = get_session()
    total = queries.count_live_offers(session)
    pages = max(1, -(-total // PER_PAGE))
    page = min(page_argument(), pages)
    offers = queries.list_live_offers(session, page=page, per_page=PER_PAGE)
    return render_template(
        "browse/index.html", offers=offers, total=total, page=page, pages=pages, fields=field_counts(session)
    )


@bp.get("/barrierefreiheit")
def accessibility():
    return render_template("browse/accessibility.html")


@bp.get("/leichte-sprache")
def easy_language():
    return render_template("browse/easy_language.html")


@bp.get("/datenschutz")
def privacy():
    return render_template("browse/privacy.html")


@bp.get("/impressum")
def imprint():
    return render_template("browse/imprint.html")
