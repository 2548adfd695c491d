"""JSON API v1: offers (search), one offer, vocabularies. Read-only, public, GET only.

Parameters are those of the search page (see docs/openapi.yaml); unlike the page, the
API answers an unusable parameter with 400 and {"error": {"parameter", "message"}}.
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException

from catalogue.api import serialise
from catalogue.db import get_session
from catalogue.httpcache import make_revalidatable
from catalogue.paths import ROOT
from catalogue.public_urls import public_url
from catalogue.search import queries, searching
from catalogue.search.params import ParamError, parse_args
from catalogue.vocabularies.seed import COST_UNITS, DURATION_UNITS, EVALUATION_KINDS

bp = Blueprint("api", __name__, url_prefix="/api/v1")

# HSDS-style names accepted beside the page's German ones.
ALIASES = {"page": "seite", "per_page": "pro_seite", "query": "q", "search": "q"}
CLOSED_LISTS = {
    "cost_unit": ("Kosten je", COST_UNITS),
    "duration_unit": ("Einheit der Dauer", DURATION_UNITS),
    "evaluation_kind": ("Evaluation", EVALUATION_KINDS),
}


def _error(status: int, message: str, parameter: str | None = None):
    body = {"message": message}
    if parameter is not None:
        body["parameter"] = parameter
    return jsonify({"error": body}), status


@bp.errorhandler(ParamError)
def _bad_parameter(error: ParamError):
    return _error(400, error.message, error.parameter)


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException):
    return _error(error.code or 500, error.description or error.name)


@bp.after_request
def _open_to_all(response):
    response.headers["Access-Control-Allow-Origin"] = "*"
    return make_revalidatable(response, get_session())


@bp.get("/")
def root():
    return jsonify(
        {
            "version": "1",
            "profile": "Präventionskatalog, angelehnt an Open Referral HSDS 3.0",
            "openapi_url": public_url("api.openapi"),
        }
    )


@bp.get("/openapi.yaml")
def openapi():
    text = (ROOT / "docs" / "openapi.yaml").read_text(encoding="utf-8")
    return current_app.response_class(text, mimetype="application/yaml")


@bp.get("/offers")
def offers():
    args = MultiDict([(ALIASES.get(key, key), value) for key, value in request.args.items(multi=True)])
    params, _ = parse_args(args, strict=True)
    outcome = searching.search_offers(get_session(), current_app, params, strict=True, for_people=False)
    return jsonify(serialise.search_response(outcome))


@bp.get("/offers/<int:offer_id>")
def offer(offer_id: int):
    item = queries.live_offer(get_session(), offer_id)
    if item is None:
        return _error(404, "Dieses Angebot gibt es nicht oder es ist derzeit nicht veröffentlicht.")
    return jsonify(serialise.offer_detail(item))


@bp.get("/vocabularies")
def vocabularies():
    options = queries.vocabulary_options(get_session())
    return jsonify(serialise.vocabularies(options, CLOSED_LISTS))


@bp.route("/<path:unknown>")
def not_found(unknown: str):
    return _error(404, "Diesen Endpunkt gibt es nicht. Siehe /api/v1/openapi.yaml.")
