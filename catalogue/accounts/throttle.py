"""Login throttling that slows attackers without locking out the owner.

Failed logins are rows in the database (they count across workers and machines) under
three keys: the account *and* client together, the client, and the account. A client that
failed for an account waits a growing delay before it may try that account again; a client
that failed for many accounts waits before trying any it has failed for; the correct password
from a client that has not failed for the account goes through. Only above a high overall cap
per account are all clients slowed — and then the owner is told by mail.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import LoginAttempt
from catalogue.clock import utcnow

FIRST_DELAY_SECONDS = 30
CLIENT_FACTOR = 4  # a client may fail this many times more across all accounts


@dataclass(frozen=True)
class ThrottleRules:
    max_failures: int  # per account and client before delays start
    window_minutes: int  # failures older than this are forgotten; the longest delay
    account_cap: int  # failures per account from all clients before everybody is slowed


@dataclass(frozen=True)
class Keys:
    pair: str
    client: str
    account: str

    @classmethod
    def of(cls, email: str, client_address: str) -> Keys:
        return cls(f"pair:{email}|{client_address}", f"ip:{client_address}", f"email:{email}")


def _failures(session: Session, key: str, since: datetime) -> tuple[int, datetime | None]:
    recent = (LoginAttempt.key == key, LoginAttempt.attempted_at >= since)
    count = session.scalar(select(func.count()).select_from(LoginAttempt).where(*recent))
    last = session.scalar(select(LoginAttempt.attempted_at).where(*recent).order_by(LoginAttempt.attempted_at.desc()))
    return count, last


def _wait(count: int, last: datetime | None, limit: int, rules: ThrottleRules, now: datetime) -> int:
    """Seconds still to wait: 30 s at the limit, doubling with each further failure, at most the window."""
    if count < limit or last is None:
        return 0
    delay = min(FIRST_DELAY_SECONDS * 2 ** (count - limit), rules.window_minutes * 60)
    return max(0, math.ceil((last + timedelta(seconds=delay) - now).total_seconds()))


def seconds_to_wait(session: Session, keys: Keys, rules: ThrottleRules, now: datetime) -> int:
    since = now - timedelta(minutes=rules.window_minutes)
    pair = _failures(session, keys.pair, since)
    waits = [_wait(*pair, rules.max_failures, rules, now)]
    if pair[0]:  # the client-wide limit only holds a client back from accounts it has failed for
        waits.append(_wait(*_failures(session, keys.client, since), rules.max_failures * CLIENT_FACTOR, rules, now))
    waits.append(_wait(*_failures(session, keys.account, since), rules.account_cap, rules, now))
    return max(waits)


def record_failure(session: Session, keys: Keys, rules: ThrottleRules, now: datetime) -> tuple[bool, bool]:
    """Store a failure; returns (this client reached its limit, the account reached the cap) — once each."""
    since = now - timedelta(minutes=rules.window_minutes)
    pair_count, _ = _failures(session, keys.pair, since)
    account_count, _ = _failures(session, keys.account, since)
    session.add_all(LoginAttempt(key=key, attempted_at=now) for key in (keys.pair, keys.client, keys.account))
    session.flush()
    return pair_count + 1 == rules.max_failures, account_count + 1 == rules.account_cap


class TooManyRequests(Exception):
    """A client sent more account forms (reset, registration) than allowed; same answer for any address."""

    status = 429
    message = "Zu viele Anfragen von diesem Gerät. Bitte versuchen Sie es in einer Stunde erneut."


def count_form_request(session: Session, *, form: str, client_address: str, per_hour: int) -> None:
    """Count one submission of an account form per client in the database limiter; raise above the limit."""
    key = f"{form}:{client_address}"
    now = utcnow()
    count, _ = _failures(session, key, now - timedelta(hours=1))
    if count >= per_hour:
        raise TooManyRequests()
    session.add(LoginAttempt(key=key, attempted_at=now))
    session.flush()


def forget_client_failures(session: Session, keys: Keys) -> None:
    """A successful login clears this client's failures for the account (not the account's count)."""
    session.execute(delete(LoginAttempt).where(LoginAttempt.key == keys.pair))


def forget_account_failures(session: Session, email: str) -> None:
    """The owner proved access to the mailbox: every delay for the account is lifted."""
    session.execute(
        delete(LoginAttempt).where(
            or_(LoginAttempt.key == f"email:{email}", LoginAttempt.key.startswith(f"pair:{email}|", autoescape=True))
        )
    )
