"""Feedback services: submit (anonymous, throttled), moderate, answer as provider, moderate answers."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import LoginAttempt, User
from catalogue.audit import AuditAction, record_event
from catalogue.clock import utcnow
from catalogue.errors import DomainError, InvalidTransition, NotFound, ValidationFailed
from catalogue.feedback.content import COMMENT_MAX, REPLY_MAX, contact_flags
from catalogue.feedback.models import APPROVED, COUNTED, PENDING, RATINGS_ONLY, REJECTED, OfferFeedback
from catalogue.offers.models import Offer
from catalogue.offers.queries import live_query
from catalogue.permissions import can_edit_offers, can_review, require

DECISIONS = {APPROVED, RATINGS_ONLY, REJECTED}
THROTTLE_KEY = "feedback:"
FEEDBACK_WINDOW_MINUTES = 60  # FEEDBACK_PER_HOUR counts within this window


class FeedbackThrottled(DomainError):
    status = 429
    default_message = (
        "Von diesem Anschluss kamen gerade sehr viele Rückmeldungen. Bitte versuchen Sie es in einer Stunde erneut."
    )


def submit_feedback(
    session: Session,
    *,
    offer_id: int,
    school_type: str,
    grade: int,
    held_in: date,
    ratings: dict[str, int],
    would_book_again: bool,
    comment: str,
    client_key: str,
    limit: int,
    window_minutes: int,
) -> OfferFeedback:
    """Store a school's feedback as pending; at most `limit` per client key within the window.

    `client_key` is a keyed hash of the client address made by the view, so the rows that
    enforce the limit hold no address; they are purged with the login throttle's rows.
    """
    if session.scalar(live_query(Offer.id).where(Offer.id == offer_id)) is None:
        raise NotFound()
    comment = (comment or "").strip()
    if len(comment) > COMMENT_MAX:
        raise ValidationFailed(f"Bitte höchstens {COMMENT_MAX} Zeichen.", "comment")
    now = utcnow()
    key = THROTTLE_KEY + client_key
    recent = session.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.key == key, LoginAttempt.attempted_at >= now - timedelta(minutes=window_minutes))
    )
    if recent >= limit:
        raise FeedbackThrottled()
    session.add(LoginAttempt(key=key, attempted_at=now))
    feedback = OfferFeedback(
        offer_id=offer_id,
        school_type=school_type,
        grade=grade,
        held_in=held_in.replace(day=1),
        would_book_again=would_book_again,
        comment=comment,
        flags=", ".join(contact_flags(comment)),
        **ratings,
    )
    session.add(feedback)
    session.flush()
    return feedback


def _feedback_and_offer(session: Session, feedback_id: int) -> tuple[OfferFeedback, Offer]:
    feedback = session.get(OfferFeedback, feedback_id)
    if feedback is None:
        raise NotFound()
    return feedback, session.get(Offer, feedback.offer_id)


def moderate_feedback(session: Session, *, actor: User, feedback_id: int, decision: str) -> OfferFeedback:
    """The office approves (with or without the comment) or rejects a pending feedback."""
    feedback, offer = _feedback_and_offer(session, feedback_id)
    require(can_review(session, actor, offer.organisation_id))
    if decision not in DECISIONS:
        raise ValidationFailed("Unbekannte Entscheidung.")
    if feedback.status != PENDING:
        raise InvalidTransition("Über diese Rückmeldung wurde bereits entschieden.")
    feedback.status, feedback.moderated_at, feedback.moderated_by = decision, utcnow(), actor.id
    record_event(
        session,
        action=AuditAction.FEEDBACK_MODERATED,
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        feedback_id=feedback.id,
        decision=decision,
    )
    session.flush()
    return feedback


def answer_feedback(session: Session, *, actor: User, offer_id: int, feedback_id: int, text: str) -> OfferFeedback:
    """The provider's one public answer to an approved feedback; shown after the office approved it.

    A rejected answer may be written anew; a pending or published one may not be replaced.
    """
    feedback, offer = _feedback_and_offer(session, feedback_id)
    require(can_edit_offers(session, actor, offer.organisation_id))
    if feedback.offer_id != offer_id or feedback.status not in COUNTED:
        raise NotFound()
    if feedback.reply_status in {PENDING, APPROVED}:
        raise InvalidTransition("Auf diese Rückmeldung haben Sie bereits geantwortet.")
    text = (text or "").strip()
    if not text or len(text) > REPLY_MAX:
        raise ValidationFailed(f"Bitte schreiben Sie eine Antwort mit höchstens {REPLY_MAX} Zeichen.", "text")
    feedback.reply, feedback.reply_status = text, PENDING
    feedback.replied_at, feedback.replied_by = utcnow(), actor.id
    record_event(
        session,
        action=AuditAction.FEEDBACK_ANSWERED,
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        feedback_id=feedback.id,
    )
    session.flush()
    return feedback


def moderate_answer(session: Session, *, actor: User, feedback_id: int, approve: bool) -> OfferFeedback:
    feedback, offer = _feedback_and_offer(session, feedback_id)
    require(can_review(session, actor, offer.organisation_id))
    if feedback.reply_status != PENDING:
        raise InvalidTransition("Über diese Antwort wurde bereits entschieden.")
    feedback.reply_status = APPROVED if approve else REJECTED
    record_event(
        session,
        action=AuditAction.FEEDBACK_ANSWER_MODERATED,
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        feedback_id=feedback.id,
        decision=feedback.reply_status,
    )
    session.flush()
    return feedback
