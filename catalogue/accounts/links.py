"""Absolute links for e-mails, built from BASE_URL (the request's host is not trusted)."""
from __future__ import annotations

from flask import current_app, url_for

_PLACEHOLDER = "TOKEN"


def absolute_url(endpoint: str, **values) -> str:
    return current_app.config["BASE_URL"].rstrip("/") + url_for(endpoint, **values)


def token_link_base(endpoint: str) -> str:
    """The absolute address a token is appended to, e.g. https://…/konto/passwort-neu/."""
    return absolute_url(endpoint, token=_PLACEHOLDER).removesuffix(_PLACEHOLDER)
