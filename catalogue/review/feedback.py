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

DECISION_LABELS = {"approve": "Befürwortet", "request_changes": "Änderungen erbeten", "reject": "Abgelehnt"}


# Plain values only, so no template can reach the internal note.
@dataclass(frozen=True)
class Feedback:
    decision: str
    decided_at: datetime | None
    message: str
    reasons: list[str]
    ratings: list[RatingLine]


def revision_feedback(session: Session, revision_id: int) -> list[Feedback]:
    """Decided reviews of one revision, newest first, with per-criterion ratings."""
    reviews = session.scalars(
        select(Review)
        .where(Review.revision_id == revision_id, Review.decided_at.is_not(None))
        .order_by(Review.decided_at.desc(), Review.id.desc())
    ).all()
    ratings: dict[int, list[RatingLine]] = {review.id: [] for review in reviews}
    for rating, criterion in session.execute(
        select(ReviewRating, Criterion)
        .join(Criterion, Criterion.id == ReviewRating.criterion_id)
        .where(ReviewRating.review_id.in_(ratings))
        .order_by(Criterion.sort_order, Criterion.code)
    ):
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
