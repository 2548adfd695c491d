"""The HSDS 3.0 API, read-only and public: /api/hsds/v3/ (see docs/hsds-profile.md).

Paths and envelopes as in the official HSDS OpenAPI description; the description of
this profile (parameters we take, bounds) is docs/hsds-openapi.json, served here too.
"""

from __future__ import annotations

import json
from math import ceil

from flask import Blueprint, current_app, jsonify, request

from catalogue.db import get_session
from catalogue.hsds import mapping, queries
from catalogue.hsds import taxonomies as hsds_taxonomies
from catalogue.hsds.ids import Links, taxonomy_id
from catalogue.hsds.params import HsdsParamError, full_arg, page_args, service_filters, text_arg
from catalogue.httpcache import make_revalidatable
from catalogue.paths import ROOT
from catalogue.policy import current_policy

bp = Blueprint("hsds", __name__, url_prefix="/api/hsds/v3")
DOCS = ROOT / "docs"
ALL_SERVICES = 10_000


def _links() -> Links:
    return Links(current_policy().base_url, current_app.config["REGION_STATE"])


def _error(status: int, message: str):
    return jsonify({"error": {"status": status, "message": message}}), status


@bp.errorhandler(HsdsParamError)
def _bad_parameter(error: HsdsParamError):
    return jsonify({"error": {"status": 400, "parameter": error.parameter, "message": error.message}}), 400


@bp.after_request
def _public_and_cacheable(response):
    response.headers["Access-Control-Allow-Origin"] = "*"
    return make_revalidatable(response, get_session())


def _paged(page: queries.Page, contents: list[dict]):
    total_pages = ceil(page.total / page.per_page) if page.total else 0
    return jsonify(
        {
            "total_items": page.total,
            "total_pages": total_pages,
            "page_number": page.page,
            "size": len(contents),
            "first_page": page.page == 1,
            "last_page": page.page >= total_pages,
            "empty": not contents,
            "contents": contents,
        }
    )


def _paged_list(found: list[dict], page: int, per_page: int):
    """A page of a list built in memory (the vocabularies: a few hundred entries)."""
    start = (page - 1) * per_page
    return _paged(queries.Page(found, len(found), page, per_page), found[start : start + per_page])


def _not_found(what: str):
    return _error(404, f"{what} gibt es nicht oder nicht mehr öffentlich.")


@bp.get("/")
def root():
    links = _links()
    return jsonify(
        {"version": mapping.HSDS_VERSION, "profile": links.api("/profile"), "openapi_url": links.api("/openapi.json")}
    )


@bp.get("/openapi.json")
def openapi():
    description = json.loads((DOCS / "hsds-openapi.json").read_text(encoding="utf-8"))
    description["servers"] = [{"url": _links().api("")}]
    return jsonify(description)


@bp.get("/profile")
def profile():
    text = (DOCS / "hsds-profile.md").read_text(encoding="utf-8")
    return current_app.response_class(text, mimetype="text/markdown")


@bp.get("/services")
def services():
    page, per_page = page_args(request.args)
    session = get_session()
    filters = service_filters(request.args, queries.all_terms(session))
    full = full_arg(request.args)
    found = queries.services_page(session, filters, page=page, per_page=per_page, full=full)
    render = mapping.service_full if full else mapping.service_summary
    email = current_policy().office_email
    return _paged(found, [render(record, _links(), office_email=email) for record in found.items])


@bp.get("/services/<service_id>")
def service(service_id: str):
    record = queries.service(get_session(), service_id)
    if record is None:
        return _not_found("Dieses Angebot")
    return jsonify(mapping.service_full(record, _links(), office_email=current_policy().office_email))


@bp.get("/organizations")
def organizations():
    page, per_page = page_args(request.args)
    found = queries.organizations_page(get_session(), text=text_arg(request.args), page=page, per_page=per_page)
    links = _links()
    return _paged(found, [mapping.organization_summary(org, links) for org in found.items])


@bp.get("/organizations/<organization_id>")
def organization(organization_id: str):
    session = get_session()
    found = queries.organization(session, organization_id)
    if found is None:
        return _not_found("Diesen Träger")
    org, contacts, districts = found
    links = _links()
    record = mapping.organization_full(org, contacts, districts, links)
    # All its services, as one-to-one records (a provider has a few dozen at most).
    own = queries.services_page(
        session, queries.ServiceFilters(organization_id=org.public_id), page=1, per_page=ALL_SERVICES
    )
    email = current_policy().office_email
    record["services"] = [mapping.service_summary(item, links, office_email=email) for item in own.items]
    for item in record["services"]:
        item.pop("organization", None)
    return jsonify(record)


def _taxonomies(text: str) -> list[dict]:
    links = _links()
    found = [hsds_taxonomies.taxonomy(name, links) for name in hsds_taxonomies.taxonomy_names()]
    return [t for t in found if text.lower() in t["name"].lower()] if text else found


@bp.get("/taxonomies")
def taxonomies():
    page, per_page = page_args(request.args)
    return _paged_list(_taxonomies(text_arg(request.args)), page, per_page)


@bp.get("/taxonomies/<taxonomy_uuid>")
def taxonomy(taxonomy_uuid: str):
    for name in hsds_taxonomies.taxonomy_names():
        if taxonomy_id(name) == taxonomy_uuid:
            return jsonify(hsds_taxonomies.taxonomy(name, _links()))
    return _not_found("Diese Taxonomie")


def _terms() -> list[dict]:
    links = _links()
    terms = [
        hsds_taxonomies.taxonomy_term(term.vocabulary, term.code, term.label, links)
        for term in queries.all_terms(get_session())
        if term.vocabulary in hsds_taxonomies.taxonomy_names()
    ]
    return terms + hsds_taxonomies.fact_terms(links)


@bp.get("/taxonomy_terms")
def taxonomy_terms():
    page, per_page = page_args(request.args)
    text = text_arg(request.args).lower()
    wanted_taxonomy = request.args.get("taxonomy_id")
    found = [
        term
        for term in _terms()
        if (not text or text in term["name"].lower() or text in term["code"].lower())
        and (wanted_taxonomy is None or term["taxonomy_id"] == wanted_taxonomy)
        and not request.args.get("parent_id")  # the vocabularies are flat: no term has a parent
    ]
    return _paged_list(found, page, per_page)


@bp.get("/taxonomy_terms/<term_uuid>")
def taxonomy_term(term_uuid: str):
    for term in _terms():
        if term["id"] == term_uuid:
            return jsonify(term)
    return _not_found("Diesen Begriff")


@bp.route("/<path:unknown>")
def unknown_path(unknown: str):
    return _error(404, "Diesen Endpunkt gibt es nicht. Siehe /api/hsds/v3/openapi.json.")
