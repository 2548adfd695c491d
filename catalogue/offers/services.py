"""Provider-side offer services: write, revise, submit, withdraw, pause, resume.

Each service checks permission, guards the transition (workflow), changes rows under an
optimistic lock, writes an audit event, records a search change when the public may see
a difference, and flushes. The caller commits once.
"""

from __future__ import annotations

import re
import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.audit import LISTING_ACTIONS, REVISION_STEP_ACTIONS, AuditAction, record_event
from catalogue.changefeed import record_search_change
from catalogue.clock import utcnow
from catalogue.db import compare_and_set
from catalogue.errors import DomainError, NotFound, StaleEdit
from catalogue.mail import mail_body, queue_mail
from catalogue.offers import workflow
from catalogue.offers.completeness import content_problems
from catalogue.offers.content import changed_fields, read_content, write_content
from catalogue.offers.models import Offer, OfferRevision
from catalogue.permissions import can_edit_offers, is_office_admin
from catalogue.policy import Policy
from catalogue.providers.models import Organisation
from catalogue.vocabularies.queries import vocabulary_codes

CREATION_KEY = re.compile(r"[0-9a-f]{16}")


class IncompleteContent(DomainError):
    """The revision cannot be submitted; `problems` maps field → German message."""

    status = 400
    default_message = "Das Angebot ist noch nicht vollständig. Bitte ergänzen Sie die markierten Felder."

    def __init__(self, problems: dict[str, str]):
        super().__init__()
        self.problems = problems


def provider_offer(session: Session, actor: User, offer_id: int) -> Offer:
    """The offer if `actor` may edit it; 404 otherwise (other organisations' offers do not exist)."""
    offer = session.get(Offer, offer_id)
    if offer is None or not can_edit_offers(session, actor, offer.organisation_id):
        raise NotFound()
    return offer


def provider_revision(session: Session, actor: User, revision_id: int) -> tuple[Offer, OfferRevision]:
    revision = session.get(OfferRevision, revision_id)
    if revision is None:
        raise NotFound()
    return provider_offer(session, actor, revision.offer_id), revision


def create_offer(
    session: Session, *, actor: User, organisation_id: int, content: dict, creation_key: str | None = None
) -> OfferRevision:
    """A new offer with its first revision as a draft (may be incomplete).

    `creation_key` (a random token the form carried) makes the call idempotent: a
    double-clicked "create" returns the draft the first click made.
    """
    if not can_edit_offers(session, actor, organisation_id):
        raise NotFound()
    key = creation_key if creation_key and CREATION_KEY.fullmatch(creation_key) else secrets.token_hex(8)
    existing = session.scalar(select(Offer).where(Offer.ref == f"angebot-{key}"))
    if existing is not None:
        if existing.organisation_id != organisation_id:
            raise NotFound()
        return session.scalar(
            select(OfferRevision).where(OfferRevision.offer_id == existing.id).order_by(OfferRevision.number)
        )
    offer = Offer(ref=f"angebot-{key}", organisation_id=organisation_id)
    session.add(offer)
    session.flush()
    revision = OfferRevision(offer_id=offer.id, number=1, created_by_id=actor.id)
    session.add(revision)
    session.flush()
    write_content(session, revision, content)
    record_event(
        session,
        action=AuditAction.OFFER_CREATED,
        actor_id=actor.id,
        organisation_id=organisation_id,
        offer_id=offer.id,
        revision_id=revision.id,
    )
    return revision


def save_revision(session: Session, *, actor: User, revision_id: int, expected_version: int, content: dict) -> bool:
    """Save an editable revision. Returns False (and changes nothing) when nothing changed."""
    offer, revision = provider_revision(session, actor, revision_id)
    if revision.state not in workflow.EDITABLE_STATES:
        raise workflow.InvalidTransition(
            "Diese Fassung liegt der Koordinierungsstelle vor und kann gerade nicht bearbeitet werden."
        )
    changes = changed_fields(read_content(session, revision), content)
    if revision.version != expected_version:
        raise StaleEdit()
    if not changes:
        return False
    compare_and_set(session, OfferRevision, revision.id, expected_version)
    revision = session.get(OfferRevision, revision_id)
    write_content(session, revision, content)
    revision.updated_at = utcnow()
    record_event(
        session,
        action=AuditAction.REVISION_SAVED,
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        revision_id=revision.id,
        fields=changes,
    )
    session.flush()
    return True


