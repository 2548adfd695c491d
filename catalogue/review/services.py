"""Office-side review services: start a review, rate the criteria, decide.

Approval acts on the exact revision that was reviewed: it becomes live, the previous
live revision is superseded, the seal is set. Nobody reviews an offer of an
organisation they belong to; four-eyes mode needs `policy.approvals_required` approvals.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.audit import DECISION_ACTIONS, AuditAction, AuditEvent, record_event
from catalogue.changefeed import record_search_change
from catalogue.clock import utcnow
from catalogue.db import compare_and_set
from catalogue.errors import DomainError, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from catalogue.mail import mail_body, queue_mail
from catalogue.offers import workflow
from catalogue.offers.content import read_content
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.services import provider_revision
from catalogue.permissions import can_review, is_office, is_office_admin
from catalogue.policy import Policy
from catalogue.providers.models import Organisation
from catalogue.review import feedback, rules
from catalogue.review.criteria_seed import REASON_CODES
from catalogue.review.models import RATINGS, CriteriaSet, Criterion, Review, ReviewRating
from catalogue.review.queries import current_round


class DecisionRefused(DomainError):
    """The ratings do not allow the chosen decision; `problems` says why (German)."""

    status = 400

    def __init__(self, problems: list[str]):
        super().__init__(" ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Rating:
    rating: str | None
    comment: str = ""
    condition: str = ""


def _reviewable(session: Session, actor: User, revision_id: int) -> tuple[Offer, OfferRevision]:
    """The revision if `actor` may review it (office role, not a member of the organisation)."""
    if not is_office(actor):
        raise PermissionDenied()
    revision = session.get(OfferRevision, revision_id)
    if revision is None:
        raise NotFound()
    offer = session.get(Offer, revision.offer_id)
    if not can_review(session, actor, offer.organisation_id):
        raise PermissionDenied(rules.SEPARATION_OF_DUTIES)
    return offer, revision


def current_criteria_set(session: Session) -> CriteriaSet:
    return session.scalar(
        select(CriteriaSet).where(CriteriaSet.is_current.is_(True)).order_by(CriteriaSet.version.desc())
    )


def start_review(session: Session, *, actor: User, revision_id: int, expected_version: int, policy: Policy) -> Review:
    """Assign `actor` to a submitted revision, or add a second reviewer in four-eyes mode."""
    offer, revision = _reviewable(session, actor, revision_id)
    refusal = rules.start_refusal(
        session.scalars(current_round([revision.id])).all(),
        reviewer_id=actor.id,
        state=revision.state,
        approvals_required=policy.approvals_required,
    )
    if refusal:
        raise InvalidTransition(refusal)
    if revision.state == "in_review":
        compare_and_set(session, OfferRevision, revision.id, expected_version)
    else:
        target = workflow.next_revision_state(revision.state, "start_review", workflow.OFFICE)
        compare_and_set(session, OfferRevision, revision.id, expected_version)
        revision = session.get(OfferRevision, revision_id)
        revision.state = target
    review = Review(revision_id=revision_id, reviewer_id=actor.id, criteria_set_id=current_criteria_set(session).id)
    session.add(review)
    session.flush()
    record_event(
        session,
        action=AuditAction.REVIEW_STARTED,
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        revision_id=revision_id,
        review_id=review.id,
    )
    session.flush()
    return review


def _own_open_review(session: Session, actor: User, review_id: int) -> tuple[Review, Offer, OfferRevision]:
    review = session.get(Review, review_id)
    if review is None:
        raise NotFound()
    offer, revision = _reviewable(session, actor, review.revision_id)
    if review.reviewer_id != actor.id:
        raise PermissionDenied("Diese Prüfung ist einer anderen Person zugewiesen.")
    if review.decided_at is not None or revision.state != "in_review":
        raise InvalidTransition("Über diese Fassung wurde bereits entschieden.")
    if session.scalar(current_round([revision.id]).where(Review.id == review.id)) is None:
        raise InvalidTransition(
            "Diese Prüfung gehört zu einer früheren Einreichung; bitte beginnen Sie die Prüfung neu."
        )
    return review, offer, revision


def _store_ratings(session: Session, review: Review, ratings: dict[str, Rating]) -> list[rules.RatedCriterion]:
    criteria = session.scalars(
        select(Criterion).where(Criterion.criteria_set_id == review.criteria_set_id).order_by(Criterion.sort_order)
    ).all()
    stored = {
        r.criterion_id: r for r in session.scalars(select(ReviewRating).where(ReviewRating.review_id == review.id))
    }
    rated = []
    unknown = sorted(code for code, given in ratings.items() if given.rating not in (None, *RATINGS))
    if unknown:
        raise DecisionRefused([f"Unbekannte Bewertung bei {', '.join(unknown)}."])
    for criterion in criteria:
        given = ratings.get(criterion.code, Rating(None))
        row = stored.get(criterion.id)
        if given.rating is None:
            if row is not None:
                session.delete(row)
        else:
            row = row or ReviewRating(review_id=review.id, criterion_id=criterion.id, rating=given.rating)
            row.rating, row.comment, row.condition = given.rating, given.comment.strip(), given.condition.strip()
            session.add(row)
        rated.append(rules.RatedCriterion(criterion.code, criterion.kind, given.rating, given.condition))
    return rated


def save_review(
    session: Session,
    *,
    actor: User,
    review_id: int,
    expected_version: int,
    ratings: dict[str, Rating],
    message: str,
    internal_note: str,
) -> None:
    """Keep the reviewer's ratings and notes without deciding yet."""
    review, offer, revision = _own_open_review(session, actor, review_id)
    compare_and_set(session, Review, review.id, expected_version)
    review = session.get(Review, review_id)
    _store_ratings(session, review, ratings)
    review.message_to_provider, review.internal_note = message.strip(), internal_note.strip()
    session.flush()


