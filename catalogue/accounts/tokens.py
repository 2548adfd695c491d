"""Single-use secrets for links sent by e-mail (password reset, invitations).

Only the sha256 hash of a token is stored: a leaked database does not reveal usable links.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from catalogue.clock import utcnow
from catalogue.errors import DomainError


class TokenInvalid(DomainError):
    status = 400
    default_message = (
        "Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben."
    )


class TokenExpired(DomainError):
    status = 410
    default_message = "Dieser Link ist abgelaufen."


class TokenUsed(TokenExpired):
    default_message = "Dieser Link wurde bereits verwendet."


def new_token() -> tuple[str, str]:
    """A fresh token and its hash: the token goes into the e-mail, the hash into the database."""
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_usable(*, expires_at: datetime, used_at: datetime | None, used_message: str | None = None) -> None:
    """Raise when a stored token was used already or has expired."""
    if used_at is not None:
        raise TokenUsed(used_message)
    if expires_at <= utcnow():
        raise TokenExpired()
