"""The second factor: TOTP (RFC 6238) with ten single-use recovery codes.

Office accounts must enrol at their first login; everybody else may. A code is accepted
once (the time step is remembered) and within one step of clock drift. Recovery codes are
random enough (50 bits) for a plain sha256 hash, like the tokens of e-mail links.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

import pyotp
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from catalogue.accounts.models import LoginAttempt, RecoveryCode, User
from catalogue.accounts.sessions import end_all_sessions
from catalogue.accounts.tokens import hash_token
from catalogue.audit import AuditAction, record_event
from catalogue.clock import utcnow
from catalogue.errors import DomainError, ValidationFailed
from catalogue.secretbox import is_encrypted

RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i
STEP_SECONDS = 30
WRONG_CODE = "Der Code stimmt nicht. Bitte geben Sie den aktuellen Code aus Ihrer App ein."
# Wrong codes per account within the login window before the half-finished login is dropped.
MAX_CODE_FAILURES = 5


class SecondFactorThrottled(DomainError):
    status = 429
    default_message = "Zu viele falsche Codes. Bitte melden Sie sich in einigen Minuten erneut an."


def provisioning_uri(user: User, issuer: str) -> str:
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.email, issuer_name=issuer)


def qr_code_svg(uri: str) -> str:
    """The otpauth:// address as an inline SVG QR code, drawn here (no external service)."""
    import segno  # here, not at the top: only enrolment draws a code; keeps segno out of search workers

    return segno.make(uri, error="m").svg_inline(scale=4, dark="#000", light="#fff", title="QR-Code für die App")


