"""TOTP secrets are stored encrypted; the model reads them in plain text, also those stored before encryption."""

from __future__ import annotations

import pyotp
from sqlalchemy import text

from catalogue.accounts.mfa import encrypt_legacy_secrets, enrol_with_secret, verify_second_factor
from catalogue.accounts.models import User
from catalogue.demo import DEMO_TOTP_SECRETS
from tests.factories import make_user

LEGACY = "JBSWY3DPEHPK3PXP"


def stored_secret(db, user) -> str:
    return db.execute(text("SELECT totp_secret FROM user_account WHERE id = :id"), {"id": user.id}).scalar_one()


def test_the_stored_value_is_not_the_plain_secret(db):
    user = make_user(db, office_role="reviewer")
    stored = stored_secret(db, user)
    assert stored != user.totp_secret and user.totp_secret not in stored
    assert stored.startswith("gAAAAA")
    db.expire(user)
    assert len(db.get(User, user.id).totp_secret) == 32


def test_a_demo_account_enrolled_with_its_printed_secret_accepts_that_secrets_codes(db):
    user = make_user(db)
    secret = next(iter(DEMO_TOTP_SECRETS.values()))
    enrol_with_secret(db, user_id=user.id, secret=secret)
    db.expire_all()
    assert stored_secret(db, user) != secret
    verify_second_factor(db, user_id=user.id, code=pyotp.TOTP(secret).now(), window_minutes=15)


def test_a_secret_stored_before_encryption_is_still_read_and_then_encrypted(db):
    user = make_user(db, office_role="reviewer")
    db.execute(text("UPDATE user_account SET totp_secret = :s WHERE id = :id"), {"s": LEGACY, "id": user.id})
    db.expire_all()
    assert db.get(User, user.id).totp_secret == LEGACY
    assert encrypt_legacy_secrets(db) == 1
    db.expire_all()
    assert stored_secret(db, user).startswith("gAAAAA")
    assert db.get(User, user.id).totp_secret == LEGACY
    assert encrypt_legacy_secrets(db) == 0
