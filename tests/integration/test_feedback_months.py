"""feedback_month stays in step with the feedback rows: submit, moderate, delete, bulk load and rebuild."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete, insert, select

from catalogue.clock import utcnow
from catalogue.feedback.models import FeedbackMonth, OfferFeedback
from catalogue.feedback.monthly import local_month, month_drift, rebuild_feedback_months
from catalogue.feedback.services import moderate_feedback, submit_feedback
from catalogue.offers.models import Offer
from tests.factories import make_live_offer, make_organisation, make_user

RATINGS = {"rating_fit": 5, "rating_organisation": 3, "rating_content": 4}


def _submit(db, offer, again: bool = True) -> OfferFeedback:
    return submit_feedback(
        db,
        offer_id=offer.id,
        school_type="gymnasium",
        grade=7,
        held_in=date(2026, 10, 1),
        ratings=RATINGS,
        would_book_again=again,
        comment="",
        client_key="schule",
        limit=100,
        window_minutes=60,
    )


def _month_row(db, offer) -> FeedbackMonth | None:
    db.expire_all()
    return db.scalar(select(FeedbackMonth).where(FeedbackMonth.offer_id == offer.id))


def _sums(row: FeedbackMonth) -> tuple[int, ...]:
    return (row.received, row.counted, row.sum_fit, row.sum_organisation, row.sum_content, row.again)


def _offer(db):
    return make_live_offer(db, make_organisation(db))


def test_submitted_feedback_is_received_in_its_month_but_not_yet_counted(db):
    offer = _offer(db)
    feedback = _submit(db, offer)
    row = _month_row(db, offer)
    assert row.month == local_month(feedback.created_at) == local_month(utcnow())
    assert _sums(row) == (1, 0, 0, 0, 0, 0)
    assert month_drift(db) == []


def test_approving_adds_the_ratings_in_the_same_transaction(db):
    offer, reviewer = _offer(db), make_user(db, office_role="reviewer")
    first, second = _submit(db, offer), _submit(db, offer, again=False)
    moderate_feedback(db, actor=reviewer, feedback_id=first.id, decision="approved")
    moderate_feedback(db, actor=reviewer, feedback_id=second.id, decision="ratings_only")
    assert _sums(_month_row(db, offer)) == (2, 2, 10, 6, 8, 1)
    assert month_drift(db) == []


def test_rejected_feedback_stays_received_without_its_ratings(db):
    offer, reviewer = _offer(db), make_user(db, office_role="reviewer")
    moderate_feedback(db, actor=reviewer, feedback_id=_submit(db, offer).id, decision="rejected")
    assert _sums(_month_row(db, offer)) == (1, 0, 0, 0, 0, 0)
    assert month_drift(db) == []


def test_deleting_the_last_feedback_of_a_month_removes_the_month(db):
    offer = _offer(db)
    feedback, other = _submit(db, offer), _submit(db, offer)
    db.delete(feedback)
    db.flush()
    assert _month_row(db, offer).received == 1
    db.delete(other)
    db.flush()
    assert _month_row(db, offer) is None
    assert month_drift(db) == []


def test_changing_a_feedback_moves_it_between_months(db):
    offer = _offer(db)
    feedback = _submit(db, offer)
    feedback.created_at = datetime(2025, 1, 15, 12, tzinfo=UTC)
    db.flush()
    assert _month_row(db, offer).month == date(2025, 1, 1)
    assert month_drift(db) == []


def test_deleting_the_offer_deletes_its_months_with_its_feedback(db):
    offer = _offer(db)
    _submit(db, offer)
    db.execute(delete(Offer).where(Offer.id == offer.id))
    assert _month_row(db, offer) is None
    assert month_drift(db) == []


def test_late_evening_of_31_march_utc_is_april_in_germany():
    assert local_month(datetime(2026, 3, 31, 23, 30, tzinfo=UTC)) == date(2026, 4, 1)
    assert local_month(datetime(2026, 3, 31, 21, 30, tzinfo=UTC)) == date(2026, 3, 1)
    assert local_month(datetime(2026, 12, 31, 23, 30)) == date(2027, 1, 1)  # naive means UTC


def test_bulk_load_drifts_until_rebuilt(db):
    offer = _offer(db)
    _submit(db, offer)
    row = dict(
        offer_id=offer.id,
        created_at=datetime(2026, 3, 31, 23, 30, tzinfo=UTC),
        school_type="gymnasium",
        grade=5,
        held_in=date(2026, 3, 1),
        would_book_again=True,
        comment="",
        flags="",
        status="approved",
        reply="",
        reply_status="",
        **RATINGS,
    )
    db.execute(insert(OfferFeedback), [row])  # bypasses the session's bookkeeping
    assert month_drift(db) == [(offer.id, date(2026, 4, 1))]
    assert rebuild_feedback_months(db) == 2
    assert month_drift(db) == []
    april = db.scalar(select(FeedbackMonth).where(FeedbackMonth.month == date(2026, 4, 1)))
    assert _sums(april) == (1, 1, 5, 3, 4, 1)
