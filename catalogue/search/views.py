"""Public search page, offer detail and print view, provider pages; office synonyms page."""

from __future__ import annotations

import re
from functools import partial

from flask import Blueprint, abort, current_app, render_template, request
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup

from catalogue.db import get_session
from catalogue.feedback.qr import qr_svg
from catalogue.feedback.queries import approved_comments, public_summary
from catalogue.public_urls import public_url
from catalogue.search import display, misses, page_cache, queries, searching, understanding
from catalogue.search.params import CODE_PARAMS, SORT_LABELS, SORT_PARAM, parse_args

bp = Blueprint("search", __name__)
display.register(bp)

# Crawlers announce themselves; their visits say nothing about demand.
ROBOTS = re.compile(r"bot|crawl|spider|slurp|preview", re.IGNORECASE)

# Shown as option groups on the page (Präventionsebene stays an URL/API filter only).
PAGE_FILTERS = tuple(p for p in CODE_PARAMS if p.page_filter)


@bp.get("/suche")
def search_page():
    params, notices = parse_args(request.args)
    outcome = searching.search_offers(get_session(), current_app, params, notices=notices)
    key = page_cache.area_key(outcome, request.full_path, _marked())
    area = page_cache.rendered_area(_areas(), key, outcome.found, generate_csrf, partial(_render_area, outcome))
    # `outcome` too, unused by the template: the relevance benchmark reads it from the rendering.
    return render_template("search/search.html", area=Markup(area), params=outcome.params, outcome=outcome)


def _render_area(outcome: searching.SearchOutcome, token) -> str:
    return render_template(
        "search/_search_area.html",
        csrf_token=token,
        outcome=outcome,
        params=outcome.params,
        filters=PAGE_FILTERS,
        sort_labels=SORT_LABELS,
        sort_param=SORT_PARAM,
        filter_label=searching.filter_label,
        removal_args=understanding.removal_args,
        plain_text_args=understanding.plain_text_args,
    )


def _areas() -> page_cache.AreaCache:
    return current_app.extensions.setdefault("search_areas", page_cache.AreaCache())


def _marked() -> set[int]:
    """The offer ids on the visitor's Merkliste, as every template sees them."""
    context: dict = {}
    current_app.update_template_context(context)
    return context.get("marked", set())


@bp.get("/angebote/<int:offer_id>")
def offer_detail(offer_id: int):
    item = _live_or_404(offer_id)
    session, config = get_session(), current_app.config
    if request.method == "GET" and not ROBOTS.search(request.user_agent.string or ""):
        misses.record_view(session, offer_id)
    return render_template(
        "search/offer.html",
        item=item,
        feedback=public_summary(session, offer_id, min_count=config["FEEDBACK_MIN_COUNT"]),
        comments=approved_comments(session, offer_id) if config["FEEDBACK_PUBLIC_COMMENTS"] else [],
    )


@bp.get("/angebote/<int:offer_id>/drucken")
def offer_print(offer_id: int):
    item = _live_or_404(offer_id)
    feedback_url = public_url("feedback.give", offer_id=offer_id)
    return render_template(
        "search/offer_print.html",
        item=item,
        feedback_url=feedback_url,
        feedback_qr=qr_svg(feedback_url, "QR-Code zum Rückmeldeformular für dieses Angebot"),
    )


@bp.get("/traeger-profil/<slug>")
def provider(slug: str):
    page = queries.provider_page(get_session(), slug)
    if page is None:
        abort(404)
    return render_template("search/provider.html", page=page)


def _live_or_404(offer_id: int):
    item = queries.live_offer(get_session(), offer_id)
    if item is None:
        abort(404)
    return item
