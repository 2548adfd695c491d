"""Read-side queries for the coordination office."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import Membership, User
from catalogue.offers.models import Offer
from catalogue.providers.models import Organisation


def awaiting_verification(session: Session) -> list[Organisation]:
    return list(
        session.scalars(
            select(Organisation)
            .where(Organisation.verified_on.is_(None))
            .order_by(Organisation.created_at, Organisation.id)
        )
    )


def organisations_overview(session: Session) -> list[tuple[Organisation, int, int]]:
    """Every organisation with its number of members and offers."""
    members = (
        select(func.count())
        .select_from(Membership)
        .where(Membership.organisation_id == Organisation.id)
        .scalar_subquery()
    )
    offers = select(func.count()).select_from(Offer).where(Offer.organisation_id == Organisation.id).scalar_subquery()
    return session.execute(select(Organisation, members, offers).order_by(Organisation.name)).all()


def all_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.office_role.is_(None), User.name, User.id)))
