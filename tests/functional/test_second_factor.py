"""The second factor (TOTP): forced for the office, optional for providers, step-up, reset by another admin."""

from __future__ import annotations

import re

from sqlalchemy import select

from catalogue.accounts.models import RecoveryCode
from catalogue.audit import AuditAction, AuditEvent
from tests.factories import PASSWORD, make_user
from tests.functional.org_helpers import link_in, mails_to, post_form, text
from tests.helpers import ENROL, SECOND_FACTOR, enrol_from_page, enter_code, log_in, post_login, totp_code

OFFICE = "/koordination/"
USERS = "/koordination/nutzer"
ACCOUNT = "/konto/"
CONFIRM = "/konto/bestaetigen"
RECOVERY_CODE = re.compile(r"<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>")


def office_user_without_second_factor(db, role="reviewer"):
    user = make_user(db, office_role=role)
    user.totp_secret = user.totp_enabled_at = None
    db.flush()
    return user


def actions_of(db, action):
    return db.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()


def test_office_login_without_second_factor_is_sent_to_enrolment_and_not_yet_signed_in(client, csrf, db):
    user = office_user_without_second_factor(db)
    response = post_login(client, user.email)
    assert response.headers["Location"].endswith(ENROL)
    assert client.get(OFFICE).status_code == 302  # password alone opens nothing


def test_enrolment_page_shows_a_locally_drawn_qr_code_and_the_secret(client, csrf, db):
    user = office_user_without_second_factor(db)
    post_login(client, user.email)
    page = text(client.get(ENROL))
    assert "<svg" in page and 'id="totp-secret"' in page
    assert "http" not in page.split("<svg", 1)[1].split("</svg>", 1)[0].replace("http://www.w3.org", "")


def test_enrolment_with_the_code_of_the_shown_secret_signs_in_and_shows_ten_recovery_codes(client, csrf, db):
    user = office_user_without_second_factor(db)
    post_login(client, user.email)
    response, _secret = enrol_from_page(client)
    codes = RECOVERY_CODE.findall(text(response))
    assert len(set(codes)) == 10
    assert client.get(OFFICE).status_code == 200
    stored = db.scalars(select(RecoveryCode.code_hash).where(RecoveryCode.user_id == user.id)).all()
    assert len(stored) == 10 and not set(stored) & {code.replace("-", "") for code in codes}
    assert actions_of(db, AuditAction.MFA_ENROLLED)


def test_enrolment_with_a_wrong_code_shows_the_error_next_to_the_field(client, csrf, db):
    user = office_user_without_second_factor(db)
    post_login(client, user.email)
    response = post_form(client, ENROL, {"code": "000000"})
    assert response.status_code == 400
    assert 'id="code-fehler"' in text(response) and "Der Code stimmt nicht" in text(response)
    assert client.get(OFFICE).status_code == 302


def test_enrolled_account_needs_the_code_after_the_password(client, csrf, db):
    user = make_user(db, office_role="admin")
    response = post_login(client, user.email)
    assert response.headers["Location"].endswith(SECOND_FACTOR)
    assert client.get(OFFICE).status_code == 302
    assert enter_code(client, SECOND_FACTOR, user.totp_secret).status_code == 302
    assert client.get(OFFICE).status_code == 200


def test_wrong_code_is_refused_and_audited(client, csrf, db):
    user = make_user(db, office_role="reviewer")
    post_login(client, user.email)
    response = post_form(
        client, SECOND_FACTOR, {"code": "123456" if totp_code(user.totp_secret) != "123456" else "654321"}
    )
    assert response.status_code == 401 and "Der Code stimmt nicht" in text(response)
    assert [event.details for event in actions_of(db, AuditAction.MFA_FAILED)]


def test_a_code_is_accepted_only_once(app, client, csrf, db):
    user = make_user(db, office_role="reviewer")
    code = totp_code(user.totp_secret)
    post_login(client, user.email)
    assert post_form(client, SECOND_FACTOR, {"code": code}).status_code == 302
    other = app.test_client()
    post_login(other, user.email)
    assert post_form(other, SECOND_FACTOR, {"code": code}).status_code == 401


def test_a_recovery_code_replaces_the_app_once(app, client, csrf, db):
    user = office_user_without_second_factor(db)
    post_login(client, user.email)
    response, _secret = enrol_from_page(client)
    recovery = RECOVERY_CODE.findall(text(response))[0]
    second = app.test_client()
    post_login(second, user.email)
    assert post_form(second, SECOND_FACTOR, {"code": recovery.upper()}).status_code == 302
    assert actions_of(db, AuditAction.MFA_RECOVERY_CODE_USED)
    third = app.test_client()
    post_login(third, user.email)
    assert post_form(third, SECOND_FACTOR, {"code": recovery}).status_code == 401


