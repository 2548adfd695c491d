"""Read-side queries for provider staff."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import Membership
from catalogue.providers.models import Organisation


def memberships_of(session: Session, user_id: int) -> list[tuple[Organisation, str]]:
    return session.execute(
        select(Organisation, Membership.role)
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user_id)
        .order_by(Organisation.name)
    ).all()
