"""Logging in through the real login form, as every functional test does."""

from __future__ import annotations

import re
from datetime import timedelta

import pyotp

from catalogue.clock import utcnow
from tests.conftest import csrf_from
from tests.factories import PASSWORD

LOGIN = "/konto/anmelden"
SECOND_FACTOR = "/konto/zweiter-faktor"


def post_login(client, email: str, password: str = PASSWORD):
    """Submit the login form like a browser (CSRF token from the form page); any outcome."""
    token = csrf_from(client.get(LOGIN).get_data(as_text=True))
    return client.post(LOGIN, data={"email": email, "password": password, "csrf_token": token})


def log_in(client, who, password: str = PASSWORD):
    """Log in a user (or an e-mail address); the login must succeed, with the code if one is needed."""
    response = post_login(client, who if isinstance(who, str) else who.email, password)
    assert response.status_code == 302, response.get_data(as_text=True)
    if response.headers["Location"].endswith(SECOND_FACTOR):
        response = enter_code(client, SECOND_FACTOR, who.totp_secret)
        assert response.status_code == 302, response.get_data(as_text=True)
    return response


def totp_code(secret: str, steps_ahead: int = 0) -> str:
    return pyotp.TOTP(secret).at(utcnow() + timedelta(seconds=30 * steps_ahead))


def enter_code(client, path: str, secret: str, **extra):
    """Post the current code on a code page; the next one if the current was used already (replay)."""
    for steps_ahead in (0, 1):
        token = csrf_from(client.get(path).get_data(as_text=True))
        response = client.post(path, data={"code": totp_code(secret, steps_ahead), "csrf_token": token, **extra})
        if response.status_code != 401:
            return response
    return response


ENROL = "/konto/zweiter-faktor/einrichten"
SECRET_ON_PAGE = re.compile(r'id="totp-secret">([A-Z2-7 ]+)<')


def enrol_from_page(client):
    """Enrol like a person with an authenticator app: read the shown secret, type its code.

    Returns the response (the recovery codes page) and the secret.
    """
    secret = SECRET_ON_PAGE.search(client.get(ENROL).get_data(as_text=True)).group(1).replace(" ", "")
    return enter_code(client, ENROL, secret), secret
