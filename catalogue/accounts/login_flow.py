"""The steps of a login kept in the signed session: password accepted → second factor → signed in.

Between password and code the session names only the pending account (for a few minutes);
Flask-Login's user is set once every required factor is there. Logging in clears the old
session first, so nothing of the anonymous session (its CSRF token included) survives.
"""

from __future__ import annotations

from flask import request
from flask import session as flask_session
from flask_login import login_user

from catalogue.accounts.models import User
from catalogue.accounts.sessions import retire_session, start_session
from catalogue.clock import utcnow
from catalogue.db import get_session

PENDING_SECONDS = 5 * 60
_PENDING = "pending_login"
_SECOND_FACTOR_AT = "second_factor_at"
SESSION_KEY = "sid"


def _now() -> float:
    return utcnow().timestamp()


def begin_pending_login(user: User, next_path: str) -> None:
    flask_session.clear()
    flask_session[_PENDING] = {"user": user.id, "at": _now(), "next": next_path}


def pending_user() -> User | None:
    """The account whose password was accepted moments ago and that still needs its second factor."""
    pending = flask_session.get(_PENDING)
    if not pending or _now() - pending["at"] > PENDING_SECONDS:
        return None
    user = get_session().get(User, pending["user"])
    return user if user is not None and user.is_active else None


def pending_next() -> str:
    return (flask_session.get(_PENDING) or {}).get("next", "")


def drop_pending_login() -> None:
    flask_session.pop(_PENDING, None)


def complete_login(user: User, *, with_second_factor: bool) -> None:
    """A fresh session (row and cookie) for a login with every factor; the caller commits."""
    if flask_session.get(SESSION_KEY):  # signed in already (enrolling later): the old session ends
        retire_session(get_session(), key=flask_session[SESSION_KEY])
    flask_session.clear()
    flask_session[SESSION_KEY] = start_session(
        get_session(),
        user_id=user.id,
        user_agent=request.headers.get("User-Agent", ""),
        client_address=request.remote_addr or "",
    )
    login_user(user)
    if with_second_factor:
        note_second_factor()


def session_key() -> str | None:
    return flask_session.get(SESSION_KEY)


def note_second_factor() -> None:
    """The signed-in person just entered a valid code (for step-up checks)."""
    flask_session[_SECOND_FACTOR_AT] = _now()


def second_factor_age_minutes() -> float:
    """Minutes since the last valid code in this session; infinite if none."""
    at = flask_session.get(_SECOND_FACTOR_AT)
    return float("inf") if at is None else (_now() - at) / 60
