"""Every route is either on the explicit public list or requires login."""

from __future__ import annotations

import pytest
from werkzeug.routing import IntegerConverter, PathConverter

# Pages anybody may open without an account. Adding a route here is a decision.
PUBLIC_ENDPOINTS = {
    "static",
    "browse.index",
    "browse.accessibility",
    "browse.easy_language",
    "browse.privacy",
    "browse.imprint",
    "accounts.login",
    "accounts.logout",
    "accounts.reset_request",
    "accounts.reset_password",
    "invitations.accept_invitation",
    "providers.register",
    "providers.confirm_registration",
    "search.search_page",
    "search.offer_detail",
    "search.offer_print",
    "search.provider",
    "partners.offer_detail",
    "shortlist.show",
    "shortlist.print_view",
    "shortlist.mark",
    "shortlist.unmark",
    "shortlist.adopt",
    "shortlist.clear",
    "feedback.give",
    "feedback.thanks",
    "api.root",
    "api.openapi",
    "api.offers",
    "api.offer",
    "api.vocabularies",
    "api.not_found",
    "hsds.root",
    "hsds.openapi",
    "hsds.profile",
    "hsds.services",
    "hsds.service",
    "hsds.organizations",
    "hsds.organization",
    "hsds.taxonomies",
    "hsds.taxonomy",
    "hsds.taxonomy_terms",
    "hsds.taxonomy_term",
    "hsds.unknown_path",
    "embed.show",
    "embed.stylesheet",
    "ops.healthz",
    "ops.readyz",
}
DUMMY_ARGUMENTS = {"int": 1, "default": "beispiel", "path": "style.css"}


def _routes(app):
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods & {"GET", "POST"}):
            arguments = {
                name: DUMMY_ARGUMENTS[
                    "int"
                    if isinstance(conv, IntegerConverter)
                    else "path"
                    if isinstance(conv, PathConverter)
                    else "default"
                ]
                for name, conv in rule._converters.items()
            }
            yield rule.endpoint, method, arguments


def _all_routes():
    import tempfile

    from catalogue import create_app

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"APP_ENV": "testing", "SECRET_KEY": "x" * 40, "DATABASE_URL": "sqlite://"}, instance_path=tmp)
        routes = list(_routes(app))
        app.extensions["db_engine"].dispose()
    return routes


ROUTES = _all_routes()


def test_route_table_is_not_empty():
    assert len(ROUTES) > 10


@pytest.mark.parametrize("endpoint, method, arguments", ROUTES, ids=[f"{m} {e}" for e, m, _ in ROUTES])
def test_route_is_public_or_requires_login(app, client, csrf, endpoint, method, arguments):
    with app.test_request_context():
        from flask import url_for

        url = url_for(endpoint, **arguments)
    if method == "GET":
        response = client.get(url)
    else:
        response = client.post(url, data={"csrf_token": csrf()})
    response.close()  # static files stream from an open file
    if endpoint in PUBLIC_ENDPOINTS:
        # /readyz answers 503 by design while this test's fresh index folder is still empty.
        assert response.status_code < 500 or (endpoint, response.status_code) == ("ops.readyz", 503)
        assert "/konto/anmelden" not in response.headers.get("Location", "") or endpoint == "accounts.login"
    else:
        assert response.status_code == 302, f"{method} {url} answered {response.status_code} without login"
        assert "/konto/anmelden" in response.headers["Location"]
