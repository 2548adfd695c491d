"""The council report's cover: a handful of key figures for the period."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.feedback.models import OfferFeedback
from catalogue.formatting import german_number
from catalogue.offers.models import Offer
from catalogue.offers.queries import live_query
from catalogue.reports.period import Period
from catalogue.reports.quality import decision_days, percentile
from catalogue.search.models import SearchMiss


def key_figures(session: Session, period: Period, today: date) -> list[tuple[str, str]]:
    months = [m.strftime("%Y-%m") for m in period.months]
    live = session.scalar(live_query(func.count(Offer.id))) or 0
    providers = session.scalar(live_query(func.count(func.distinct(Offer.organisation_id)))) or 0
    misses = session.scalar(select(func.sum(SearchMiss.count)).where(SearchMiss.month.in_(months))) or 0
    feedbacks = session.scalar(
        select(func.count(OfferFeedback.id)).where(
            OfferFeedback.created_at >= period.start_at, OfferFeedback.created_at < period.end_at
        )
    )
    days = decision_days(session, period)
    median = percentile(days, 0.5)
    return [
        ("Veröffentlichte Angebote", german_number(live)),
        ("Träger mit Angeboten", german_number(providers)),
        ("Suchen ohne Treffer", german_number(int(misses))),
        ("Rückmeldungen von Schulen", german_number(feedbacks)),
        ("Entscheidungen / Median Tage bis Entscheidung", f"{len(days)} / {median if median is not None else '–'}"),
    ]
