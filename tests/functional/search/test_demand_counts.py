"""Demand counted without personal data: offer page views per day, filters that emptied a search."""

from __future__ import annotations

from sqlalchemy import select

from catalogue.clock import today
from catalogue.search.models import OfferViewDay, SearchEmptyFilter
from tests.functional.search.helpers import build_index, listed


def _views(db) -> list[tuple]:
    db.expire_all()
    return list(db.execute(select(OfferViewDay.offer_id, OfferViewDay.day, OfferViewDay.count)))


def test_each_view_of_an_offer_page_adds_to_one_counter_per_day(client, db):
    offer = listed(db, "Mutig gegen Mobbing")
    for _ in range(3):
        client.get(f"/angebote/{offer.id}")
    assert _views(db) == [(offer.id, today(), 3)]


def test_crawlers_are_not_counted(client, db):
    offer = listed(db, "Mutig gegen Mobbing")
    client.get(f"/angebote/{offer.id}", headers={"User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1)"})
    assert _views(db) == []


def test_unknown_offer_counts_nothing(client, db):
    assert client.get("/angebote/999999").status_code == 404
    assert _views(db) == []


def test_a_filter_that_empties_a_search_is_counted_for_the_month(app, client, db):
    listed(db, "Mutig gegen Mobbing", grade_from=5, grade_to=6)
    build_index(app, db)
    client.get("/suche", query_string={"klasse": "11"})
    client.get("/suche", query_string={"klasse": "12"})
    client.get("/suche", query_string={"klasse": "6"})  # finds the offer: nothing to count
    db.expire_all()
    rows = list(db.execute(select(SearchEmptyFilter.month, SearchEmptyFilter.filter_key, SearchEmptyFilter.count)))
    assert rows == [(today().strftime("%Y-%m"), "grade", 2)]
