"""Links in e-mails: absolute addresses built from BASE_URL (the request's host is not trusted),
and the page for a link that does not work (any more)."""

from __future__ import annotations

from flask import render_template

from catalogue.errors import DomainError
from catalogue.public_urls import public_url

_PLACEHOLDER = "TOKEN"


absolute_url = public_url


def token_link_base(endpoint: str) -> str:
    """The absolute address a token is appended to, e.g. https://…/konto/passwort-neu/."""
    return absolute_url(endpoint, token=_PLACEHOLDER).removesuffix(_PLACEHOLDER)


def link_problem(error: DomainError, retry_url: str | None = None, retry_label: str | None = None):
    """A clear page for an invalid, used or expired link from an e-mail."""
    return render_template(
        "accounts/link_problem.html", message=error.message, retry_url=retry_url, retry_label=retry_label
    ), error.status
