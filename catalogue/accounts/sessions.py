"""Server-side sessions: one row per login and device, idle timeout and absolute limit.

The signed cookie carries only a random session key; the row decides whether it is still
valid, so logging out, "überall abmelden", a password change or a deactivation end the
session on every worker at once.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from catalogue.accounts.models import User, UserSession
from catalogue.accounts.tokens import hash_token
from catalogue.audit import AuditAction, record_event
from catalogue.clock import utcnow
from catalogue.errors import NotFound

# last_seen_at is written at most this often: a page view does not always write.
TOUCH_SECONDS = 60
_BROWSERS = (("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari"))
_SYSTEMS = (
    ("Android", "Android"),
    ("iPhone", "iOS"),
    ("iPad", "iPadOS"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
)


@dataclass(frozen=True)
class SessionLimits:
    idle_minutes_office: int
    idle_minutes_provider: int
    max_hours: int

    def idle_minutes(self, user: User) -> int:
        return self.idle_minutes_office if user.office_role else self.idle_minutes_provider


def describe_device(user_agent: str) -> str:
    """A person-readable device from the User-Agent ("Firefox unter Windows")."""
    browser = next((name for marker, name in _BROWSERS if marker in user_agent), "Unbekannter Browser")
    system = next((name for marker, name in _SYSTEMS if marker in user_agent), "unbekanntem System")
    return f"{browser} unter {system}"[:100]


def ip_prefix(address: str) -> str:
    """The network of an address (/24 or /48): recognisable for the owner, not a person's exact address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    bits = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{bits}", strict=False))


def start_session(session: Session, *, user_id: int, user_agent: str, client_address: str) -> str:
    """A new session row for a completed login; returns the key for the cookie."""
    key = secrets.token_urlsafe(32)
    session.add(
        UserSession(
            user_id=user_id,
            key_hash=hash_token(key),
            device=describe_device(user_agent),
            ip_prefix=ip_prefix(client_address),
        )
    )
    session.flush()
    return key


def check_session(session: Session, *, key: str, limits: SessionLimits) -> UserSession | None:
    """The live session for a cookie's key, its last use noted; None (and ended) when timed out."""
    row = session.scalar(select(UserSession).where(UserSession.key_hash == hash_token(key)))
    if row is None or row.ended_at is not None:
        return None
    user = session.get(User, row.user_id)
    now = utcnow()
    idle = timedelta(minutes=limits.idle_minutes(user))
    if not user.is_active or now - row.last_seen_at > idle or now - row.created_at > timedelta(hours=limits.max_hours):
        row.ended_at = now
        session.flush()
        return None
    if now - row.last_seen_at > timedelta(seconds=TOUCH_SECONDS):
        row.last_seen_at = now
        session.flush()
    return row


def retire_session(session: Session, *, key: str) -> None:
    """A session replaced by a fresh one (same person, same device): ended without an event."""
    session.execute(
        update(UserSession)
        .where(UserSession.key_hash == hash_token(key), UserSession.ended_at.is_(None))
        .values(ended_at=utcnow())
    )


def end_session(session: Session, *, user_id: int, key: str) -> None:
    """Logout: the session of this cookie ends."""
    session.execute(
        update(UserSession)
        .where(UserSession.key_hash == hash_token(key), UserSession.user_id == user_id, UserSession.ended_at.is_(None))
        .values(ended_at=utcnow())
    )
    record_event(session, action=AuditAction.USER_LOGGED_OUT, actor_id=user_id)
    session.flush()


def revoke_session(session: Session, *, actor: User, session_id: int) -> None:
    """ "Abmelden" for one of the person's own devices."""
    row = session.get(UserSession, session_id)
    if row is None or row.user_id != actor.id or row.ended_at is not None:
        raise NotFound()
    row.ended_at = utcnow()
    record_event(session, action=AuditAction.SESSION_REVOKED, actor_id=actor.id, user_id=actor.id, session_id=row.id)
    session.flush()


def end_all_sessions(session: Session, *, user_id: int, actor_id: int | None, keep_key: str | None = None) -> int:
    """End every live session of an account (except the one of `keep_key`); audited."""
    query = update(UserSession).where(UserSession.user_id == user_id, UserSession.ended_at.is_(None))
    if keep_key is not None:
        query = query.where(UserSession.key_hash != hash_token(keep_key))
    count = session.execute(query.values(ended_at=utcnow())).rowcount
    if count:
        record_event(session, action=AuditAction.SESSIONS_ENDED, actor_id=actor_id, user_id=user_id, count=count)
    session.flush()
    return count


def live_sessions(session: Session, *, user_id: int) -> list[UserSession]:
    return list(
        session.scalars(
            select(UserSession)
            .where(UserSession.user_id == user_id, UserSession.ended_at.is_(None))
            .order_by(UserSession.last_seen_at.desc())
        )
    )


def purge_sessions(session: Session, *, max_hours: int, keep_days: int) -> int:
    """Delete rows of sessions that are over (ended or past the absolute limit) for `keep_days`."""
    cutoff = utcnow() - timedelta(days=keep_days)
    over = utcnow() - timedelta(hours=max_hours, days=keep_days)
    return session.execute(
        delete(UserSession).where((UserSession.ended_at < cutoff) | (UserSession.created_at < over))
    ).rowcount
