"""Read-side queries for provider staff."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import Invitation, Membership
from catalogue.providers.models import Organisation


def memberships_of(session: Session, user_id: int) -> list[tuple[Organisation, str]]:
    return session.execute(
        select(Organisation, Membership.role)
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user_id)
        .order_by(Organisation.name)
    ).all()


def open_invitation_counts(session: Session, organisation_ids: list[int], now: datetime) -> dict[int, int]:
    """Invitations neither accepted nor expired, per organisation."""
    rows = session.execute(
        select(Invitation.organisation_id, func.count())
        .where(
            Invitation.organisation_id.in_(organisation_ids),
            Invitation.accepted_at.is_(None),
            Invitation.expires_at > now,
        )
        .group_by(Invitation.organisation_id)
    ).all()
    return dict(rows)
