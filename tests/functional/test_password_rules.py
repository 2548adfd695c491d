"""Weak passwords are refused with the reason next to the field; "Passwort ändern" ends the other sessions."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD, make_user
from tests.functional.org_helpers import link_in, mails_to, post_form, text
from tests.functional.test_registration import confirm, organisation_named, start
from tests.helpers import log_in

CHANGE = "/konto/passwort-aendern"
NEW = "Gruene-Wiese-am-Stadtrand"


def reset_link(client, db, user) -> str:
    post_form(client, "/konto/passwort-vergessen", {"email": user.email})
    return link_in(mails_to(db, user.email)[-1])


@pytest.mark.parametrize(
    "password, reason",
    [
        ("Passwort123!", "sehr verbreitet"),
        ("1234567890", "sehr verbreitet"),
        ("Sch4lke04!!", "sehr verbreitet"),
        ("aaaaaaaaaa", "zu wenigen verschiedenen Zeichen"),
        ("Praeventionskatalog2026", "Namen der Website"),
    ],
)
def test_weak_password_is_refused_in_the_reset_form_with_the_reason_next_to_the_field(client, db, password, reason):
    user = make_user(db)
    response = post_form(client, reset_link(client, db, user), {"password": password, "confirm": password})
    assert response.status_code == 400
    error = text(response).split('id="password-fehler"')[1].split("</p>")[0]
    assert reason in error


def test_own_name_and_email_are_refused_as_password(client, db):
    user = make_user(db, name="Berta Beispielfrau", email="berta.beispielfrau@traeger.example")
    link = reset_link(client, db, user)
    for password in ("BertaBeispielfrau1", "berta.beispielfrau@traeger.example"):
        response = post_form(client, link, {"password": password, "confirm": password})
        assert "Ihrem Namen, Ihrer E-Mail-Adresse" in text(response)


def test_a_long_uncommon_passphrase_is_accepted(client, db):
    user = make_user(db)
    response = post_form(client, reset_link(client, db, user), {"password": NEW, "confirm": NEW})
    assert response.status_code == 302


def test_registration_refuses_the_persons_own_name_as_password(client, db):
    start(client, person_name="Rita Register")
    response = confirm(client, db, password="RitaRegister!", confirm="RitaRegister!")
    assert response.status_code == 400
    assert "Ihrem Namen" in text(response).split('id="password-fehler"')[1].split("</p>")[0]
    assert organisation_named(db, "Jugendhilfe Nord e. V.") is None


def test_change_password_needs_the_current_one(client, db):
    user = make_user(db)
    log_in(client, user)
    response = post_form(client, CHANGE, {"current_password": "falsch-falsch-falsch", "password": NEW, "confirm": NEW})
    assert response.status_code == 400 and 'id="current_password-fehler"' in text(response)


def test_change_password_refuses_a_weak_new_one(client, db):
    user = make_user(db)
    log_in(client, user)
    data = {"current_password": PASSWORD, "password": "Passwort123!", "confirm": "Passwort123!"}
    assert "sehr verbreitet" in text(post_form(client, CHANGE, data))


def test_change_password_ends_every_other_session_but_keeps_this_one(app, client, db):
    user = make_user(db)
    other_device = app.test_client()
    log_in(other_device, user)
    log_in(client, user)
    response = post_form(client, CHANGE, {"current_password": PASSWORD, "password": NEW, "confirm": NEW})
    assert response.status_code == 302
    assert client.get("/konto/").status_code == 200
    assert other_device.get("/konto/").status_code == 302
    fresh = app.test_client()
    log_in(fresh, user, NEW)
