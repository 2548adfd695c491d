"""Demo activity for `make run`: school feedback, page views, searches without results and a
review history, generated deterministically (fixed seed) around the day the demo is loaded,
so every report shows meaningful figures. Never used on real data.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from catalogue.audit import AuditAction, AuditEvent
from catalogue.feedback.models import OfferFeedback
from catalogue.offers.models import Offer, OfferRevision
from catalogue.review.models import CriteriaSet, Criterion, Review, ReviewRating
from catalogue.search.models import OfferViewDay, SearchEmptyFilter, SearchMiss

SEED = 2026
MISSED_TERMS = ("zirkus", "schulhund", "erste hilfe", "glücksspiel", "trauer", "essstörung", "cybergrooming", "yoga")
EMPTYING_FILTERS = (("grade", 9), ("district", 7), ("free_only", 5), ("language", 3), ("venue", 2))
SCHOOL_TYPES = ("grundschule", "oberschule", "gymnasium", "foerderschule", "berufsbildende_schule")
COMMENTS = (
    "Die Klasse hat sehr gut mitgemacht, das Rollenspiel war der Höhepunkt.",
    "Gut vorbereitet, aber für Klasse 5 etwas zu lang.",
    "Die Referentin kam pünktlich und ging sehr gut auf Fragen ein.",
    "Material kam erst am Vortag, sonst gut.",
    "Wir buchen es im nächsten Schuljahr wieder.",
)
FLAGGED = "Bei Fragen gern an klassenlehrerin@schule.example oder 0371 5550123 wenden."


def _at(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(7, 17), rng.randint(0, 59), tzinfo=UTC)


def generate_activity(session: Session, today: date) -> dict[str, int]:
    """Add the demo activity; returns what was added per kind."""
    rng = random.Random(SEED)
    live = session.execute(
        select(Offer.id, OfferRevision.id, OfferRevision.seal_awarded_on)
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .where(Offer.listing == "live")
        .order_by(Offer.id)
    ).all()
    counts = {
        "Seitenaufrufe": _views(session, rng, [offer_id for offer_id, _, _ in live], today),
        "Rückmeldungen": _feedback(session, rng, [offer_id for offer_id, _, _ in live], today),
        "Prüfungen": _review_history(session, rng, live),
    }
    _searches(session, rng, today)
    session.flush()
    return counts


def _views(session: Session, rng: random.Random, offer_ids: list[int], today: date) -> int:
    rows = []
    for index, offer_id in enumerate(offer_ids):
        if index % 9 == 4:  # some offers nobody opened for half a year
            continue
        popularity = rng.choice((0.05, 0.15, 0.4, 0.8))
        for back in range(365):
            if rng.random() < popularity:
                rows.append({"offer_id": offer_id, "day": today - timedelta(days=back), "count": rng.randint(1, 6)})
    if rows:
        session.execute(insert(OfferViewDay), rows)
    return len(rows)


def _rating(rng: random.Random, quality: int) -> int:
    return max(1, min(5, quality + rng.choice((-1, 0, 0, 1))))


def _feedback(session: Session, rng: random.Random, offer_ids: list[int], today: date) -> int:
    added = 0
    for offer_id in offer_ids:
        quality = rng.choice((2, 3, 4, 4, 5))
        for _ in range(rng.choice((0, 1, 2, 4, 6, 9))):
            created = today - timedelta(days=rng.randint(0, 540))
            status = rng.choices(("approved", "ratings_only", "pending", "rejected"), (12, 2, 2, 1))[0]
            comment = rng.choice(("", "", *COMMENTS))
            answered = bool(comment) and status == "approved" and rng.random() < 0.2
            session.add(
                OfferFeedback(
                    offer_id=offer_id,
                    created_at=_at(created, rng),
                    school_type=rng.choice(SCHOOL_TYPES),
                    grade=rng.randint(1, 12),
                    held_in=(created - timedelta(days=rng.randint(0, 20))).replace(day=1),
                    rating_fit=_rating(rng, quality),
                    rating_organisation=_rating(rng, quality),
                    rating_content=_rating(rng, quality),
                    would_book_again=rng.random() < quality / 5.5,
                    comment=comment,
                    status=status,
                    reply="Danke für die Rückmeldung – wir nehmen das gern auf." if answered else "",
                    reply_status="approved" if answered else "",
                )
            )
            added += 1
    session.add(
        OfferFeedback(
            offer_id=offer_ids[0],
            created_at=_at(today, rng),
            school_type="oberschule",
            grade=8,
            held_in=today.replace(day=1),
            rating_fit=4,
            rating_organisation=5,
            rating_content=4,
            would_book_again=True,
            comment=FLAGGED,
            flags="E-Mail-Adresse, Telefonnummer",
        )
    )
    return added + 1


def _review_history(session: Session, rng: random.Random, live) -> int:
    """Submit → (changes requested → resubmit →) approve for every live revision, ending on its seal date."""
    criteria_set = session.scalar(select(CriteriaSet).where(CriteriaSet.is_current.is_(True)))
    criteria = session.scalars(select(Criterion).where(Criterion.criteria_set_id == criteria_set.id)).all()
    often_missed = criteria[:: max(len(criteria) // 5, 1)]
    reviews = 0
    for offer_id, revision_id, awarded in live:
        approved = _at(awarded, rng)
        submitted = approved - timedelta(days=rng.choice((3, 6, 9, 14, 21, 35)))
        steps = [(AuditAction.REVISION_SUBMITTED, submitted)]
        if rng.random() < 0.45:
            asked = submitted - timedelta(days=rng.randint(8, 30))
            steps = [
                (AuditAction.REVISION_SUBMITTED, asked),
                (AuditAction.CHANGES_REQUESTED, asked + timedelta(days=rng.randint(2, 12))),
                *steps,
            ]
            review = Review(
                revision_id=revision_id,
                criteria_set_id=criteria_set.id,
                decision="request_changes",
                decided_at=steps[1][1],
            )
            session.add(review)
            session.flush()
            missed = rng.sample(often_missed, k=rng.randint(1, min(3, len(often_missed))))
            session.add_all(
                ReviewRating(review_id=review.id, criterion_id=c.id, rating="teilweise" if c in missed else "erfuellt")
                for c in criteria
            )
            reviews += 1
        steps.append((AuditAction.REVIEW_APPROVED, approved))
        session.add_all(
            AuditEvent(action=a.value, offer_id=offer_id, revision_id=revision_id, created_at=t) for a, t in steps
        )
        session.add(
            Review(revision_id=revision_id, criteria_set_id=criteria_set.id, decision="approve", decided_at=approved)
        )
        reviews += 1
    return reviews


def _searches(session: Session, rng: random.Random, today: date) -> None:
    for back in range(12):
        month = date(today.year, today.month, 1) - timedelta(days=back * 30)
        key = month.strftime("%Y-%m")
        for weight, term in enumerate(MISSED_TERMS):
            # Raw terms are kept only SEARCH_MISS_MONTHS (default 6): older demo terms would be purged at once.
            if back < 6 and rng.random() < 0.8:
                session.add(SearchMiss(month=key, term=term, count=rng.randint(1, 3 * (len(MISSED_TERMS) - weight))))
        for name, weight in EMPTYING_FILTERS:
            session.add(SearchEmptyFilter(month=key, filter_key=name, count=rng.randint(0, weight * 2) + 1))