def test_five_wrong_codes_end_the_half_finished_login(client, csrf, db):
    user = make_user(db, office_role="reviewer")
    post_login(client, user.email)
    wrong = "000000" if totp_code(user.totp_secret) != "000000" else "111111"
    for _ in range(5):
        assert post_form(client, SECOND_FACTOR, {"code": wrong}).status_code == 401
    response = post_form(client, SECOND_FACTOR, {"code": totp_code(user.totp_secret)})
    assert response.headers["Location"].endswith("/konto/anmelden")
    assert client.get(OFFICE).status_code == 302


def test_provider_signs_in_with_the_password_alone_until_opting_in(client, csrf, db):
    user = make_user(db)
    log_in(client, user)
    assert "Zweiten Faktor einrichten" in text(client.get(ACCOUNT))
    enrol_from_page(client)
    client.post("/konto/abmelden", data={"csrf_token": csrf("/")})
    response = post_login(client, user.email)
    assert response.headers["Location"].endswith(SECOND_FACTOR)


def test_password_reset_by_mail_does_not_bypass_the_second_factor(app, client, csrf, db):
    user = make_user(db, office_role="admin")
    post_form(client, "/konto/passwort-vergessen", {"email": user.email})
    new_password = "ganz-neues-passwort-fuer-mich"
    post_form(client, link_in(mails_to(db, user.email)[-1]), {"password": new_password, "confirm": new_password})
    response = post_login(client, user.email, new_password)
    assert response.headers["Location"].endswith(SECOND_FACTOR)
    assert client.get(OFFICE).status_code == 302


def test_user_administration_asks_for_the_code_again_after_fifteen_minutes(client, csrf, db):
    admin = make_user(db, office_role="admin")
    log_in(client, admin)
    assert client.get(USERS).status_code == 200
    with client.session_transaction() as session:
        session["second_factor_at"] -= 16 * 60
    response = client.get(USERS)
    assert response.status_code == 302 and CONFIRM in response.headers["Location"]
    confirmed = enter_code(client, f"{CONFIRM}?next={USERS}", admin.totp_secret, next=USERS)
    assert confirmed.headers["Location"].endswith(USERS)
    assert client.get(USERS).status_code == 200


def test_creating_an_account_with_a_stale_code_is_not_carried_out(client, csrf, db):
    admin = make_user(db, office_role="admin")
    log_in(client, admin)
    token = csrf("/koordination/nutzer")
    with client.session_transaction() as session:
        session["second_factor_at"] -= 16 * 60
    data = {"name": "Neu", "email": "neu@stadt.example", "office_role": "admin", "csrf_token": token}
    response = client.post(USERS, data=data)
    assert CONFIRM in response.headers["Location"]
    assert not mails_to(db, "neu@stadt.example")


def test_another_admin_resets_a_lost_second_factor_audited_and_the_person_enrols_again(app, client, csrf, db):
    admin = make_user(db, office_role="admin")
    reviewer = make_user(db, office_role="reviewer")
    reviewer_client = app.test_client()
    log_in(reviewer_client, reviewer)
    log_in(client, admin)
    response = post_form(
        client, f"/koordination/nutzer/{reviewer.id}/zweiter-faktor-zuruecksetzen", {}, form_page=USERS
    )
    assert response.status_code == 302
    assert [event.details for event in actions_of(db, AuditAction.MFA_RESET)]
    assert reviewer_client.get(OFFICE).status_code == 302  # the old session ended
    assert post_login(reviewer_client, reviewer.email).headers["Location"].endswith(ENROL)


def test_nobody_resets_their_own_second_factor(client, csrf, db):
    admin = make_user(db, office_role="admin")
    log_in(client, admin)
    response = post_form(client, f"/koordination/nutzer/{admin.id}/zweiter-faktor-zuruecksetzen", {}, form_page=USERS)
    assert response.status_code == 403
    db.refresh(admin)
    assert admin.has_second_factor


def test_a_reviewer_cannot_reset_a_second_factor(client, csrf, db):
    reviewer = make_user(db, office_role="reviewer")
    admin = make_user(db, office_role="admin")
    log_in(client, reviewer)
    response = post_form(client, f"/koordination/nutzer/{admin.id}/zweiter-faktor-zuruecksetzen", {}, form_page=OFFICE)
    assert response.status_code == 403
    db.refresh(admin)
    assert admin.has_second_factor


def test_password_is_still_checked_first(client, csrf, db):
    user = make_user(db, office_role="admin")
    response = post_login(client, user.email, PASSWORD + "x")
    assert response.status_code == 401
    assert client.get(SECOND_FACTOR).headers["Location"].endswith("/konto/anmelden")
