"""Read side of feedback: the public summary, the provider's view with a trend, the office's queue."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, case, func, select
from sqlalchemy.orm import Session

from catalogue.feedback.models import APPROVED, COUNTED, PENDING, OfferFeedback
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.queries import live_query
from catalogue.providers.models import Organisation

_F = OfferFeedback


@dataclass(frozen=True)
class Summary:
    count: int
    would_book_again: int  # how many of `count` would book again
    averages: dict[str, float]  # rating column → mean (1–5)

    @property
    def share_again(self) -> float:
        return self.would_book_again / self.count if self.count else 0.0


@dataclass(frozen=True)
class TrendPoint:
    half_year: str  # "2026/1" = January–June 2026
    summary: Summary


RATING_COLUMNS = ("rating_fit", "rating_organisation", "rating_content")


def _summary_columns():
    return (
        func.count(_F.id),
        func.coalesce(func.sum(case((_F.would_book_again, 1), else_=0)), 0),
        *(func.avg(getattr(_F, name)) for name in RATING_COLUMNS),
    )


def _summary(row) -> Summary:
    count, again, *means = row
    return Summary(int(count), int(again), {name: float(m or 0) for name, m in zip(RATING_COLUMNS, means, strict=True)})


def offer_summary(session: Session, offer_id: int) -> Summary:
    """All approved feedback of one offer (ratings of "ratings only" feedback count too)."""
    row = session.execute(select(*_summary_columns()).where(_F.offer_id == offer_id, _F.status.in_(COUNTED))).one()
    return _summary(row)


def public_summary(session: Session, offer_id: int, *, min_count: int) -> Summary | None:
    """The summary the public sees, only from `min_count` approved feedbacks on."""
    summary = offer_summary(session, offer_id)
    return summary if summary.count >= max(min_count, 1) else None


def approved_comments(session: Session, offer_id: int) -> list[OfferFeedback]:
    """Approved feedback with a comment, newest first (the answer only if approved, see template)."""
    return list(
        session.scalars(
            select(_F)
            .where(_F.offer_id == offer_id, _F.status == APPROVED, _F.comment != "")
            .order_by(_F.held_in.desc(), _F.id.desc())
        )
    )


def provider_feedback(session: Session, offer_id: int) -> list[OfferFeedback]:
    """Every approved feedback of the offer, newest first; comments of "ratings only" are not shown."""
    return list(
        session.scalars(
            select(_F).where(_F.offer_id == offer_id, _F.status.in_(COUNTED)).order_by(_F.held_in.desc(), _F.id.desc())
        )
    )


def half_year_trend(session: Session, offer_id: int) -> list[TrendPoint]:
    """Approved feedback per half-year of the month it took place, oldest first."""
    year = func.cast(func.extract("year", _F.held_in), Integer)
    half = case((func.extract("month", _F.held_in) <= 6, 1), else_=2)
    rows = session.execute(
        select(year, half, *_summary_columns())
        .where(_F.offer_id == offer_id, _F.status.in_(COUNTED))
        .group_by(year, half)
        .order_by(year, half)
    ).all()
    return [TrendPoint(f"{int(y)}/{int(h)}", _summary(rest)) for y, h, *rest in rows]


@dataclass(frozen=True)
class QueueItem:
    feedback: OfferFeedback
    offer_title: str
    organisation_name: str


def moderation_queue(session: Session) -> tuple[list[QueueItem], list[QueueItem]]:
    """Pending feedback and pending answers, oldest first, flagged comments first."""
    base = (
        select(_F, OfferRevision.title, Organisation.name)
        .join(Offer, Offer.id == _F.offer_id)
        .join(Organisation, Organisation.id == Offer.organisation_id)
        .outerjoin(OfferRevision, OfferRevision.id == Offer.live_revision_id)
    )
    pending = session.execute(base.where(_F.status == PENDING).order_by((_F.flags == "").asc(), _F.id)).all()
    answers = session.execute(base.where(_F.reply_status == PENDING).order_by(_F.replied_at, _F.id)).all()
    return [QueueItem(f, t or "", n) for f, t, n in pending], [QueueItem(f, t or "", n) for f, t, n in answers]


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count(_F.id)).where((_F.status == PENDING) | (_F.reply_status == PENDING))) or 0


def live_offer_title(session: Session, offer_id: int) -> str | None:
    """Title of a publicly listed offer (feedback is only taken for those)."""
    row = session.execute(live_query(Offer.id, OfferRevision.title).where(Offer.id == offer_id)).first()
    return row.title if row else None


def offer_title(session: Session, offer_id: int) -> str:
    """Title of the live revision, else of the newest one (for the provider's own pages)."""
    offer = session.get(Offer, offer_id)
    revision_id = offer.live_revision_id or session.scalar(
        select(func.max(OfferRevision.id)).where(OfferRevision.offer_id == offer_id)
    )
    revision = session.get(OfferRevision, revision_id) if revision_id else None
    return revision.title if revision else ""
