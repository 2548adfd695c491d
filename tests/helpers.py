"""Logging in through the real login form, as every functional test does."""

from __future__ import annotations

from tests.conftest import csrf_from
from tests.factories import PASSWORD

LOGIN = "/konto/anmelden"


def post_login(client, email: str, password: str = PASSWORD):
    """Submit the login form like a browser (CSRF token from the form page); any outcome."""
    token = csrf_from(client.get(LOGIN).get_data(as_text=True))
    return client.post(LOGIN, data={"email": email, "password": password, "csrf_token": token})


def log_in(client, who, password: str = PASSWORD):
    """Log in a user (or an e-mail address); the login must succeed."""
    response = post_login(client, who if isinstance(who, str) else who.email, password)
    assert response.status_code == 302, response.get_data(as_text=True)
    return response
