"""Account services: create users, log in with throttling, log out, change and reset passwords."""

from __future__ import annotations

import math
from datetime import timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from catalogue.accounts.models import OFFICE_ROLES, LoginAttempt, PasswordResetToken, User
from catalogue.accounts.passwords import MIN_LENGTH, hash_password, needs_rehash, password_weakness, verify_password
from catalogue.accounts.sessions import end_all_sessions
from catalogue.accounts.throttle import (
    Keys,
    ThrottleRules,
    forget_account_failures,
    forget_client_failures,
    record_failure,
    seconds_to_wait,
)
from catalogue.accounts.tokens import TokenInvalid, check_usable, hash_token, new_token
from catalogue.audit import AuditAction, record_event
from catalogue.clock import utcnow
from catalogue.errors import DomainError, ValidationFailed
from catalogue.mail import mail_body, queue_mail
from catalogue.ops.instruments import LOGIN_FAILURES

# More open reset links than this per account are not sent (no mail bombing by strangers).
MAX_OPEN_RESET_TOKENS = 3


class LoginRefused(DomainError):
    status = 401
    default_message = "E-Mail-Adresse oder Passwort ist falsch."


class LoginThrottled(DomainError):
    status = 429

    def __init__(self, seconds: int):
        wait = f"{seconds} Sekunden" if seconds < 120 else f"{math.ceil(seconds / 60)} Minuten"
        super().__init__(
            f"Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie {wait}, bevor Sie es erneut "
            f"versuchen, oder setzen Sie Ihr Passwort zurück."
        )
        self.seconds = seconds


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_password_rules(password: str, *, name: str, email: str, field: str = "password") -> None:
    """Minimum length, not a common password, not built from the person's name, e-mail or the site's name."""
    if len(password) < MIN_LENGTH:
        raise ValidationFailed(f"Das Passwort muss mindestens {MIN_LENGTH} Zeichen lang sein.", field)
    reason = password_weakness(password, name=name, email=email)
    if reason:
        raise ValidationFailed(reason, field)


def find_user_by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == normalise_email(email)))


def create_user(
    session: Session, *, email: str, name: str, password: str, office_role: str | None = None, actor: User | None = None
) -> User:
    """A new account; the e-mail must be unused. The caller checks who may do this."""
    email = normalise_email(email)
    if office_role is not None and office_role not in OFFICE_ROLES:
        raise ValidationFailed("Unbekannte Rolle.", "office_role")
    if find_user_by_email(session, email) is not None:
        raise ValidationFailed("Für diese E-Mail-Adresse gibt es bereits ein Konto.", "email")
    check_password_rules(password, name=name, email=email)
    user = User(
        email=email,
        name=name.strip(),
        password_hash=hash_password(password),
        office_role=office_role,
    )
    session.add(user)
    session.flush()
    record_event(
        session,
        action=AuditAction.USER_CREATED,
        actor_id=actor.id if actor else None,
        user_id=user.id,
        office_role=office_role,
    )
    return user


def authenticate(
    session: Session, *, email: str, password: str, client_address: str, rules: ThrottleRules, reset_link: str
) -> User:
    """Check credentials under the login throttle (accounts/throttle.py); never a hard lock.

    `reset_link` goes into the mail that tells the owner about many failed attempts.
    """
    email = normalise_email(email)
    now = utcnow()
    keys = Keys.of(email, client_address)
    user = find_user_by_email(session, email)
    wait = seconds_to_wait(session, keys, rules, now)
    if wait:
        raise LoginThrottled(wait)
    # Verify even for unknown addresses (against a dummy hash): equal time either way.
    password_ok = verify_password(user.password_hash if user else None, password)
    if user is None or not user.is_active or not password_ok:
        _record_failed_login(session, keys, rules, now, user=user, reset_link=reset_link)
        raise LoginRefused()
    forget_client_failures(session, keys)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = now
    record_event(session, action=AuditAction.USER_LOGGED_IN, actor_id=user.id)
    session.flush()
    return user


def _record_failed_login(
    session: Session, keys: Keys, rules: ThrottleRules, now, *, user: User | None, reset_link: str
):
    LOGIN_FAILURES.inc()
    client_limit, account_cap = record_failure(session, keys, rules, now)
    if user is None:  # unknown addresses are not logged: they may be typos of other data
        return
    record_event(session, action=AuditAction.LOGIN_FAILED, actor_id=None, user_id=user.id)
    if client_limit or account_cap:
        record_event(
            session, action=AuditAction.LOGIN_THROTTLED, actor_id=None, user_id=user.id, all_clients=account_cap
        )
    if account_cap:
        queue_mail(
            session,
            to=user.email,
            subject="Viele fehlgeschlagene Anmeldeversuche – Präventionskatalog",
            body=mail_body(
                "login_attempts",
                name=user.name,
                email=user.email,
                failures=rules.account_cap,
                window_minutes=rules.window_minutes,
                reset_link=reset_link,
            ),
        )
    session.flush()


