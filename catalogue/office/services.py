"""Coordination office services: verify organisations, create office accounts."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.mfa import clear_second_factor
from catalogue.accounts.models import User
from catalogue.accounts.services import create_user, issue_reset_link
from catalogue.accounts.sessions import end_all_sessions
from catalogue.audit import AuditAction, record_event
from catalogue.changefeed import record_search_change
from catalogue.errors import InvalidTransition, NotFound, PermissionDenied
from catalogue.mail import mail_body, queue_mail
from catalogue.offers.models import Offer
from catalogue.permissions import can_manage_users, can_verify_organisation, is_office, require
from catalogue.policy import Policy
from catalogue.providers.models import Organisation

OFFICE_ROLE_LABELS = {"reviewer": "Prüfer*in", "admin": "Administrator*in"}
USERS_ADMIN_ONLY = "Nutzerkonten verwalten dürfen nur Administrator*innen der Koordinierungsstelle."


def verify_organisation(session: Session, *, actor: User, organisation_id: int, policy: Policy) -> Organisation:
    """Mark an organisation as checked by the office; never by one of its own members."""
    require(is_office(actor))
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound()
    if not can_verify_organisation(session, actor, organisation_id):
        raise PermissionDenied("Sie können keinen Träger verifizieren, dem Sie selbst angehören.")
    if organisation.verified_on is not None:
        raise InvalidTransition("Dieser Träger ist bereits verifiziert.")
    organisation.verified_on = policy.today
    organisation.verified_by_id = actor.id
    record_event(session, action=AuditAction.ORGANISATION_VERIFIED, actor_id=actor.id, organisation_id=organisation_id)
    # Offers show whether their provider is verified.
    for offer_id in session.scalars(select(Offer.id).where(Offer.organisation_id == organisation_id)):
        record_search_change(session, offer_id=offer_id)
    queue_mail(
        session,
        to=organisation.email,
        subject="Ihr Träger ist verifiziert – Präventionskatalog",
        body=mail_body("organisation_verified", organisation=organisation.name),
    )
    session.flush()
    return organisation


def create_office_account(
    session: Session, *, actor: User, email: str, name: str, office_role: str, link_base: str, valid_hours: int
) -> User:
    """A reviewer or admin account of the office; only office admins may create one.

    Nobody but the new person ever knows the password: the account starts with a random
    one and the person sets their own through a single-use link sent by e-mail.
    """
    require(can_manage_users(actor), USERS_ADMIN_ONLY)
    user = create_user(
        session, email=email, name=name, password=secrets.token_urlsafe(32), office_role=office_role, actor=actor
    )
    link = issue_reset_link(session, user_id=user.id, link_base=link_base, valid_hours=valid_hours)
    queue_mail(
        session,
        to=user.email,
        subject="Ihr Konto im Präventionskatalog",
        body=mail_body(
            "office_account",
            name=user.name,
            role=OFFICE_ROLE_LABELS[office_role],
            valid_hours=valid_hours,
            link=link,
            email=user.email,
        ),
    )
    session.flush()
    return user


def reset_second_factor(session: Session, *, actor: User, user_id: int) -> User:
    """Another office admin switches a person's second factor off (lost phone); audited.

    Never the person alone (a mailbox is not a second factor). Their sessions end; office
    accounts enrol again at their next login.
    """
    require(can_manage_users(actor), "Den zweiten Faktor zurücksetzen dürfen nur Administrator*innen.")
    if actor.id == user_id:
        raise PermissionDenied("Den eigenen zweiten Faktor kann nur eine andere Administratorin zurücksetzen.")
    user = clear_second_factor(session, user_id=user_id)
    if user is None:
        raise NotFound()
    record_event(session, action=AuditAction.MFA_RESET, actor_id=actor.id, user_id=user_id)
    session.flush()
    return user


def set_account_active(session: Session, *, actor: User, user_id: int, active: bool) -> User:
    """Offboarding: a deactivated account keeps its history, cannot log in, and its sessions end."""
    require(can_manage_users(actor), USERS_ADMIN_ONLY)
    if actor.id == user_id:
        raise PermissionDenied("Das eigene Konto kann nur eine andere Administratorin deaktivieren.")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound()
    user.is_active = active
    if not active:
        end_all_sessions(session, user_id=user_id, actor_id=actor.id)
    action = AuditAction.USER_REACTIVATED if active else AuditAction.USER_DEACTIVATED
    record_event(session, action=action, actor_id=actor.id, user_id=user_id)
    session.flush()
    return user