def decide_review(
    session: Session,
    *,
    actor: User,
    review_id: int,
    expected_version: int,
    revision_version: int,
    decision: str,
    ratings: dict[str, Rating],
    reason_codes: list[str],
    message: str,
    internal_note: str,
    policy: Policy,
) -> str:
    """Record the decision; returns the revision's resulting state."""
    review, offer, revision = _own_open_review(session, actor, review_id)
    unknown = [code for code in reason_codes if code not in REASON_CODES]
    if unknown:
        raise DecisionRefused([f"Unbekannter Grund: {', '.join(unknown)}."])
    compare_and_set(session, Review, review.id, expected_version)
    review = session.get(Review, review_id)
    rated = _store_ratings(session, review, ratings)
    problems = rules.decision_problems(decision, rated, reason_codes, message)
    if decision == "approve" and session.get(Organisation, offer.organisation_id).verified_on is None:
        problems.append("Der Träger ist noch nicht verifiziert (Grund PROVIDER_NOT_VERIFIED).")
    if problems:
        raise DecisionRefused(problems)
    review.decision, review.decided_at = decision, utcnow()
    review.reason_codes = ",".join(reason_codes)
    review.message_to_provider, review.internal_note = message.strip(), internal_note.strip()
    if decision == "request_changes":
        review.content_snapshot = json.dumps(read_content(session, revision), default=str, ensure_ascii=False)
    record_event(
        session,
        action=DECISION_ACTIONS[decision],
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        revision_id=revision.id,
        review_id=review.id,
        reasons=reason_codes,
    )
    # Every decision moves the revision's version on, so two reviewers deciding at once
    # (also two four-eyes approvals) cannot both succeed.
    compare_and_set(session, OfferRevision, revision.id, revision_version)
    revision = session.get(OfferRevision, revision.id)
    if decision == "approve" and _approvals(session, revision.id) < policy.approvals_required:
        session.flush()
        return revision.state  # four-eyes: waiting for the next approval
    revision.state = workflow.next_revision_state(revision.state, decision, workflow.OFFICE)
    revision.decided_at = utcnow()
    if decision == "approve":
        _make_live(session, actor, session.get(Offer, offer.id), revision, policy)
    _notify_provider(session, offer, revision, review, message, policy)
    session.flush()
    return revision.state


def _approvals(session: Session, revision_id: int) -> int:
    """Approvals of the current round (by different reviewers: one review each per round)."""
    current = current_round([revision_id]).where(Review.decision == "approve").subquery()
    return session.scalar(select(func.count()).select_from(current)) or 0


def _make_live(session: Session, actor: User, offer: Offer, revision: OfferRevision, policy: Policy) -> None:
    """Publish exactly this revision with a fresh seal; supersede the previous live one."""
    revision.seal_awarded_on = revision.checked_on = policy.today
    revision.seal_valid_until = workflow.seal_valid_until(policy.today, policy.seal_validity_months)
    revision.checked_by_id = actor.id
    previous = session.get(OfferRevision, offer.live_revision_id) if offer.live_revision_id else None
    if previous is not None:
        previous.state = workflow.next_revision_state(previous.state, "supersede", workflow.SYSTEM)
    offer.live_revision_id = revision.id
    offer.listing = workflow.next_listing(offer.listing, "publish", workflow.SYSTEM)
    if offer.listing != "paused":
        offer.listing_reason = ""
    offer.renewal_notice_for = None
    offer.updated_at = utcnow()
    record_event(
        session,
        action=AuditAction.OFFER_PUBLISHED,
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        revision_id=revision.id,
        superseded=previous.id if previous else None,
        seal_valid_until=revision.seal_valid_until,
    )
    record_search_change(session, offer_id=offer.id)


