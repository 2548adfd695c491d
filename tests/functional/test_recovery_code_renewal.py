"""Renewing the recovery codes: a current app code, ten new codes shown once, the old ones void, audited."""

from __future__ import annotations

import re

from sqlalchemy import select

from catalogue.accounts.models import RecoveryCode
from catalogue.accounts.tokens import hash_token
from catalogue.audit import AuditAction, AuditEvent
from tests.factories import make_user
from tests.functional.org_helpers import post_form, text
from tests.helpers import SECOND_FACTOR, enter_code, log_in, post_login

RENEW = "/konto/wiederherstellungscodes"
RECOVERY_CODE = re.compile(r"<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>")
OLD_CODE = "abcde-fghjk"


def office_user_with_old_codes(db):
    user = make_user(db, office_role="reviewer")
    db.add(RecoveryCode(user_id=user.id, code_hash=hash_token(OLD_CODE.replace("-", ""))))
    db.flush()
    return user


def test_account_page_links_to_renewing_the_codes(client, db):
    log_in(client, office_user_with_old_codes(db))
    assert f'href="{RENEW}"' in text(client.get("/konto/"))


def test_a_current_app_code_gives_ten_new_codes_once_and_voids_the_old_ones(client, db):
    user = office_user_with_old_codes(db)
    log_in(client, user)
    response = enter_code(client, RENEW, user.totp_secret)
    codes = RECOVERY_CODE.findall(text(response))
    assert response.status_code == 200 and len(set(codes)) == 10
    assert "Ihre bisherigen Wiederherstellungscodes gelten nicht mehr." in text(response)
    stored = set(db.scalars(select(RecoveryCode.code_hash).where(RecoveryCode.user_id == user.id)))
    assert stored == {hash_token(code.replace("-", "")) for code in codes}
    assert "<code>" not in text(client.get(RENEW))  # shown once only
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.MFA_RECOVERY_CODES_RENEWED))
    assert [event.actor_id for event in events] == [user.id]


def test_an_old_recovery_code_no_longer_logs_in_after_renewal(app, client, db):
    user = office_user_with_old_codes(db)
    log_in(client, user)
    enter_code(client, RENEW, user.totp_secret)
    browser = app.test_client()
    post_login(browser, user.email)
    assert post_form(browser, SECOND_FACTOR, {"code": OLD_CODE}).status_code == 401


def test_a_wrong_code_renews_nothing_and_says_why_next_to_the_field(client, db):
    user = office_user_with_old_codes(db)
    log_in(client, user)
    response = post_form(client, RENEW, {"code": "12345"})
    assert response.status_code == 401
    assert 'id="code-fehler"' in text(response) and "Der Code stimmt nicht" in text(response)
    assert db.scalars(select(RecoveryCode).where(RecoveryCode.user_id == user.id)).all()[0].used_at is None


def test_a_recovery_code_cannot_renew_the_recovery_codes(client, db):
    user = office_user_with_old_codes(db)
    log_in(client, user)
    assert post_form(client, RENEW, {"code": OLD_CODE}).status_code == 401
    assert len(db.scalars(select(RecoveryCode).where(RecoveryCode.user_id == user.id)).all()) == 1


def test_without_a_second_factor_the_page_leads_back_to_the_account(client, db):
    user = make_user(db)
    log_in(client, user)
    assert client.get(RENEW).headers["Location"].endswith("/konto/")
