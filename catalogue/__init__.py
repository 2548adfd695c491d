"""Präventionskatalog: the Flask application factory."""

from __future__ import annotations

import logging
import os

from flask import Flask, current_app, request
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter
from werkzeug.sansio.utils import host_is_trusted
from werkzeug.wsgi import get_host

from catalogue import db, errorpages, formatting, mail, public_urls, security, static_files
from catalogue.accounts.views import bp as accounts_bp
from catalogue.api.views import bp as api_bp
from catalogue.browse.views import bp as browse_bp
from catalogue.cli import register_commands
from catalogue.config import load_config
from catalogue.embed.office_views import bp as embed_office_bp
from catalogue.embed.views import bp as embed_bp
from catalogue.feedback.views import bp as feedback_bp
from catalogue.hsds.views import bp as hsds_bp
from catalogue.offer_pages.views import bp as offers_bp
from catalogue.office.views import bp as office_bp
from catalogue.ops import web as ops_web
from catalogue.partners.views import bp as partners_bp
from catalogue.paths import ROOT
from catalogue.providers.invitation_views import bp as invitations_bp
from catalogue.providers.views import bp as providers_bp
from catalogue.reports.views import bp as reports_bp
from catalogue.review.views import bp as review_bp
from catalogue.search.indexing import sync_after_commit
from catalogue.search.office_views import bp as search_office_bp
from catalogue.search.views import bp as search_bp
from catalogue.shortlist.views import bp as shortlist_bp


def create_app(overrides: dict | None = None, instance_path: str | None = None) -> Flask:
    app = Flask(
        __name__,
        instance_path=instance_path or os.environ.get("INSTANCE_PATH") or str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder="static",
    )
    app.config.update(load_config(app.instance_path, overrides))
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # noise on every command

    hosts = [host.strip() for host in (app.config["TRUSTED_HOSTS"] or "").split(",") if host.strip()]
    app.config["TRUSTED_HOSTS"] = None  # checked here with a plain answer, before Flask builds URLs
    if hosts:
        app.wsgi_app = TrustedHostsOnly(app.wsgi_app, hosts)
    # Inside ProxyFix: the host checked is the one the proxy forwarded.
    if app.config["PROXY_COUNT"]:
        hops = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    else:
        app.before_request(_warn_about_an_unconfigured_proxy)

    app.url_map.converters["int"] = DatabaseIdConverter

    db.init_app(app)
    ops_web.init_app(app)  # first: the request id and clock exist before any other hook runs
    security.init_app(app)
    formatting.init_app(app)
    public_urls.init_app(app)
    errorpages.init_app(app)
    static_files.init_app(app)
    _register_blueprints(app)
    _register_after_commit(app)

    register_commands(app)
    return app


def _warn_about_an_unconfigured_proxy() -> None:
    """Once per process: behind a proxy with PROXY_COUNT=0 every client has the proxy's address."""
    if "X-Forwarded-For" in request.headers and not current_app.extensions.get("proxy_warning_given"):
        current_app.extensions["proxy_warning_given"] = True
        logging.getLogger(__name__).warning(
            "X-Forwarded-For kommt an, aber PROXY_COUNT=0: alle Clients erscheinen mit der Adresse des "
            "Proxys (%s); die Anmeldebremse trifft dann alle gemeinsam. Setzen Sie PROXY_COUNT auf die "
            "Zahl der vertrauenswürdigen Proxys.",
            request.remote_addr,
        )


class TrustedHostsOnly:
    """TRUSTED_HOSTS: a request for any other Host header is answered 400 without touching the app."""

    def __init__(self, wsgi_app, hosts: list[str]):
        self.wsgi_app, self.hosts = wsgi_app, hosts

    def __call__(self, environ, start_response):
        if not host_is_trusted(get_host(environ), self.hosts):
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"Unbekannter Host."]
        return self.wsgi_app(environ, start_response)


class DatabaseIdConverter(IntegerConverter):
    """<int:…> in URLs: ids beyond a database integer are simply not found (no overflow)."""

    def __init__(self, url_map, fixed_digits=0, min=None, max=2**31 - 1, signed=False):
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def _register_blueprints(app: Flask) -> None:
    for blueprint in (
        browse_bp,
        accounts_bp,
        invitations_bp,
        providers_bp,
        office_bp,
        offers_bp,
        review_bp,
        search_bp,
        search_office_bp,
        shortlist_bp,
        feedback_bp,
        reports_bp,
        api_bp,
        hsds_bp,
        embed_bp,
        embed_office_bp,
        partners_bp,
    ):
        app.register_blueprint(blueprint)


def _register_after_commit(app: Flask) -> None:
    def deliver_mail(session):
        if not session.info.pop("mail_queued", False):
            return
        if app.config["TESTING"]:
            mail.deliver_pending(session, app.config)
        else:
            # Off the request: the answer must not take longer when a mail was queued
            # (password reset would otherwise tell known addresses from unknown ones).
            mail.deliver_in_background(app)

    def sync_search(session):
        sync_after_commit(app, session)

    app.extensions["after_commit"].extend([deliver_mail, sync_search])