def _notify_provider(
    session: Session, offer: Offer, revision: OfferRevision, review: Review, message: str, policy: Policy
) -> None:
    """The decision with the comments per criterion, to the organisation and to whoever submitted."""
    organisation = session.get(Organisation, offer.organisation_id)
    result = rules.DECISION_RESULTS[review.decision]
    body = mail_body(
        "review_decision",
        number=revision.number,
        title=revision.title,
        result=result,
        message=message.strip(),
        comments=_criterion_comments(session, review),
        can_reply=review.decision == "request_changes",
        link=policy.provider_offer_link(offer.id),
    )
    for address in _provider_addresses(session, organisation, revision):
        queue_mail(session, to=address, subject=f"Prüfergebnis: {revision.title} – {result}", body=body)


def _criterion_comments(session: Session, review: Review) -> list[tuple[str, str, str, str, str]]:
    """(code, title, rating, comment, condition) of every criterion the reviewer wrote about."""
    rows = session.execute(
        select(Criterion, ReviewRating)
        .join(ReviewRating, ReviewRating.criterion_id == Criterion.id)
        .where(ReviewRating.review_id == review.id)
        .order_by(Criterion.sort_order, Criterion.code)
    )
    return [
        (c.code, c.title, rules.RATING_LABELS.get(r.rating, r.rating), r.comment, r.condition)
        for c, r in rows
        if r.comment or r.condition
    ]


def _provider_addresses(session: Session, organisation: Organisation, revision: OfferRevision) -> list[str]:
    """The organisation's address and the person who submitted the revision (once each)."""
    submitter_id = session.scalar(
        select(AuditEvent.actor_id)
        .where(AuditEvent.revision_id == revision.id, AuditEvent.action == AuditAction.REVISION_SUBMITTED)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    submitter = session.get(User, submitter_id) if submitter_id else None
    addresses = [organisation.email]
    if submitter is not None and submitter.is_active and submitter.email.lower() != organisation.email.lower():
        addresses.append(submitter.email)
    return [address for address in addresses if address]


REPLY_TOO_LONG = "Bitte kürzen Sie Ihre Antwort zu {code} auf höchstens 2.000 Zeichen."


def reply_to_change_request(session: Session, *, actor: User, revision_id: int, replies: dict[int, str]) -> bool:
    """The provider answers the office's comments per criterion ("Was haben Sie geändert?").

    `replies` maps rating ids of the latest change request to text; returns whether anything changed.
    """
    _offer, revision = provider_revision(session, actor, revision_id)
    if revision.state != "changes_requested":
        raise InvalidTransition("Antworten auf die Rückmeldung sind nur möglich, solange Änderungen erbeten sind.")
    points = {point.rating_id: point for point in feedback.open_points(session, revision.id)}
    changed = False
    for rating_id, text in replies.items():
        point = points.get(rating_id)
        if point is None or point.reply == text.strip():
            continue
        if len(text) > 2_000:
            raise ValidationFailed(REPLY_TOO_LONG.format(code=point.code), field=f"reply_{rating_id}")
        session.get(ReviewRating, rating_id).provider_reply = text.strip()
        changed = True
    session.flush()
    return changed


REASSIGN_ADMIN_ONLY = "Nur Administrator*innen der Koordinierungsstelle können eine Prüfung übertragen."


def reassign_review(
    session: Session, *, actor: User, review_id: int, expected_version: int, reviewer_id: int
) -> Review:
    """An office admin hands an open review to another reviewer, who continues it as it stands."""
    if not is_office_admin(actor):
        raise PermissionDenied(REASSIGN_ADMIN_ONLY)
    review = session.get(Review, review_id)
    if review is None:
        raise NotFound()
    revision = session.get(OfferRevision, review.revision_id)
    if review.decided_at is not None or revision.state != "in_review":
        raise InvalidTransition("Diese Prüfung ist abgeschlossen und kann nicht mehr übertragen werden.")
    offer = session.get(Offer, revision.offer_id)
    reviewer = session.get(User, reviewer_id)
    if reviewer is None or not is_office(reviewer) or not can_review(session, reviewer, offer.organisation_id):
        raise InvalidTransition("Diese Person kann die Prüfung nicht übernehmen.")
    others = session.scalars(current_round([revision.id]).where(Review.id != review.id)).all()
    if any(other.reviewer_id == reviewer.id for other in others):
        raise InvalidTransition("Diese Person prüft diese Einreichung bereits.")
    compare_and_set(session, Review, review.id, expected_version)
    review = session.get(Review, review_id)
    previous, review.reviewer_id = review.reviewer_id, reviewer.id
    record_event(
        session,
        action=AuditAction.REVIEW_REASSIGNED,
        actor_id=actor.id,
        organisation_id=offer.organisation_id,
        offer_id=offer.id,
        revision_id=revision.id,
        review_id=review.id,
        from_reviewer=previous,
        to_reviewer=reviewer.id,
    )
    session.flush()
    return review
