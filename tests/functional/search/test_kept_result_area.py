"""The rendered result area is kept per process, but never shows what the database no longer says."""

from __future__ import annotations

from catalogue.offers.models import Offer, OfferRevision
from catalogue.providers.models import Organisation
from catalogue.search.models import SearchMiss
from tests.conftest import csrf_from
from tests.functional.search.helpers import build_index, count_text, listed, page, plain, titles


def _areas(app):
    return app.extensions.get("search_areas")


def test_the_same_search_again_is_served_from_the_kept_area(app, client, db):
    listed(db, "Mobbing stoppen")
    build_index(app, db)
    first = page(client, q="mobbing")
    kept = len(_areas(app)._areas)
    assert page(client, q="mobbing") == first
    assert len(_areas(app)._areas) == kept


def test_every_visitor_gets_their_own_csrf_token_in_a_kept_area(app, client, db):
    offer = listed(db, "Mobbing stoppen")
    build_index(app, db)
    first_token = csrf_from(page(client, q="mobbing"))
    other = app.test_client()
    body = page(other, q="mobbing")
    token = csrf_from(body)
    assert token != first_token and "csrfTokenOfThisVisitorGoesHere" not in body
    marked = other.post("/merkliste/merken", data={"offer_id": offer.id, "next": "/suche", "csrf_token": token})
    assert marked.status_code == 302  # a token not of this visitor's session is refused with 400


def test_an_offer_taken_off_the_list_leaves_a_kept_area_at_once(app, client, db):
    gone = listed(db, "Mobbing stoppen")
    listed(db, "Mobbing erkennen")
    build_index(app, db)
    assert len(titles(page(client, q="mobbing"))) == 2
    db.get(Offer, gone.id).listing = "withdrawn"  # no sync: the index still holds it
    db.flush()
    body = page(client, q="mobbing")
    assert titles(body) == ["Mobbing erkennen"] and count_text(body) == "1 Angebot gefunden"


def test_a_provider_renamed_without_a_new_index_shows_the_new_name(app, client, db):
    offer = listed(db, "Mobbing stoppen")
    build_index(app, db)
    page(client, q="mobbing")
    db.get(Organisation, offer.organisation_id).name = "Neuer Name e. V."
    db.flush()
    assert "Neuer Name e. V." in plain(page(client, q="mobbing"))


def test_a_renewed_seal_shows_the_new_date(app, client, db):
    offer = listed(db, "Mobbing stoppen")
    build_index(app, db)
    page(client, q="mobbing")
    revision = db.get(OfferRevision, offer.live_revision_id)
    revision.seal_valid_until = revision.seal_valid_until.replace(year=revision.seal_valid_until.year + 1)
    db.flush()
    assert f"Qualitätssiegel bis: {revision.seal_valid_until:%d.%m.%Y}" in plain(page(client, q="mobbing"))


def test_an_offer_on_the_merkliste_shows_as_marked_on_a_page_kept_unmarked(app, client, db, csrf):
    offer = listed(db, "Mobbing stoppen")
    build_index(app, db)
    assert "Auf der Merkliste" not in plain(page(client, q="mobbing"))
    client.post("/merkliste/merken", data={"offer_id": offer.id, "next": "/suche", "csrf_token": csrf("/suche")})
    assert "Auf der Merkliste" in plain(page(client, q="mobbing"))


def test_a_search_without_hits_is_counted_every_time(app, client, db):
    listed(db, "Mobbing stoppen")
    build_index(app, db)
    page(client, q="zirkuszelt")
    page(client, q="zirkuszelt")
    miss = db.query(SearchMiss).one()
    assert miss.count == 2
