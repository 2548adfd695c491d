"""What the provider reads of the office's review: decision, message, reasons and ratings
(never the internal note)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.review.criteria_seed import REASON_CODES
from catalogue.review.models import Criterion, Review, ReviewRating
from catalogue.review.queries import RatingLine
from catalogue.review.rules import RATING_LABELS

DECISION_LABELS = {"approve": "Befürwortet", "request_changes": "Änderungen erbeten", "reject": "Abgelehnt"}


# Plain values only, so no template can reach the internal note.
@dataclass(frozen=True)
class Feedback:
    decision: str
    decided_at: datetime | None
    message: str
    reasons: list[str]
    ratings: list[RatingLine]


@dataclass(frozen=True)
class OpenPoint:
    """A criterion the office commented on when asking for changes, with the provider's reply."""

    rating_id: int
    code: str
    title: str
    rating: str
    comment: str
    condition: str
    reply: str


def needs_reply(rating: ReviewRating) -> bool:
    return bool(rating.comment or rating.condition or rating.rating in ("teilweise", "nicht_erfuellt"))


def open_points(session: Session, revision_id: int) -> list[OpenPoint]:
    """The criteria of the latest change request on this revision that want an answer."""
    request = session.scalars(
        select(Review)
        .where(Review.revision_id == revision_id, Review.decision == "request_changes")
        .order_by(Review.decided_at.desc(), Review.id.desc())
        .limit(1)
    ).first()
    if request is None:
        return []
    rows = session.execute(
        select(ReviewRating, Criterion)
        .join(Criterion, Criterion.id == ReviewRating.criterion_id)
        .where(ReviewRating.review_id == request.id)
        .order_by(Criterion.sort_order, Criterion.code)
    )
    return [
        OpenPoint(
            rating.id,
            criterion.code,
            criterion.title,
            RATING_LABELS.get(rating.rating, rating.rating),
            rating.comment,
            rating.condition,
            rating.provider_reply,
        )
        for rating, criterion in rows
        if needs_reply(rating)
    ]


def revision_feedback(session: Session, revision_id: int) -> list[Feedback]:
    """Decided reviews of one revision, newest first, with per-criterion ratings."""
    reviews = session.scalars(
        select(Review)
        .where(Review.revision_id == revision_id, Review.decided_at.is_not(None))
        .order_by(Review.decided_at.desc(), Review.id.desc())
    ).all()
    ratings: dict[int, list[RatingLine]] = {review.id: [] for review in reviews}
    rows = session.execute(
        select(ReviewRating, Criterion)
        .join(Criterion, Criterion.id == ReviewRating.criterion_id)
        .where(ReviewRating.review_id.in_(ratings))
        .order_by(Criterion.sort_order, Criterion.code)
    ).all()
    # Criteria that need work first (a stable sort keeps the criteria order within each group).
    for rating, criterion in sorted(rows, key=lambda row: not needs_reply(row[0])):
        ratings[rating.review_id].append(RatingLine.of(criterion, rating))
    return [
        Feedback(
            DECISION_LABELS.get(review.decision, review.decision or ""),
            review.decided_at,
            review.message_to_provider,
            [REASON_CODES.get(code, code) for code in review.reason_codes.split(",") if code],
            ratings[review.id],
        )
        for review in reviews
    ]
