"""The full history of one offer for the office: revisions with their reviews and
decisions, and the audit timeline in German."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.audit import AuditEvent
from catalogue.errors import NotFound
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.workflow import LISTING_LABELS, REVISION_STATE_LABELS
from catalogue.providers.models import Organisation
from catalogue.review import rules
from catalogue.review.criteria_seed import REASON_CODES
from catalogue.review.events import describe, offer_history
from catalogue.review.models import Criterion, Review, ReviewRating
from catalogue.review.queries import RatingLine, user_names


@dataclass
class DecisionEntry:
    review: Review
    reviewer: str
    decision: str
    reasons: list[str]
    ratings: list[RatingLine]


@dataclass
class RevisionEntry:
    revision: OfferRevision
    state: str
    is_live: bool
    reviews: list[DecisionEntry]


@dataclass
class TimelineEntry:
    when: datetime
    actor: str
    label: str
    revision_number: int | None
    details: list[str]


@dataclass
class HistoryPage:
    offer: Offer
    organisation: Organisation
    title: str
    listing: str
    revisions: list[RevisionEntry]
    timeline: list[TimelineEntry]


def _rating_lines(session: Session, review_ids: list[int]) -> dict[int, list[RatingLine]]:
    grouped: dict[int, list[RatingLine]] = defaultdict(list)
    if review_ids:
        rows = session.execute(
            select(ReviewRating, Criterion)
            .join(Criterion, Criterion.id == ReviewRating.criterion_id)
            .where(ReviewRating.review_id.in_(review_ids))
            .order_by(Criterion.sort_order, Criterion.id)
        )
        for rating, criterion in rows:
            grouped[rating.review_id].append(RatingLine.of(criterion, rating))
    return grouped


def _revision_entries(session: Session, offer: Offer, revisions: list[OfferRevision]) -> list[RevisionEntry]:
    reviews = list(
        session.scalars(
            select(Review)
            .where(Review.revision_id.in_([r.id for r in revisions]))
            .order_by(Review.started_at, Review.id)
        )
    )
    names = user_names(session, [r.reviewer_id for r in reviews])
    lines = _rating_lines(session, [r.id for r in reviews])
    by_revision: dict[int, list[DecisionEntry]] = defaultdict(list)
    for review in reviews:
        reasons = [REASON_CODES.get(code, code) for code in review.reason_codes.split(",") if code]
        by_revision[review.revision_id].append(
            DecisionEntry(
                review,
                names.get(review.reviewer_id, "gelöschtes Konto"),
                rules.DECISION_RESULTS.get(review.decision or "", "noch nicht entschieden"),
                reasons,
                lines.get(review.id, []),
            )
        )
    return [
        RevisionEntry(
            r, REVISION_STATE_LABELS.get(r.state, r.state), r.id == offer.live_revision_id, by_revision.get(r.id, [])
        )
        for r in revisions
    ]


def _timeline_entry(event: AuditEvent, actor: str, numbers: dict[int, int]) -> TimelineEntry:
    text = describe(event, numbers)
    return TimelineEntry(event.created_at, actor, text.label, numbers.get(event.revision_id), text.lines)


def offer_history_page(session: Session, offer_id: int) -> HistoryPage:
    offer = session.get(Offer, offer_id)
    if offer is None:
        raise NotFound()
    revisions = list(
        session.scalars(
            select(OfferRevision).where(OfferRevision.offer_id == offer.id).order_by(OfferRevision.number.desc())
        )
    )
    numbers = {r.id: r.number for r in revisions}
    live = next((r for r in revisions if r.id == offer.live_revision_id), None)
    title = (live or revisions[0]).title if revisions else offer.ref
    timeline = [_timeline_entry(event, actor, numbers) for event, actor in offer_history(session, offer.id)]
    return HistoryPage(
        offer,
        session.get(Organisation, offer.organisation_id),
        title or offer.ref,
        LISTING_LABELS.get(offer.listing, offer.listing),
        _revision_entries(session, offer, revisions),
        timeline,
    )
