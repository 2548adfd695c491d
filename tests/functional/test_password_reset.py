"""Password reset through the e-mailed single-use link."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import select, update

from catalogue.accounts.models import LoginAttempt, PasswordResetToken
from catalogue.clock import utcnow
from tests.conftest import csrf_from
from tests.factories import PASSWORD, make_user
from tests.functional.org_helpers import link_in, mails_to, post_form, text
from tests.helpers import log_in

REQUEST = "/konto/passwort-vergessen"
NEW_PASSWORD = "ein-ganz-neues-passwort"


def request_reset(client, email):
    return post_form(client, REQUEST, {"email": email})


def reset_link(client, db, user) -> str:
    request_reset(client, user.email)
    return link_in(mails_to(db, user.email)[-1])


def set_new_password(client, link, password=NEW_PASSWORD, confirm=None):
    return post_form(client, link, {"password": password, "confirm": confirm or password})


def test_reset_request_page_is_public_and_german(client):
    response = client.get(REQUEST)
    assert response.status_code == 200
    assert "Passwort vergessen" in text(response)


def test_known_and_unknown_email_get_the_same_answer(client, db):
    user = make_user(db)
    known = request_reset(client, user.email)
    known_page = text(client.get(known.headers["Location"]))
    unknown = request_reset(client, "niemand@test.example")
    unknown_page = text(client.get(unknown.headers["Location"]))
    assert (known.status_code, known.headers["Location"]) == (unknown.status_code, unknown.headers["Location"])
    assert "Wenn zu dieser Adresse ein Konto besteht" in known_page
    assert "Wenn zu dieser Adresse ein Konto besteht" in unknown_page


def test_unknown_email_gets_no_mail_and_no_token(client, db):
    request_reset(client, "niemand@test.example")
    assert mails_to(db, "niemand@test.example") == []
    assert db.scalars(select(PasswordResetToken)).all() == []


def test_reset_mail_link_carries_a_token_of_which_only_the_hash_is_stored(client, db):
    user = make_user(db)
    link = reset_link(client, db, user)
    token = link.rsplit("/", 1)[1]
    stored = db.scalars(select(PasswordResetToken).where(PasswordResetToken.user_id == user.id)).one()
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in stored.token_hash


def test_reset_token_expires_after_the_configured_hours(app, client, db):
    user = make_user(db)
    reset_link(client, db, user)
    stored = db.scalars(select(PasswordResetToken).where(PasswordResetToken.user_id == user.id)).one()
    expected = utcnow() + timedelta(hours=app.config["RESET_TOKEN_HOURS"])
    assert abs(stored.expires_at - expected) < timedelta(minutes=1)


def test_new_password_from_link_allows_login(client, db):
    user = make_user(db)
    response = set_new_password(client, reset_link(client, db, user))
    assert response.status_code == 302 and response.headers["Location"].endswith("/konto/anmelden")
    assert "Ihr Passwort wurde geändert" in text(client.get(response.headers["Location"]))
    log_in(client, user, NEW_PASSWORD)


def test_old_password_no_longer_works_after_reset(client, db):
    user = make_user(db)
    set_new_password(client, reset_link(client, db, user))
    response = post_form(client, "/konto/anmelden", {"email": user.email, "password": PASSWORD})
    assert response.status_code == 401


def test_reset_link_works_only_once(client, db):
    user = make_user(db)
    link = reset_link(client, db, user)
    set_new_password(client, link)
    response = client.get(link)
    assert response.status_code == 410
    assert "bereits verwendet" in text(response)


def test_expired_reset_link_shows_a_clear_message(client, db):
    user = make_user(db)
    link = reset_link(client, db, user)
    db.execute(update(PasswordResetToken).values(expires_at=utcnow() - timedelta(minutes=1)))
    response = client.get(link)
    assert response.status_code == 410
    assert "Dieser Link ist abgelaufen." in text(response)
    assert "Neuen Link anfordern" in text(response)


def test_expired_reset_link_does_not_change_the_password(client, db):
    user = make_user(db)
    link = reset_link(client, db, user)
    form_page = client.get(link)  # opened while the link was still valid
    db.execute(update(PasswordResetToken).values(expires_at=utcnow() - timedelta(minutes=1)))
    response = client.post(
        link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD, "csrf_token": csrf_from(text(form_page))}
    )
    assert response.status_code == 410
    log_in(client, user, PASSWORD)


def test_unknown_reset_token_gives_400_not_500(client):
    response = client.get("/konto/passwort-neu/gibt-es-nicht")
    assert response.status_code == 400
    assert "Dieser Link ist ungültig" in text(response)


def test_reset_ends_the_accounts_other_sessions(app, client, db):
    user = make_user(db)
    other_device = app.test_client()
    log_in(other_device, user)
    assert other_device.get("/traeger/").status_code == 200
    set_new_password(client, reset_link(client, db, user))
    response = other_device.get("/traeger/")
    assert response.status_code == 302 and "/konto/anmelden" in response.headers["Location"]


def test_using_one_link_invalidates_the_accounts_other_open_links(client, db):
    user = make_user(db)
    first = reset_link(client, db, user)
    second = reset_link(client, db, user)
    set_new_password(client, second)
    assert client.get(first).status_code == 410


def test_mismatched_repeat_shows_error_and_keeps_the_link_usable(client, db):
    user = make_user(db)
    link = reset_link(client, db, user)
    response = set_new_password(client, link, NEW_PASSWORD, "etwas-ganz-anderes")
    assert response.status_code == 200
    assert "Die Passwörter stimmen nicht überein." in text(response)
    assert client.get(link).status_code == 200


def test_too_short_new_password_is_refused_next_to_the_field(client, db):
    user = make_user(db)
    response = set_new_password(client, reset_link(client, db, user), "kurz")
    assert 'id="password-fehler"' in text(response)
    assert "mindestens 10 Zeichen" in text(response)


def test_reset_lifts_the_login_throttle_of_the_account(client, db):
    user = make_user(db)
    client_key = f"pair:{user.email}|127.0.0.1"  # this client failed five times for the account
    db.add_all(LoginAttempt(key=key) for key in (client_key, f"email:{user.email}") for _ in range(5))
    db.flush()
    assert post_form(client, "/konto/anmelden", {"email": user.email, "password": PASSWORD}).status_code == 429
    set_new_password(client, reset_link(client, db, user))
    log_in(client, user, NEW_PASSWORD)


def test_repeated_requests_send_at_most_three_open_links(client, db):
    user = make_user(db)
    for _ in range(5):
        request_reset(client, user.email)
    assert len(mails_to(db, user.email)) == 3
