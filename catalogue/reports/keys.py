"""The council report's cover: a handful of key figures for the period."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.feedback.models import FeedbackMonth
from catalogue.formatting import german_number
from catalogue.reports.coverage import offers_per_provider
from catalogue.reports.period import Period
from catalogue.reports.quality import decision_days, percentile
from catalogue.search.models import SearchMiss


def key_figures(session: Session, period: Period, today: date) -> list[tuple[str, str]]:
    months = [m.strftime("%Y-%m") for m in period.months]
    per_provider = offers_per_provider(session)
    live, providers = sum(n for _, n in per_provider), len(per_provider)
    misses = session.scalar(select(func.sum(SearchMiss.count)).where(SearchMiss.month.in_(months))) or 0
    feedbacks = session.scalar(
        select(func.coalesce(func.sum(FeedbackMonth.received), 0)).where(
            FeedbackMonth.month >= period.start, FeedbackMonth.month < period.end
        )
    )
    days = decision_days(session, period)
    median = percentile(days, 0.5)
    return [
        ("Veröffentlichte Angebote", german_number(live)),
        ("Träger mit Angeboten", german_number(providers)),
        ("Suchen ohne Treffer", german_number(int(misses))),
        ("Rückmeldungen von Schulen", german_number(int(feedbacks))),
        ("Entscheidungen / Median Tage bis Entscheidung", f"{len(days)} / {median if median is not None else '–'}"),
    ]
