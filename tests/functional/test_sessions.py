"""Login, logout, session cookies, CSRF and login throttling through real HTTP requests."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from catalogue import create_app
from catalogue.accounts.models import LoginAttempt
from catalogue.audit import AuditAction, AuditEvent
from catalogue.clock import utcnow
from tests.conftest import app_config, aux_url
from tests.factories import PASSWORD, make_user
from tests.helpers import LOGIN, log_in, post_login


def test_login_with_correct_password_opens_the_dashboard(client, csrf, db):
    user = make_user(db, name="Lena Login")
    response = post_login(client, user.email)
    assert response.status_code == 302
    assert "Lena Login" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_login_with_wrong_password_shows_german_error_and_keeps_email(client, csrf, db):
    user = make_user(db)
    response = post_login(client, user.email, "falsches-passwort")
    page = response.get_data(as_text=True)
    assert response.status_code == 401
    assert "E-Mail-Adresse oder Passwort ist falsch." in page
    assert f'value="{user.email}"' in page


def test_login_for_unknown_email_gives_the_same_answer_as_a_wrong_password(client, csrf, db):
    response = post_login(client, "niemand@test.example", "irgendwas-langes")
    assert response.status_code == 401
    assert "E-Mail-Adresse oder Passwort ist falsch." in response.get_data(as_text=True)


def test_login_post_without_csrf_token_is_rejected(client, db):
    user = make_user(db)
    response = client.post(LOGIN, data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 400
    assert "Formular ist abgelaufen" in response.get_data(as_text=True)
    assert client.get("/traeger/").status_code == 302  # still anonymous


def test_logout_without_csrf_token_is_rejected(client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    assert client.post("/konto/abmelden").status_code == 400
    assert client.get("/traeger/").status_code == 200


def test_replayed_session_cookie_is_rejected_after_logout(app, client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    copied = client.get_cookie("session", domain="katalog.test").value
    thief = app.test_client()
    thief.set_cookie("session", copied, domain="katalog.test")
    assert thief.get("/traeger/").status_code == 200  # the copy works while the session lives
    client.post("/konto/abmelden", data={"csrf_token": csrf("/")})
    response = thief.get("/traeger/")
    assert response.status_code == 302
    assert "/konto/anmelden" in response.headers["Location"]


def test_open_redirect_after_login_is_refused(client, csrf, db):
    user = make_user(db)
    response = client.post(
        LOGIN, data={"email": user.email, "password": PASSWORD, "next": "https://evil.example/", "csrf_token": csrf()}
    )
    assert response.headers["Location"].endswith("/traeger/angebote/")  # the start page, not the foreign address


def test_session_cookie_is_httponly_and_samesite(client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    cookie = client.get_cookie("session", domain="katalog.test")
    assert cookie.http_only and cookie.same_site == "Lax"


def test_password_is_stored_as_argon2id_hash(db):
    user = make_user(db)
    assert user.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")


@pytest.fixture(scope="module")
def two_instances(database_url, tmp_path_factory):
    """Two app instances (as two gunicorn workers or machines) on one shared database."""
    url = aux_url(database_url, "throttle", tmp_path_factory)
    apps = [
        create_app(
            {**app_config(url, tmp_path_factory.mktemp(f"i{n}")), "LOGIN_MAX_FAILURES": 5},
            instance_path=str(tmp_path_factory.mktemp(f"inst{n}")),
        )
        for n in (1, 2)
    ]
    yield apps
    for application in apps:
        application.extensions["db_engine"].dispose()


def _register(app, email):
    with app.app_context():
        from catalogue import db

        make_user(db.get_session(), email=email)
        db.commit()


def _attempt(app, email, password):
    client = app.test_client()
    token = client.get(LOGIN).get_data(as_text=True).split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    return client.post(LOGIN, data={"email": email, "password": password, "csrf_token": token})


def test_throttling_holds_across_two_app_instances_sharing_the_database(two_instances):
    first, second = two_instances
    _register(first, "gedrosselt@test.example")
    for app in (first, second, first, second, first):
        assert _attempt(app, "gedrosselt@test.example", "falsch-falsch").status_code == 401
    response = _attempt(second, "gedrosselt@test.example", PASSWORD)
    assert response.status_code == 429
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.get_data(as_text=True)


def test_throttling_lifts_after_the_window_so_nobody_is_locked_out_for_good(two_instances):
    first, second = two_instances
    _register(first, "wieder-frei@test.example")
    for _ in range(5):
        _attempt(first, "wieder-frei@test.example", "falsch-falsch")
    assert _attempt(second, "wieder-frei@test.example", PASSWORD).status_code == 429
    with first.app_context():
        from catalogue import db

        db.get_session().execute(
            update(LoginAttempt)
            .where(LoginAttempt.key.contains("wieder-frei@test.example"))
            .values(attempted_at=utcnow() - timedelta(minutes=16))
        )
        db.commit()
    assert _attempt(second, "wieder-frei@test.example", PASSWORD).status_code == 302


def test_failed_login_of_an_existing_account_is_an_audit_event(client, csrf, db):
    user = make_user(db)
    post_login(client, user.email, "falsches-passwort")
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.LOGIN_FAILED)).all()
    assert [json.loads(event.details)["user_id"] for event in events] == [user.id]
