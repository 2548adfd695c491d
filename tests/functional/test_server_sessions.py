"""Server-side sessions: one row per login, idle timeout and absolute limit, devices on the account page."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from catalogue.accounts.models import UserSession
from catalogue.audit import AuditAction, AuditEvent
from catalogue.clock import utcnow
from tests.factories import make_user
from tests.functional.org_helpers import post_form, text
from tests.helpers import log_in

ACCOUNT = "/konto/"
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"


def sessions_of(db, user):
    db.expire_all()
    return db.scalars(select(UserSession).where(UserSession.user_id == user.id).order_by(UserSession.id)).all()


def age_session(db, user, **moved_back):
    values = {column: utcnow() - delta for column, delta in moved_back.items()}
    db.execute(update(UserSession).where(UserSession.user_id == user.id).values(**values))
    db.flush()


def signed_in(client) -> bool:
    return client.get(ACCOUNT).status_code == 200


def test_login_creates_one_session_row_with_device_and_network(app, db):
    user = make_user(db)
    client = app.test_client()
    client.environ_base.update({"HTTP_USER_AGENT": FIREFOX, "REMOTE_ADDR": "203.0.113.77"})
    log_in(client, user)
    [row] = sessions_of(db, user)
    assert (row.device, row.ip_prefix, row.ended_at) == ("Firefox unter Windows", "203.0.113.0/24", None)
    page = text(client.get(ACCOUNT))
    assert "Firefox unter Windows <strong>(dieses Gerät)</strong>" in page and "203.0.113.0/24" in page
    assert page.count("Überall abmelden") == 1


def test_the_session_key_in_the_cookie_is_stored_only_as_a_hash(client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    with client.session_transaction() as session:
        key = session["sid"]
    assert key not in {row.key_hash for row in sessions_of(db, user)}


def test_office_session_ends_after_thirty_idle_minutes(client, csrf, db):
    user = make_user(db, office_role="reviewer")
    log_in(client, user)
    age_session(db, user, last_seen_at=timedelta(minutes=31))
    response = client.get("/koordination/")
    assert response.status_code == 302 and "/konto/anmelden" in response.headers["Location"]
    assert sessions_of(db, user)[0].ended_at is not None


def test_provider_session_survives_thirty_idle_minutes_but_not_two_hours(client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    age_session(db, user, last_seen_at=timedelta(minutes=31))
    assert signed_in(client)
    age_session(db, user, last_seen_at=timedelta(minutes=121))
    assert not signed_in(client)


def test_an_active_session_ends_at_the_absolute_limit(client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    age_session(db, user, created_at=timedelta(hours=12, minutes=1), last_seen_at=timedelta(minutes=1))
    assert not signed_in(client)


def test_login_rotates_the_session_so_the_old_csrf_token_is_void(client, csrf, db):
    user = make_user(db)
    anonymous_token = csrf()
    log_in(client, user)
    assert client.post("/konto/abmelden", data={"csrf_token": anonymous_token}).status_code == 400


def test_logging_out_ends_the_session_row(client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    post_form(client, "/konto/abmelden", {}, form_page=ACCOUNT)
    assert sessions_of(db, user)[0].ended_at is not None


def test_abmelden_of_another_device_ends_that_session_only(app, db):
    user = make_user(db)
    laptop, phone = app.test_client(), app.test_client()
    log_in(laptop, user)
    log_in(phone, user)
    phone_session = sessions_of(db, user)[1]
    assert post_form(laptop, f"/konto/geraete/{phone_session.id}/abmelden", {}, form_page=ACCOUNT).status_code == 302
    assert signed_in(laptop) and not signed_in(phone)
    assert db.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.SESSION_REVOKED)).all()


def test_ueberall_abmelden_ends_every_session(app, db):
    user = make_user(db)
    laptop, phone = app.test_client(), app.test_client()
    log_in(laptop, user)
    log_in(phone, user)
    post_form(laptop, "/konto/geraete/abmelden-ueberall", {}, form_page=ACCOUNT)
    assert not signed_in(laptop) and not signed_in(phone)
    assert all(row.ended_at is not None for row in sessions_of(db, user))


def test_nobody_ends_another_persons_session(app, db):
    owner, stranger = make_user(db), make_user(db)
    owner_client, stranger_client = app.test_client(), app.test_client()
    log_in(owner_client, owner)
    log_in(stranger_client, stranger)
    response = post_form(
        stranger_client, f"/konto/geraete/{sessions_of(db, owner)[0].id}/abmelden", {}, form_page=ACCOUNT
    )
    assert response.status_code == 404
    assert signed_in(owner_client)


def test_deactivated_account_loses_its_session(client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    user.is_active = False
    db.flush()
    assert not signed_in(client)
