"""Members of an organisation: invitations, accepting them, removing members."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import MEMBER_ROLES, Invitation, Membership, User
from catalogue.accounts.services import create_user, find_user_by_email, normalise_email
from catalogue.accounts.tokens import TokenInvalid, check_usable, hash_token, new_token
from catalogue.audit import AuditAction, record_event
from catalogue.clock import utcnow
from catalogue.errors import InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from catalogue.mail import mail_body, queue_mail
from catalogue.providers.access import get_organisation, require_manager

ROLE_LABELS = {"admin": "Administrator*in", "editor": "Redakteur*in"}
INVITATION_USED = "Diese Einladung wurde bereits angenommen."


def invite_member(
    session: Session, *, actor: User, organisation_id: int, email: str, role: str, link_base: str, valid_days: int
) -> Invitation:
    """Invite a person by e-mail; an earlier open invitation to the same address is replaced."""
    require_manager(session, actor, organisation_id)
    organisation = get_organisation(session, organisation_id)
    email = normalise_email(email)
    if role not in MEMBER_ROLES:
        raise ValidationFailed("Bitte wählen Sie eine Rolle aus.", "role")
    invited = find_user_by_email(session, email)
    if invited is not None and _membership(session, invited.id, organisation_id) is not None:
        raise ValidationFailed("Diese Person ist bereits Mitglied des Trägers.", "email")
    now = utcnow()
    for earlier in _open_invitations(session, organisation_id, email):
        earlier.expires_at = now
    token, token_hash = new_token()
    invitation = Invitation(
        organisation_id=organisation_id,
        email=email,
        role=role,
        token_hash=token_hash,
        invited_by_id=actor.id,
        expires_at=now + timedelta(days=valid_days),
    )
    session.add(invitation)
    session.flush()
    queue_mail(
        session,
        to=email,
        subject=f"Einladung zum Präventionskatalog: {organisation.name}",
        body=mail_body(
            "invitation",
            inviter=actor.name,
            organisation=organisation.name,
            role=ROLE_LABELS[role],
            valid_days=valid_days,
            link=f"{link_base}{token}",
        ),
    )
    record_event(
        session,
        action=AuditAction.INVITATION_CREATED,
        actor_id=actor.id,
        organisation_id=organisation_id,
        invitation_id=invitation.id,
        email=email,
        role=role,
    )
    return invitation


def withdraw_invitation(session: Session, *, actor: User, organisation_id: int, invitation_id: int) -> None:
    require_manager(session, actor, organisation_id)
    invitation = session.get(Invitation, invitation_id)
    if invitation is None or invitation.organisation_id != organisation_id:
        raise NotFound()
    if invitation.accepted_at is not None:
        raise InvalidTransition(INVITATION_USED)
    invitation.expires_at = min(invitation.expires_at, utcnow())
    record_event(
        session,
        action=AuditAction.INVITATION_WITHDRAWN,
        actor_id=actor.id,
        organisation_id=organisation_id,
        invitation_id=invitation.id,
        email=invitation.email,
    )
    session.flush()


def remove_member(session: Session, *, actor: User, organisation_id: int, user_id: int) -> None:
    """End a membership; the last admin of an organisation cannot be removed."""
    require_manager(session, actor, organisation_id)
    membership = _membership(session, user_id, organisation_id)
    if membership is None:
        raise NotFound()
    if membership.role == "admin":
        # Lock the admin rows (PostgreSQL) so two admins cannot remove each other at once.
        admins = session.scalars(
            select(Membership)
            .where(Membership.organisation_id == organisation_id, Membership.role == "admin")
            .with_for_update()
        ).all()
        if len(admins) <= 1:
            raise InvalidTransition(
                "Ein Träger braucht mindestens eine Administratorin oder einen "
                "Administrator. Ernennen Sie zuerst eine weitere Person dazu."
            )
    session.delete(membership)
    record_event(
        session,
        action=AuditAction.MEMBERSHIP_REMOVED,
        actor_id=actor.id,
        organisation_id=organisation_id,
        user_id=user_id,
        role=membership.role,
    )
    session.flush()


def check_invitation(session: Session, *, token: str) -> Invitation:
    """The invitation behind a link; raises TokenInvalid, TokenUsed or TokenExpired."""
    invitation = session.scalar(select(Invitation).where(Invitation.token_hash == hash_token(token)))
    if invitation is None:
        raise TokenInvalid()
    check_usable(expires_at=invitation.expires_at, used_at=invitation.accepted_at, used_message=INVITATION_USED)
    return invitation


def accept_invitation(session: Session, *, token: str, actor: User) -> Membership:
    """The logged-in person joins; the invitation must have been sent to their address."""
    invitation = check_invitation(session, token=token)
    if normalise_email(actor.email) != invitation.email:
        raise PermissionDenied("Diese Einladung gilt für eine andere E-Mail-Adresse.")
    return _join(session, invitation, actor)


def accept_invitation_with_new_account(session: Session, *, token: str, name: str, password: str) -> User:
    """Create the account for the invited address and join the organisation."""
    invitation = check_invitation(session, token=token)
    if find_user_by_email(session, invitation.email) is not None:
        raise ValidationFailed(
            "Für diese E-Mail-Adresse gibt es bereits ein Konto. "
            "Bitte melden Sie sich an, um die Einladung anzunehmen.",
            "name",
        )
    user = create_user(session, email=invitation.email, name=name, password=password)
    _join(session, invitation, user)
    return user


def _join(session: Session, invitation: Invitation, user: User) -> Membership:
    invitation.accepted_at = utcnow()
    membership = _membership(session, user.id, invitation.organisation_id)
    if membership is None:
        membership = Membership(user_id=user.id, organisation_id=invitation.organisation_id, role=invitation.role)
        session.add(membership)
        record_event(
            session,
            action=AuditAction.MEMBERSHIP_ADDED,
            actor_id=user.id,
            organisation_id=invitation.organisation_id,
            user_id=user.id,
            role=invitation.role,
            invitation_id=invitation.id,
        )
    session.flush()
    return membership


def _membership(session: Session, user_id: int, organisation_id: int) -> Membership | None:
    return session.scalar(
        select(Membership).where(Membership.user_id == user_id, Membership.organisation_id == organisation_id)
    )


def _open_invitations(session: Session, organisation_id: int, email: str | None = None) -> list[Invitation]:
    query = select(Invitation).where(
        Invitation.organisation_id == organisation_id,
        Invitation.accepted_at.is_(None),
        Invitation.expires_at > utcnow(),
    )
    if email is not None:
        query = query.where(Invitation.email == email)
    return list(session.scalars(query.order_by(Invitation.created_at)))


def list_members(session: Session, organisation_id: int) -> list[tuple[User, str]]:
    return session.execute(
        select(User, Membership.role)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.organisation_id == organisation_id)
        .order_by(User.name, User.id)
    ).all()


def list_open_invitations(session: Session, organisation_id: int) -> list[Invitation]:
    return _open_invitations(session, organisation_id)
