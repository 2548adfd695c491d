"""Users, memberships and the rows behind login throttling, password reset and invites."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow
from catalogue.secretbox import EncryptedString

OFFICE_ROLES = ("reviewer", "admin")
MEMBER_ROLES = ("admin", "editor")


class User(SQLModel, table=True):
    __tablename__ = "user_account"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    name: str = Field(max_length=200)
    password_hash: str = Field(max_length=255)
    # None for provider staff; "reviewer" or "admin" for the coordination office.
    office_role: str | None = Field(default=None, max_length=20)
    is_active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_login_at: datetime | None = None
    # TOTP second factor (RFC 6238): the secret is stored once enrolment starts and counts
    # only from totp_enabled_at on; totp_last_step refuses a code seen before (replay).
    # Encrypted at rest (Fernet token); the attribute holds the plain secret.
    totp_secret: str | None = Field(default=None, sa_column=Column(EncryptedString(255), nullable=True))
    totp_enabled_at: datetime | None = None
    totp_last_step: int | None = None

    @property
    def has_second_factor(self) -> bool:
        return self.totp_enabled_at is not None

    @property
    def needs_second_factor(self) -> bool:
        """Office accounts must use one; everybody who enrolled uses theirs."""
        return self.has_second_factor or self.office_role is not None

    # Flask-Login's user protocol (UserMixin's is_active would shadow the column).
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return str(self.id)


class Membership(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("user_id", "organisation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    role: str = Field(max_length=20)  # "admin" | "editor"
    created_at: datetime = Field(default_factory=utcnow)


class LoginAttempt(SQLModel, table=True):
    """Failed logins, kept in the database so the limit holds across workers."""

    __tablename__ = "login_attempt"

    id: int | None = Field(default=None, primary_key=True)
    # "email:<address>" or "ip:<address>"
    key: str = Field(max_length=300, index=True)
    attempted_at: datetime = Field(default_factory=utcnow, index=True)


class PasswordResetToken(SQLModel, table=True):
    __tablename__ = "password_reset_token"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


class Invitation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    email: str = Field(max_length=254)
    role: str = Field(max_length=20)
    token_hash: str = Field(max_length=64, unique=True)
    invited_by_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    accepted_at: datetime | None = None


class RecoveryCode(SQLModel, table=True):
    """Single-use codes for a lost authenticator; only their sha256 hash is stored."""

    __tablename__ = "recovery_code"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    code_hash: str = Field(max_length=64, unique=True)
    used_at: datetime | None = None


class UserSession(SQLModel, table=True):
    """One login on one device; the cookie names it by a random key of which only the hash is stored.

    It ends on logout, on "Abmelden" from another device, after the idle timeout, at the
    absolute limit, and when the password changes or the account is deactivated.
    """

    __tablename__ = "user_session"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    key_hash: str = Field(max_length=64, unique=True)
    device: str = Field(default="", max_length=100)  # "Firefox unter Windows", not the raw User-Agent
    ip_prefix: str = Field(default="", max_length=50)  # /24 (IPv4) or /48 (IPv6): enough to recognise
    created_at: datetime = Field(default_factory=utcnow, index=True)
    last_seen_at: datetime = Field(default_factory=utcnow)
    ended_at: datetime | None = None
