"""Absolute addresses (API, print view, mails) from BASE_URL — never from the request's Host header,
which a client chooses freely."""

from __future__ import annotations

from flask import current_app, url_for


def public_url(endpoint: str, **values) -> str:
    return current_app.config["BASE_URL"].rstrip("/") + url_for(endpoint, **values)


def init_app(app) -> None:
    app.add_template_global(public_url)
