"""Quality work: submissions, how long decisions take, open reviews, which criteria providers miss,
seals running out, and what schools say. Review history comes from the audit log and the reviews."""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, date, datetime

from sqlalchemy import DateTime, Integer, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from catalogue.audit import DECISION_ACTIONS, AuditAction, AuditEvent
from catalogue.clock import LOCAL_TIME
from catalogue.feedback.content import RATING_SHORT
from catalogue.feedback.models import FeedbackMonth
from catalogue.formatting import german_month
from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.reports import charts
from catalogue.reports.coverage import among, term_names, vocabulary
from catalogue.reports.figures import Figure
from catalogue.reports.period import Period, add_months
from catalogue.review.models import Criterion, Review, ReviewRating

AGE_BUCKETS = ((0, 7, "bis 7 Tage"), (8, 14, "8–14 Tage"), (15, 30, "15–30 Tage"), (31, 60, "31–60 Tage"))
DECISIONS = [action.value for action in DECISION_ACTIONS.values()]
MISSED = ("teilweise", "nicht_erfuellt")


def _by_german_month(session: Session, period: Period, column, where) -> dict[date, int]:
    """Rows per month of the period, by the German calendar month of the timestamp `column`."""
    index = period.month_index(column)
    rows = session.execute(
        select(index, func.count()).where(column >= period.start_at, column < period.end_at, *where).group_by(index)
    )
    months = period.months
    return {months[int(i)]: n for i, n in rows}


def _monthly_figure(key, title, description, period: Period, counts: dict[date, int], header: str) -> Figure:
    values = [counts.get(m, 0) for m in period.months]
    return Figure(
        key=key,
        title=title,
        description=description,
        headers=["Monat", header],
        rows=[[german_month(m), v] for m, v in zip(period.months, values, strict=True)],
        chart=charts.line_chart(title, description, [m.strftime("%m/%y") for m in period.months], [(header, values)]),
    )


def submissions(session: Session, period: Period) -> Figure:
    where = (AuditEvent.action == AuditAction.REVISION_SUBMITTED.value,)
    return _monthly_figure(
        "einreichungen",
        "Einreichungen je Monat",
        "Wie oft Träger eine Fassung zur Prüfung eingereicht haben (neue Angebote, Änderungen, Erneuerungen).",
        period,
        _by_german_month(session, period, AuditEvent.created_at, where),
        "Einreichungen",
    )


def decision_days(session: Session, period: Period) -> list[int]:
    """Days from each submission to the first decision on it, for decisions within the period.

    Kept in the request's session: the council report needs them for its cover and its section.
    """
    key = ("decision_days", period)
    if key not in session.info:
        session.info[key] = _decision_days(session, period)
    return session.info[key]


def _decision_days(session: Session, period: Period) -> list[int]:
    """Decision days, read from the audit log.

    A decision counts when the event before it on the same revision is a submission; the
    database pairs them (LAG), so only the decisions of the period reach Python.
    """
    submitted = AuditAction.REVISION_SUBMITTED.value
    order = (AuditEvent.created_at, AuditEvent.id)
    # Only revisions with a decision in the period can yield one; their history is read by the
    # index on (revision_id, created_at) instead of windowing the whole review history.
    decided = select(AuditEvent.revision_id).where(
        AuditEvent.action.in_(DECISIONS),
        AuditEvent.created_at >= period.start_at,
        AuditEvent.created_at < period.end_at,
    )
    events = (
        select(
            AuditEvent.action,
            AuditEvent.created_at,
            func.lag(AuditEvent.action).over(partition_by=AuditEvent.revision_id, order_by=order).label("before"),
            func.lag(AuditEvent.created_at, type_=AuditEvent.created_at.type)
            .over(partition_by=AuditEvent.revision_id, order_by=order)
            .label("since"),
        )
        .where(
            AuditEvent.revision_id.in_(decided),
            AuditEvent.action.in_([submitted, *DECISIONS]),
            AuditEvent.created_at < period.end_at,
        )
        .subquery()
    )
    # Read as plain timestamps: the UTC conversion of the column type, row by row, cost more
    # than the query; _german_day does it only where the day can differ.
    rows = session.execute(
        select(type_coerce(events.c.since, DateTime()), type_coerce(events.c.created_at, DateTime())).where(
            events.c.action != submitted, events.c.before == submitted, events.c.created_at >= period.start_at
        )
    )
    return [(_german_day(at) - _german_day(since)).days for since, at in rows]


