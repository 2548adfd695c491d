"""Login throttling without owner lockout: per account and client, growing delay, a cap that tells the owner."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from catalogue.accounts.models import LoginAttempt
from catalogue.audit import AuditAction, AuditEvent
from tests.factories import make_user
from tests.functional.org_helpers import mails_to, post_form, text
from tests.functional.test_registration import start
from tests.helpers import post_login

WRONG = "falsches-passwort-123"


def client_at(app, address: str):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def fail(client, email: str, times: int) -> None:
    for _ in range(times):
        assert post_login(client, email, WRONG).status_code == 401


def move_attempts_back(db, seconds: int) -> None:
    db.expire_all()
    for attempt in db.scalars(select(LoginAttempt)):
        attempt.attempted_at -= timedelta(seconds=seconds)
    db.flush()


def test_owner_logs_in_from_own_device_while_an_attacker_fails_from_another(app, db):
    owner = make_user(db)
    attacker = client_at(app, "198.51.100.9")
    fail(attacker, owner.email, 5)
    assert post_login(attacker, owner.email).status_code == 429
    assert post_login(client_at(app, "203.0.113.5"), owner.email).status_code == 302


def test_a_client_that_failed_waits_thirty_seconds_instead_of_being_locked(app, db):
    user = make_user(db)
    client = client_at(app, "198.51.100.10")
    fail(client, user.email, 5)
    refused = post_login(client, user.email)
    assert refused.status_code == 429 and "30 Sekunden" in text(refused)
    move_attempts_back(db, 31)
    assert post_login(client, user.email).status_code == 302


def test_the_delay_doubles_with_each_further_failure(app, db):
    user = make_user(db)
    client = client_at(app, "198.51.100.11")
    fail(client, user.email, 5)
    move_attempts_back(db, 31)
    fail(client, user.email, 1)
    assert "60 Sekunden" in text(post_login(client, user.email))


def test_behind_an_unconfigured_proxy_failures_for_other_accounts_do_not_stop_a_correct_login(app, db):
    victim = make_user(db)
    proxy = "10.0.0.1"
    for target in [make_user(db) for _ in range(4)]:
        fail(client_at(app, proxy), target.email, 5)  # 20 failures from the one proxy address
    assert post_login(client_at(app, proxy), make_user(db).email, WRONG).status_code == 401  # and more
    assert post_login(client_at(app, proxy), victim.email).status_code == 302


def test_the_account_cap_slows_every_client_and_tells_the_owner_by_mail(app, db, monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_ACCOUNT_CAP", 3)
    owner = make_user(db)
    for n in range(3):
        fail(client_at(app, f"198.51.100.{20 + n}"), owner.email, 1)
    assert post_login(client_at(app, "203.0.113.99"), owner.email).status_code == 429
    [notice] = mails_to(db, owner.email)
    assert "3 fehlgeschlagene Anmeldeversuche" in notice.body and "/konto/passwort-vergessen" in notice.body
    throttled = db.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.LOGIN_THROTTLED)).all()
    assert len(throttled) == 1


def test_reaching_a_clients_limit_is_an_audit_event(app, db):
    user = make_user(db)
    fail(client_at(app, "198.51.100.30"), user.email, 5)
    assert db.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.LOGIN_THROTTLED)).all()


@pytest.mark.parametrize("proxy_count, warned", [(0, True)])
def test_forwarded_header_without_a_configured_proxy_is_warned_about_once(app, db, caplog, proxy_count, warned):
    app.extensions.pop("proxy_warning_given", None)
    client = app.test_client()
    with caplog.at_level(logging.WARNING, logger="catalogue"):
        client.get("/", headers={"X-Forwarded-For": "203.0.113.1"})
        client.get("/", headers={"X-Forwarded-For": "203.0.113.2"})
    warnings = [record for record in caplog.records if "PROXY_COUNT=0" in record.getMessage()]
    assert len(warnings) == 1


def test_reset_requests_are_limited_per_client_whatever_the_address(app, db, monkeypatch):
    monkeypatch.setitem(app.config, "ACCOUNT_FORMS_PER_HOUR", 3)
    client = client_at(app, "198.51.100.40")
    known = make_user(db)
    for email in (known.email, "niemand@test.example", "auch-niemand@test.example"):
        assert post_form(client, "/konto/passwort-vergessen", {"email": email}).status_code == 302
    refused = post_form(client, "/konto/passwort-vergessen", {"email": known.email})
    assert refused.status_code == 429 and "Zu viele Anfragen" in text(refused)
    assert (
        post_form(client_at(app, "198.51.100.41"), "/konto/passwort-vergessen", {"email": known.email}).status_code
        == 302
    )


def test_registrations_are_limited_per_client_whatever_the_address(app, db, monkeypatch):
    monkeypatch.setitem(app.config, "ACCOUNT_FORMS_PER_HOUR", 2)
    taken = make_user(db)
    client = client_at(app, "198.51.100.42")
    for _ in range(2):
        assert start(client, person_email=taken.email).status_code == 302
    assert start(client, person_email=taken.email).status_code == 429
