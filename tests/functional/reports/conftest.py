"""A small hand-counted catalogue for the report tests; the expected numbers are in the tests."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from catalogue.audit import AuditEvent
from catalogue.clock import today
from catalogue.feedback.models import OfferFeedback
from catalogue.offers.models import Offer, OfferRevision
from catalogue.review.models import Criterion, Review, ReviewRating
from catalogue.search.models import OfferViewDay, SearchEmptyFilter, SearchMiss
from tests.factories import make_organisation, make_user
from tests.functional.search.helpers import listed
from tests.helpers import log_in

PERIOD = {"von": "2026-10", "bis": "2026-11"}


@dataclass
class Catalogue:
    offers: dict[str, Offer]


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=UTC)


def _offers(db) -> dict[str, Offer]:
    alpha, beta = make_organisation(db, name="Alpha e. V."), make_organisation(db, name="Beta gGmbH")
    spec = {
        "o1": (alpha, ("gewalt",), ("nord",), 5, 8, True, "live"),
        "o2": (alpha, ("gewalt", "sucht"), ("nord", "ost"), 1, 4, False, "live"),
        "o3": (alpha, ("sucht",), ("ost",), 11, 13, True, "live"),
        "o4": (alpha, ("gewalt",), ("nord",), 5, 8, True, "paused"),
        "o5": (beta, ("medien",), ("zentrum",), 7, 10, False, "live"),
    }
    offers = {}
    for name, (org, fields, districts, low, high, free, listing) in spec.items():
        offers[name] = listed(
            db,
            f"Angebot {name}",
            organisation=org,
            terms={"field": fields, "district": districts},
            grade_from=low,
            grade_to=high,
            is_free=free,
        )
        offers[name].listing = listing
    db.flush()
    return offers


def _demand(db, offers) -> None:
    db.add_all(
        [
            SearchMiss(month="2026-10", term="zirkus", count=3),
            SearchMiss(month="2026-11", term="zirkus", count=2),
            SearchMiss(month="2026-11", term="sucht", count=4),
            SearchMiss(month="2025-01", term="alt", count=9),
            SearchEmptyFilter(month="2026-11", filter_key="grade", count=3),
            SearchEmptyFilter(month="2026-11", filter_key="district", count=1),
            SearchEmptyFilter(month="2026-09", filter_key="grade", count=5),
            OfferViewDay(offer_id=offers["o1"].id, day=date(2026, 11, 2), count=5),
            OfferViewDay(offer_id=offers["o1"].id, day=date(2026, 10, 10), count=2),
            OfferViewDay(offer_id=offers["o3"].id, day=date(2026, 11, 5), count=4),
            OfferViewDay(offer_id=offers["o5"].id, day=date(2026, 9, 30), count=10),
        ]
    )


def _review_history(db, offers) -> None:
    x, y = offers["o1"].live_revision_id, offers["o3"].live_revision_id
    events = [
        (x, "revision.submit", "2026-10-01"),
        (x, "review.request_changes", "2026-10-11"),
        (x, "revision.submit", "2026-10-20"),
        (x, "review.approve", "2026-10-23"),
        (y, "revision.submit", "2026-11-01"),
        (y, "review.reject", "2026-11-21"),
    ]
    db.add_all(AuditEvent(revision_id=r, action=a, created_at=at(d)) for r, a, d in events)
    criteria = db.scalars(select(Criterion).order_by(Criterion.sort_order, Criterion.id)).all()[:2]
    for decided, ratings in (
        ("2026-10-11", ("teilweise", "erfuellt")),
        ("2026-11-15", ("nicht_erfuellt", "teilweise")),
    ):
        review = Review(
            revision_id=x,
            criteria_set_id=criteria[0].criteria_set_id,
            decision="request_changes",
            decided_at=at(decided),
        )
        db.add(review)
        db.flush()
        db.add_all(
            ReviewRating(review_id=review.id, criterion_id=c.id, rating=r)
            for c, r in zip(criteria, ratings, strict=True)
        )
    noon = datetime.combine(today(), datetime.min.time(), UTC).replace(hour=12)
    for name, state, days_ago in (("o5", "submitted", 3), ("o2", "in_review", 20)):
        db.add(
            OfferRevision(
                offer_id=offers[name].id,
                number=2,
                state=state,
                title=f"Offen {state}",
                submitted_at=noon - timedelta(days=days_ago),
            )
        )


def _feedback(db, offers) -> None:
    rows = [
        ("o1", 5, True, "approved"),
        ("o1", 3, False, "approved"),
        ("o1", 1, False, "pending"),
        ("o2", 4, True, "ratings_only"),
    ]
    for name, fit, again, status in rows:
        db.add(
            OfferFeedback(
                offer_id=offers[name].id,
                created_at=at("2026-11-10"),
                school_type="gymnasium",
                grade=7,
                held_in=date(2026, 11, 1),
                rating_fit=fit,
                rating_organisation=4,
                rating_content=2,
                would_book_again=again,
                status=status,
            )
        )


@pytest.fixture
def catalogue(db) -> Catalogue:
    offers = _offers(db)
    _demand(db, offers)
    _review_history(db, offers)
    _feedback(db, offers)
    db.flush()
    return Catalogue(offers)


@pytest.fixture
def office(app, db):
    client = app.test_client()
    log_in(client, make_user(db, office_role="reviewer"))
    return client


def table(client, report: str, key: str, **period) -> list[list[str]]:
    """The figure's CSV as rows (header first)."""
    response = client.get(f"/koordination/berichte/{report}/{key}.csv", query_string=period or None)
    assert response.status_code == 200, response.status_code
    return list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
