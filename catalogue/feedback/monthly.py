"""Feedback per offer and month, kept in step with the feedback rows in the same flush.

Every insert, status change and delete of an OfferFeedback through a session adds its
difference to feedback_month before the transaction commits, so the reports never see one
without the other. Bulk statements bypass the session's bookkeeping: after such a load
(bench, imports) `rebuild_feedback_months` recomputes the table from the rows.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

from sqlalchemy import delete, event, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import get_history

from catalogue.clock import LOCAL_TIME
from catalogue.feedback.models import COUNTED, FeedbackMonth, OfferFeedback

SUMS = ("received", "counted", "sum_fit", "sum_organisation", "sum_content", "again")
# Columns whose change moves a feedback's contribution.
TRACKED = (
    "offer_id",
    "created_at",
    "status",
    "rating_fit",
    "rating_organisation",
    "rating_content",
    "would_book_again",
)

PENDING_DELTAS = "feedback_month_deltas"  # session.info key between the two flush events

Key = tuple[int, date]


def local_month(at: datetime) -> date:
    """First day of the month `at` falls in, in Germany (SQLite may hand back naive UTC)."""
    aware = at if at.tzinfo else at.replace(tzinfo=UTC)
    return aware.astimezone(LOCAL_TIME).date().replace(day=1)


def contribution(values: dict) -> tuple[Key, Counter]:
    """What one feedback (its column values) adds to its offer's month."""
    counted = values["status"] in COUNTED
    sums = Counter(received=1)
    if counted:
        sums.update(
            counted=1,
            sum_fit=values["rating_fit"],
            sum_organisation=values["rating_organisation"],
            sum_content=values["rating_content"],
            again=int(bool(values["would_book_again"])),
        )
    return (values["offer_id"], local_month(values["created_at"])), sums


def _current(feedback: OfferFeedback) -> dict:
    return {name: getattr(feedback, name) for name in TRACKED}


def _before(feedback: OfferFeedback) -> dict | None:
    """The column values as last flushed, or None when none of the tracked columns changed.

    A value changed without having been loaded first has no known old value; the new one
    stands in for it (`flask feedback check-months` would show the drift).
    """
    values, changed = {}, False
    for name in TRACKED:
        history = get_history(feedback, name)
        changed = changed or history.has_changes()
        values[name] = history.deleted[0] if history.deleted else getattr(feedback, name)
    return values if changed else None


def _deltas(session: Session) -> dict[Key, Counter]:
    deltas: dict[Key, Counter] = {}

    def add(values: dict, sign: int) -> None:
        key, sums = contribution(values)
        total = deltas.setdefault(key, Counter())
        for name, value in sums.items():
            total[name] += sign * value

    for feedback in session.new:
        if isinstance(feedback, OfferFeedback):
            add(_current(feedback), 1)
    for feedback in session.deleted:
        if isinstance(feedback, OfferFeedback):
            add(_before(feedback) or _current(feedback), -1)
    for feedback in session.dirty:
        if isinstance(feedback, OfferFeedback) and (before := _before(feedback)) is not None:
            add(before, -1)
            add(_current(feedback), 1)
    return {key: sums for key, sums in deltas.items() if any(sums.values())}


def _upsert(session: Session):
    """INSERT … ON CONFLICT that adds to the existing sums: atomic under concurrent submissions."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(FeedbackMonth)
    return statement.on_conflict_do_update(
        index_elements=["offer_id", "month"],
        set_={name: getattr(FeedbackMonth, name) + getattr(statement.excluded, name) for name in SUMS},
    )


def apply_deltas(session: Session, deltas: dict[Key, Counter]) -> None:
    for (offer_id, month), sums in deltas.items():
        session.execute(_upsert(session).values(offer_id=offer_id, month=month, **{n: sums[n] for n in SUMS}))
    emptied = [key for key, sums in deltas.items() if sums["received"] < 0]
    for offer_id, month in emptied:  # a month without feedback has no row, as after a rebuild
        session.execute(
            delete(FeedbackMonth).where(
                FeedbackMonth.offer_id == offer_id, FeedbackMonth.month == month, FeedbackMonth.received <= 0
            )
        )


@event.listens_for(Session, "before_flush")
def _measure_changes(session: Session, _context, _instances) -> None:
    """Before the flush, while deleted rows and unloaded old values can still be read."""
    session.info[PENDING_DELTAS] = _deltas(session)


@event.listens_for(Session, "after_flush")
def _keep_months_in_step(session: Session, _context) -> None:
    """Inside the flush, so the sums commit or roll back with the feedback rows."""
    deltas = session.info.pop(PENDING_DELTAS, None)
    if deltas:
        apply_deltas(session, deltas)


def months_from_rows(session: Session) -> dict[Key, Counter]:
    """feedback_month as the feedback rows say it should be."""
    columns = [getattr(OfferFeedback, name) for name in TRACKED]
    expected: dict[Key, Counter] = {}
    for row in session.execute(select(*columns).execution_options(yield_per=5000)):
        key, sums = contribution(dict(zip(TRACKED, row, strict=True)))
        expected.setdefault(key, Counter()).update(sums)
    return expected


def stored_months(session: Session) -> dict[Key, Counter]:
    rows = session.execute(
        select(FeedbackMonth.offer_id, FeedbackMonth.month, *(getattr(FeedbackMonth, n) for n in SUMS))
    )
    return {(offer_id, month): Counter(dict(zip(SUMS, sums, strict=True))) for offer_id, month, *sums in rows}


def month_drift(session: Session) -> list[Key]:
    """(offer, month) whose stored sums differ from the feedback rows; empty when in step."""
    expected, stored = months_from_rows(session), stored_months(session)
    return sorted(
        key for key in expected.keys() | stored.keys() if +expected.get(key, Counter()) != +stored.get(key, Counter())
    )


def rebuild_feedback_months(session: Session) -> int:
    """Recompute feedback_month from the feedback rows; returns the number of (offer, month) rows."""
    expected = months_from_rows(session)
    session.execute(delete(FeedbackMonth))
    rows = [dict(offer_id=o, month=m, **{n: sums[n] for n in SUMS}) for (o, m), sums in expected.items()]
    for start in range(0, len(rows), 5000):
        session.execute(insert(FeedbackMonth), rows[start : start + 5000])
    session.flush()
    return len(rows)
