"""Who may open an organisation's management pages (profile, members).

Outsiders get NotFound, not PermissionDenied: the pages of other organisations must not
reveal that an address exists. Members without the admin role and office reviewers,
who may know the organisation anyway, get PermissionDenied.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.errors import NotFound, PermissionDenied
from catalogue.permissions import can_manage_organisation, is_office, member_role
from catalogue.providers.models import Organisation


def require_manager(session: Session, actor: User | None, organisation_id: int) -> None:
    if can_manage_organisation(session, actor, organisation_id):
        return
    if member_role(session, actor, organisation_id) is None and not is_office(actor):
        raise NotFound()
    raise PermissionDenied("Das dürfen nur die Administrator*innen des Trägers.")


def get_organisation(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound()
    return organisation


def managed_organisation(session: Session, *, actor: User, slug: str) -> Organisation:
    """The organisation behind a management page, if the actor may manage it."""
    organisation = session.scalar(select(Organisation).where(Organisation.slug == slug))
    if organisation is None:
        raise NotFound()
    require_manager(session, actor, organisation.id)
    return organisation
