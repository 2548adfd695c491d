"""The demo catalogue comes with activity, so every report of `make run` shows figures."""

from __future__ import annotations

from sqlalchemy import func, select

from catalogue.clock import today
from catalogue.demo import load_demo
from catalogue.feedback.models import OfferFeedback
from catalogue.reports.coverage import coverage_figures
from catalogue.reports.demand import demand_figures
from catalogue.reports.period import parse_period
from catalogue.reports.quality import quality_figures


def _numbers(figure) -> list:
    return [cell for row in figure.rows for cell in row[1:] if isinstance(cell, int | float)]


def test_every_report_figure_of_the_demo_shows_something(db):
    load_demo(db, today())
    period, _ = parse_period({}, today())
    figures = [*coverage_figures(db), *demand_figures(db, period, today()), *quality_figures(db, period, today())]
    empty = [f.key for f in figures if f.key != "nie-aufgerufen" and not any(_numbers(f))]
    assert empty == []


def _activity(db) -> tuple:
    return tuple(
        db.execute(
            select(func.count(OfferFeedback.id), func.sum(OfferFeedback.rating_fit), func.sum(OfferFeedback.grade))
        ).one()
    )


def test_demo_activity_is_the_same_every_time(db):
    savepoint = db.begin_nested()
    load_demo(db, today())
    first = _activity(db)
    savepoint.rollback()
    load_demo(db, today())
    assert _activity(db) == first and first[0] > 50