def _german_day(at: datetime) -> date:
    """The calendar day in Germany of a stored timestamp (UTC without offset on SQLite)."""
    if at.tzinfo is None:
        if at.hour < 22:  # Germany is one or two hours ahead of UTC: still the same day
            return at.date()
        at = at.replace(tzinfo=UTC)
    return at.astimezone(LOCAL_TIME).date()


def percentile(values: list[int], share: float) -> int | None:
    """Nearest-rank percentile (the value below which `share` of the values lie)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


def _bucket_rows(days: list[int]) -> list[list]:
    rows = [[label, sum(low <= d <= high for d in days)] for low, high, label in AGE_BUCKETS]
    return [*rows, ["über 60 Tage", sum(d > 60 for d in days)]]


def turnaround(session: Session, period: Period) -> Figure:
    days = decision_days(session, period)
    median, p90 = percentile(days, 0.5), percentile(days, 0.9)
    rows = _bucket_rows(days)
    title = "Tage von der Einreichung bis zur Entscheidung"
    description = "Wie viele Entscheidungen im Zeitraum wie lange nach der Einreichung fielen (Freigabe, Änderungswunsch oder Ablehnung)."
    note = (
        f"{len(days)} Entscheidungen; Median {median} Tage, 90 % innerhalb von {p90} Tagen."
        if days
        else "Keine Entscheidungen im Zeitraum."
    )
    return Figure(
        key="bearbeitungszeit",
        title=title,
        description=description,
        headers=["Dauer", "Entscheidungen"],
        rows=rows,
        chart=charts.bar_chart(title, description, [r[0] for r in rows], [r[1] for r in rows]),
        note=note,
    )


def open_reviews(session: Session, today: date) -> Figure:
    submitted = session.scalars(
        select(OfferRevision.submitted_at).where(OfferRevision.state.in_(("submitted", "in_review")))
    ).all()
    ages = [(today - (at or today).astimezone(LOCAL_TIME).date()).days if at else 0 for at in submitted]
    rows = _bucket_rows(ages)
    title = "Offene Prüfungen nach Alter"
    description = "Eingereichte Fassungen, über die noch nicht entschieden ist, nach Tagen seit der Einreichung."
    return Figure(
        key="offene-pruefungen",
        title=title,
        description=description,
        headers=["Wartet seit", "Fassungen"],
        rows=rows,
        chart=charts.bar_chart(title, description, [r[0] for r in rows], [r[1] for r in rows]),
        note=f"{len(ages)} Fassungen warten auf eine Entscheidung.",
    )


def change_requests_by_criterion(session: Session, period: Period) -> Figure:
    in_period = (
        Review.decision == "request_changes",
        Review.decided_at >= period.start_at,
        Review.decided_at < period.end_at,
    )
    total = session.scalar(select(func.count(Review.id)).where(*in_period)) or 0
    # From the period's change requests to their ratings (index on decision and date), one
    # row per criterion; a rating is unique per review and criterion, so the sum counts reviews.
    missed = func.sum(case((ReviewRating.rating.in_(MISSED), 1), else_=0))
    counts = dict(
        session.execute(
            select(ReviewRating.criterion_id, missed)
            .select_from(Review)
            .join(ReviewRating, ReviewRating.review_id == Review.id)
            .where(*in_period)
            .group_by(ReviewRating.criterion_id)
        ).all()
    )
    merged = Counter()  # one row per criterion as named: the same criterion may recur in later criteria sets
    for i, code, name in session.execute(
        select(Criterion.id, Criterion.code, Criterion.title).where(Criterion.id.in_(counts))
    ):
        merged[code, name] += int(counts[i])
    rows = sorted(merged.items(), key=lambda item: (-item[1], item[0]))
    table = [[f"{code} {name}", n, round(100 * n / total) if total else 0] for (code, name), n in rows]
    title = "Änderungswünsche je Kriterium"
    description = (
        "Bei wie viel Prozent der Änderungswünsche im Zeitraum ein Kriterium nicht oder nur teilweise erfüllt war: "
        "die Kriterien, die Träger am häufigsten verfehlen."
    )
    return Figure(
        key="kriterien",
        title=title,
        description=description,
        headers=["Kriterium", "Änderungswünsche mit diesem Kriterium", "Anteil (%)"],
        rows=table,
        chart=charts.bar_chart(title, description, [r[0] for r in table], [r[2] for r in table], " %"),
        note=f"{total} Änderungswünsche im Zeitraum.",
    )


def expiring_seals(session: Session, today: date) -> Figure:
    start = today.replace(day=1)
    months = Period(start, add_months(start, 12))
    where = (
        Offer.listing == "live",
        OfferRevision.seal_valid_until >= today,
        OfferRevision.seal_valid_until < months.end,
    )
    year = func.cast(func.extract("year", OfferRevision.seal_valid_until), Integer)
    month = func.cast(func.extract("month", OfferRevision.seal_valid_until), Integer)
    rows = session.execute(
        select(year, month, func.count(Offer.id))
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .where(*where)
        .group_by(year, month)
    )
    counts = {date(int(y), int(m), 1): n for y, m, n in rows}
    return _monthly_figure(
        "siegel",
        "Auslaufende Siegel in den nächsten 12 Monaten",
        "Veröffentlichte Angebote, deren Qualitätssiegel im jeweiligen Monat endet, wenn sie nicht erneuert werden.",
        months,
        counts,
        "Siegel laufen aus",
    )


def feedback_received(session: Session, period: Period) -> Figure:
    rows = session.execute(
        select(FeedbackMonth.month, func.sum(FeedbackMonth.received))
        .where(FeedbackMonth.month >= period.start, FeedbackMonth.month < period.end)
        .group_by(FeedbackMonth.month)
    )
    return _monthly_figure(
        "rueckmeldungen",
        "Rückmeldungen von Schulen je Monat",
        "Eingegangene Rückmeldungen je Monat, freigegebene wie noch nicht moderierte.",
        period,
        {month: int(n) for month, n in rows},
        "Rückmeldungen",
    )


def _feedback_per_field(session: Session, period: Period) -> dict[str, tuple]:
    """Field code → (count, mean per rating, share again) of the approved feedback in the period.

    Read from the monthly sums: summed per offer first (a few rows per offer), then per
    Handlungsfeld of the offer's live revision.
    """
    sums = ("counted", "sum_fit", "sum_organisation", "sum_content", "again")
    per_offer = (
        select(FeedbackMonth.offer_id, *(func.sum(getattr(FeedbackMonth, name)).label(name) for name in sums))
        .where(FeedbackMonth.month >= period.start, FeedbackMonth.month < period.end, FeedbackMonth.counted > 0)
        .group_by(FeedbackMonth.offer_id)
        .subquery()
    )
    fields, link = term_names(session, ["field"]), aliased(RevisionTerm)
    query = (
        select(link.term_id, *(func.sum(per_offer.c[name]) for name in sums))
        .select_from(per_offer)
        .join(Offer, Offer.id == per_offer.c.offer_id)
        .join(link, link.revision_id == Offer.live_revision_id)
        .where(among(session, link, fields))  # matched by id, not joined: see term_names
        .group_by(link.term_id)
    )
    return {
        fields[term_id][1]: (int(count), *(float(total) / float(count) for total in totals))
        for term_id, count, *totals in session.execute(query)
        if count
    }


def feedback_by_field(session: Session, period: Period) -> Figure:
    rows = _feedback_per_field(session, period)
    table = []
    for term in vocabulary(session, "field"):
        count, *means, share = rows.get(term.code, (0, None, None, None, None))
        table.append(
            [
                term.label,
                count,
                *(round(m, 2) if m is not None else None for m in means),
                round(100 * share) if share is not None else None,
            ]
        )
    title = "Rückmeldungen und Durchschnittswerte je Handlungsfeld"
    description = (
        "Freigegebene Rückmeldungen im Zeitraum je Handlungsfeld, mit dem Durchschnitt jeder Frage "
        "(1 = trifft gar nicht zu, 5 = trifft voll zu) und dem Anteil, der wieder buchen würde."
    )
    return Figure(
        key="rueckmeldungen-felder",
        title=title,
        description=description,
        headers=["Handlungsfeld", "Rückmeldungen", *RATING_SHORT.values(), "Würden wieder buchen (%)"],
        rows=table,
        chart=charts.bar_chart(title, description, [r[0] for r in table], [r[1] for r in table]),
    )


# Figure key → how to build it from (session, period, today); a CSV builds only its own figure.
QUALITY_FIGURES = {
    "einreichungen": lambda session, period, today: submissions(session, period),
    "bearbeitungszeit": lambda session, period, today: turnaround(session, period),
    "offene-pruefungen": lambda session, period, today: open_reviews(session, today),
    "kriterien": lambda session, period, today: change_requests_by_criterion(session, period),
    "siegel": lambda session, period, today: expiring_seals(session, today),
    "rueckmeldungen": lambda session, period, today: feedback_received(session, period),
    "rueckmeldungen-felder": lambda session, period, today: feedback_by_field(session, period),
}


def quality_figures(session: Session, period: Period, today: date) -> list[Figure]:
    return [build(session, period, today) for build in QUALITY_FIGURES.values()]