def start_revision(
    session: Session, *, actor: User, offer_id: int, expected_version: int, renewal: bool = False
) -> OfferRevision:
    """A new draft copied from the live revision; the live one stays public meanwhile."""
    offer = provider_offer(session, actor, offer_id)
    live = session.get(OfferRevision, offer.live_revision_id) if offer.live_revision_id else None
    if live is None:
        raise workflow.InvalidTransition("Dieses Angebot hat noch keine freigegebene Fassung.")
    if open_revision(session, offer.id) is not None:
        raise workflow.InvalidTransition("Es gibt bereits eine offene Fassung dieses Angebots.")
    compare_and_set(session, Offer, offer.id, expected_version)
    number = session.scalar(select(func.max(OfferRevision.number)).where(OfferRevision.offer_id == offer.id))
    revision = OfferRevision(offer_id=offer.id, number=number + 1, created_by_id=actor.id)
    session.add(revision)
    session.flush()
    write_content(session, revision, read_content(session, live))
    record_event(
        session,
        action=AuditAction.RENEWAL_STARTED if renewal else "revision.started",
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        revision_id=revision.id,
        based_on=live.id,
    )
    return revision


def open_revision(session: Session, offer_id: int) -> OfferRevision | None:
    return session.scalar(
        select(OfferRevision).where(OfferRevision.offer_id == offer_id, OfferRevision.state.in_(workflow.OPEN_STATES))
    )


def _transition(
    session: Session, *, actor: User, revision_id: int, expected_version: int, action: str
) -> tuple[Offer, OfferRevision, str]:
    offer, revision = provider_revision(session, actor, revision_id)
    target = workflow.next_revision_state(revision.state, action, workflow.PROVIDER)
    compare_and_set(session, OfferRevision, revision.id, expected_version)
    revision = session.get(OfferRevision, revision_id)
    previous, revision.state = revision.state, target
    revision.updated_at = utcnow()
    record_event(
        session,
        action=REVISION_STEP_ACTIONS[action],
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        revision_id=revision.id,
        **{"from": previous, "to": target},
    )
    return offer, revision, previous


def submit_revision(session: Session, *, actor: User, revision_id: int, expected_version: int, policy: Policy) -> None:
    """Submit for review once complete; the office is told by mail."""
    _, revision = provider_revision(session, actor, revision_id)
    problems = content_problems(read_content(session, revision), vocabulary_codes(session))
    if problems:
        raise IncompleteContent(problems)
    offer, revision, _ = _transition(
        session, actor=actor, revision_id=revision_id, expected_version=expected_version, action="submit"
    )
    revision.submitted_at = utcnow()
    organisation = session.get(Organisation, offer.organisation_id)
    queue_mail(
        session,
        to=policy.office_email,
        subject=f"Neue Einreichung: {revision.title}",
        body=mail_body(
            "submission",
            organisation=organisation.name,
            title=revision.title,
            number=revision.number,
            link=policy.review_queue_link(),
        ),
    )
    session.flush()


def withdraw_submission(session: Session, *, actor: User, revision_id: int, expected_version: int) -> None:
    _transition(session, actor=actor, revision_id=revision_id, expected_version=expected_version, action="withdraw")
    session.flush()


def discard_revision(session: Session, *, actor: User, revision_id: int, expected_version: int) -> None:
    """Throw away an unsubmitted draft; a never-listed offer keeps its history."""
    _transition(session, actor=actor, revision_id=revision_id, expected_version=expected_version, action="discard")
    session.flush()


def change_listing(
    session: Session,
    *,
    actor: User,
    offer_id: int,
    expected_version: int,
    action: str,
    policy: Policy,
    reason: str = "",
) -> None:
    """Pause, resume or withdraw a listed offer (its provider, or an office admin)."""
    offer = session.get(Offer, offer_id)
    if offer is None:
        raise NotFound()
    if can_edit_offers(session, actor, offer.organisation_id):
        kind = workflow.PROVIDER
    elif is_office_admin(actor):
        kind = workflow.OFFICE
    else:
        raise NotFound()
    target = workflow.next_listing(offer.listing, action, kind)
    if action in {"pause", "withdraw"} and not reason.strip():
        raise IncompleteContent({"reason": "Bitte geben Sie einen Grund an."})
    if action == "resume":
        live = session.get(OfferRevision, offer.live_revision_id)
        if workflow.seal_expired(live.seal_valid_until, policy.today):
            raise workflow.InvalidTransition("Das Siegel ist abgelaufen; bitte erneuern Sie das Angebot.")
    compare_and_set(session, Offer, offer.id, expected_version)
    offer = session.get(Offer, offer_id)
    previous, offer.listing = offer.listing, target
    offer.listing_reason = reason.strip() if action != "resume" else ""
    offer.updated_at = utcnow()
    record_event(
        session,
        action=LISTING_ACTIONS[action],
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        revision_id=offer.live_revision_id,
        reason=reason.strip(),
        **{"from": previous, "to": target},
    )
    record_search_change(session, offer_id=offer.id)
    session.flush()