def grouped_secret(secret: str) -> str:
    """The secret in groups of four, easier to type into an app by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def start_enrolment(session: Session, *, user_id: int) -> User:
    """A secret for a person without a working second factor; kept across reloads of the page."""
    user = session.get(User, user_id)
    if user.has_second_factor:
        raise ValidationFailed("Der zweite Faktor ist bereits eingerichtet.")
    if user.totp_secret is None:
        user.totp_secret = pyotp.random_base32()
        session.flush()
    return user


def enrol_with_secret(session: Session, *, user_id: int, secret: str) -> None:
    """Enrol a known secret without asking for a code: demo accounts and test data only."""
    user = session.get(User, user_id)
    user.totp_secret = secret
    user.totp_enabled_at = utcnow()
    session.flush()


def confirm_enrolment(session: Session, *, user_id: int, code: str) -> list[str]:
    """Switch the second factor on once the app shows a matching code; returns new recovery codes."""
    user = start_enrolment(session, user_id=user_id)
    if not _accept_totp(user, code):
        raise ValidationFailed(WRONG_CODE, "code")
    user.totp_enabled_at = utcnow()
    codes = _new_recovery_codes(session, user_id=user.id)
    record_event(session, action=AuditAction.MFA_ENROLLED, actor_id=user.id, user_id=user.id)
    session.flush()
    return codes


def verify_second_factor(session: Session, *, user_id: int, code: str, window_minutes: int) -> None:
    """Accept a current TOTP code or an unused recovery code; raise otherwise.

    Failures count per account in the login throttle table: a 6-digit code cannot be guessed.
    """
    user = _unthrottled_user(session, user_id=user_id, window_minutes=window_minutes)
    if _accept_totp(user, code):
        pass
    elif _use_recovery_code(session, user_id=user_id, code=code):
        record_event(session, action=AuditAction.MFA_RECOVERY_CODE_USED, actor_id=user_id, user_id=user_id)
    else:
        _count_failure(session, user_id=user_id)
    session.execute(delete(LoginAttempt).where(LoginAttempt.key == _throttle_key(user_id)))
    session.flush()


def renew_recovery_codes(session: Session, *, user_id: int, code: str, window_minutes: int) -> list[str]:
    """Ten new recovery codes for a current code from the app (not a recovery code); the old ones end."""
    user = _unthrottled_user(session, user_id=user_id, window_minutes=window_minutes)
    if not user.has_second_factor:
        raise ValidationFailed("Der zweite Faktor ist noch nicht eingerichtet.")
    if not _accept_totp(user, code):
        _count_failure(session, user_id=user_id)
    session.execute(delete(LoginAttempt).where(LoginAttempt.key == _throttle_key(user_id)))
    codes = _new_recovery_codes(session, user_id=user_id)
    record_event(session, action=AuditAction.MFA_RECOVERY_CODES_RENEWED, actor_id=user_id, user_id=user_id)
    session.flush()
    return codes


def _throttle_key(user_id: int) -> str:
    return f"mfa:{user_id}"


def _unthrottled_user(session: Session, *, user_id: int, window_minutes: int) -> User:
    """The account, unless it had too many wrong codes within the window (a 6-digit code cannot be guessed)."""
    since = utcnow() - timedelta(minutes=window_minutes)
    failures = session.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.key == _throttle_key(user_id), LoginAttempt.attempted_at >= since)
    )
    if failures >= MAX_CODE_FAILURES:
        raise SecondFactorThrottled()
    return session.get(User, user_id)


def _count_failure(session: Session, *, user_id: int) -> None:
    """Count and audit a wrong code, then refuse it."""
    session.add(LoginAttempt(key=_throttle_key(user_id)))
    record_event(session, action=AuditAction.MFA_FAILED, actor_id=None, user_id=user_id)
    session.flush()
    raise ValidationFailed(WRONG_CODE, "code")


def encrypt_legacy_secrets(session: Session) -> int:
    """Encrypt secrets stored in plain text before encryption at rest existed; returns how many."""
    stored = session.execute(text("SELECT id, totp_secret FROM user_account WHERE totp_secret IS NOT NULL")).all()
    plain = [(user_id, secret) for user_id, secret in stored if not is_encrypted(secret)]
    for user_id, secret in plain:
        # Written through the model's column type, which encrypts.
        session.execute(update(User).where(User.id == user_id).values(totp_secret=secret))
    session.flush()
    return len(plain)


def open_recovery_codes(session: Session, *, user_id: int) -> int:
    return session.scalar(
        select(func.count())
        .select_from(RecoveryCode)
        .where(RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))
    )


def clear_second_factor(session: Session, *, user_id: int) -> User | None:
    """Switch a person's second factor off and end their sessions; the caller checks who may."""
    user = session.get(User, user_id)
    if user is None:
        return None
    user.totp_secret = None
    user.totp_enabled_at = None
    user.totp_last_step = None
    end_all_sessions(session, user_id=user_id, actor_id=None)
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    session.flush()
    return user


def _accept_totp(user: User, code: str) -> bool:
    """A code of the current step (±1 for clock drift) that is newer than the last one accepted."""
    code = "".join(code.split())
    if not (code.isdigit() and len(code) == 6) or user.totp_secret is None:
        return False
    totp = pyotp.TOTP(user.totp_secret)
    now = utcnow()
    for drift in (0, -1, 1):
        moment = now + timedelta(seconds=drift * STEP_SECONDS)
        step = int(moment.timestamp()) // STEP_SECONDS
        if secrets.compare_digest(totp.at(moment), code) and step > (user.totp_last_step or 0):
            user.totp_last_step = step
            return True
    return False


def _normalise_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def _new_recovery_codes(session: Session, *, user_id: int) -> list[str]:
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
        session.add(RecoveryCode(user_id=user_id, code_hash=hash_token(raw)))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    return codes


def _use_recovery_code(session: Session, *, user_id: int, code: str) -> bool:
    row = session.scalar(
        select(RecoveryCode).where(
            RecoveryCode.user_id == user_id,
            RecoveryCode.code_hash == hash_token(_normalise_recovery_code(code)),
            RecoveryCode.used_at.is_(None),
        )
    )
    if row is None:
        return False
    row.used_at = utcnow()
    return True
