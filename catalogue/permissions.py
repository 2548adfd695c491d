"""Roles → permissions. Services call these; templates may too, to hide what is refused.

Provider staff act only within organisations they are members of. The coordination
office (reviewer, admin) decides on offers but never on those of an organisation the
person belongs to (separation of duties).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import Membership, User
from catalogue.errors import PermissionDenied


def is_office(user: User | None) -> bool:
    return bool(user and user.is_active and user.office_role in {"reviewer", "admin"})


def is_office_admin(user: User | None) -> bool:
    return bool(user and user.is_active and user.office_role == "admin")


def member_role(session: Session, user: User | None, organisation_id: int) -> str | None:
    if user is None or user.id is None or not user.is_active:
        return None
    return session.scalar(
        select(Membership.role).where(Membership.user_id == user.id, Membership.organisation_id == organisation_id)
    )


def can_edit_offers(session: Session, user: User | None, organisation_id: int) -> bool:
    return member_role(session, user, organisation_id) in {"admin", "editor"}


def can_manage_organisation(session: Session, user: User | None, organisation_id: int) -> bool:
    """Profile and members: the organisation's admins, and the office admins."""
    return is_office_admin(user) or member_role(session, user, organisation_id) == "admin"


def can_verify_organisation(session: Session, user: User | None, organisation_id: int) -> bool:
    return is_office(user) and member_role(session, user, organisation_id) is None


def can_review(session: Session, user: User | None, organisation_id: int) -> bool:
    """Who may review an organisation's offers: the office, never one of its own members."""
    return is_office(user) and member_role(session, user, organisation_id) is None


def can_manage_users(user: User | None) -> bool:
    return is_office_admin(user)


def require(allowed: bool, message: str | None = None) -> None:
    if not allowed:
        raise PermissionDenied(message)