def set_password(
    session: Session, *, user_id: int, password: str, actor: User | None, keep_session_key: str | None = None
) -> None:
    """A new password; every session of the account ends (but the one of `keep_session_key`)."""
    user = session.get(User, user_id)
    check_password_rules(password, name=user.name, email=user.email)
    user.password_hash = hash_password(password)
    end_all_sessions(session, user_id=user_id, actor_id=actor.id if actor else None, keep_key=keep_session_key)
    record_event(session, action=AuditAction.PASSWORD_CHANGED, actor_id=actor.id if actor else None, user_id=user_id)
    session.flush()


def purge_login_attempts(session: Session, *, older_than_minutes: int) -> int:
    """Periodic clean-up of expired throttling rows."""
    cutoff = utcnow() - timedelta(minutes=older_than_minutes)
    return session.execute(delete(LoginAttempt).where(LoginAttempt.attempted_at < cutoff)).rowcount


def request_password_reset(session: Session, *, email: str, link_base: str, valid_hours: int) -> None:
    """Mail a single-use reset link to a known, active account; do nothing otherwise.

    The caller shows the same answer either way, so nobody can probe for accounts.
    """
    user = find_user_by_email(session, email)
    known = user is not None and user.is_active
    # The same work for unknown addresses (count query, token, mail text): equal answer times.
    open_tokens = _open_reset_tokens(session, user.id if known else -1)
    token, _hash = new_token()
    mail_body("password_reset", name=email, link=link_base + token, valid_hours=valid_hours)
    if not known or open_tokens >= MAX_OPEN_RESET_TOKENS:
        return
    link = issue_reset_link(session, user_id=user.id, link_base=link_base, valid_hours=valid_hours)
    queue_mail(
        session,
        to=user.email,
        subject="Passwort zurücksetzen – Präventionskatalog",
        body=mail_body("password_reset", name=user.name, link=link, valid_hours=valid_hours),
    )
    record_event(session, action=AuditAction.PASSWORD_RESET_REQUESTED, actor_id=None, user_id=user.id)
    session.flush()


def _open_reset_tokens(session: Session, user_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(PasswordResetToken)
            .where(
                PasswordResetToken.user_id == user_id,
                PasswordResetToken.used_at.is_(None),
                PasswordResetToken.expires_at > utcnow(),
            )
        )
        or 0
    )


def issue_reset_link(session: Session, *, user_id: int, link_base: str, valid_hours: int) -> str:
    """Store a new single-use reset token for the account; returns the link to send."""
    token, token_hash = new_token()
    session.add(
        PasswordResetToken(user_id=user_id, token_hash=token_hash, expires_at=utcnow() + timedelta(hours=valid_hours))
    )
    return link_base + token


def check_reset_token(session: Session, *, token: str) -> PasswordResetToken:
    """The stored reset token for a link; raises TokenInvalid, TokenUsed or TokenExpired."""
    row = session.scalar(select(PasswordResetToken).where(PasswordResetToken.token_hash == hash_token(token)))
    user = session.get(User, row.user_id) if row is not None else None
    if row is None or user is None or not user.is_active:
        raise TokenInvalid()
    check_usable(
        expires_at=row.expires_at,
        used_at=row.used_at,
        used_message="Dieser Link wurde bereits verwendet. Bitte fordern Sie bei Bedarf einen neuen an.",
    )
    return row


def reset_password(session: Session, *, token: str, password: str) -> User:
    """Set a new password through a reset link; the link and all other open links of the
    account become unusable, every existing session of the account ends."""
    row = check_reset_token(session, token=token)
    user = session.get(User, row.user_id)
    set_password(session, user_id=row.user_id, password=password, actor=user)
    now = utcnow()
    session.execute(
        update(PasswordResetToken)
        .where(PasswordResetToken.user_id == row.user_id, PasswordResetToken.used_at.is_(None))
        .values(used_at=now)
    )
    forget_account_failures(session, user.email)
    record_event(session, action=AuditAction.PASSWORD_RESET, actor_id=user.id, user_id=user.id)
    session.flush()
    return user


def change_password(
    session: Session, *, actor: User, current_password: str, new_password: str, keep_session_key: str | None
) -> None:
    """ "Passwort ändern": the current password first; every other session of the account ends."""
    if not verify_password(actor.password_hash, current_password):
        raise ValidationFailed("Das bisherige Passwort stimmt nicht.", "current_password")
    set_password(session, user_id=actor.id, password=new_password, actor=actor, keep_session_key=keep_session_key)
