"""The index is a cache: a stale one never shows what is not live, a broken one never breaks the page."""

from __future__ import annotations

import pytest

from catalogue.changefeed import record_search_change
from catalogue.offers.models import Offer
from catalogue.search.indexing import open_index
from search_index import SearchIndex
from tests.functional.search.helpers import build_index, count_text, listed, page, titles

UNAVAILABLE = "Die Volltextsuche ist gerade nicht verfügbar"


@pytest.mark.parametrize("listing", ["paused", "withdrawn", "expired", "unlisted"])
def test_an_offer_taken_off_the_list_is_not_shown_even_if_the_index_still_has_it(app, client, db, listing):
    gone = listed(db, "Mobbing stoppen")
    listed(db, "Mobbing erkennen")
    build_index(app, db)
    db.get(Offer, gone.id).listing = listing  # no sync: the index still holds the document
    db.flush()
    body = page(client, q="mobbing")
    assert titles(body) == ["Mobbing erkennen"]
    assert count_text(body) == "1 Angebot gefunden"
    assert client.get(f"/angebote/{gone.id}").status_code == 404


def test_a_stale_index_with_only_unlisted_hits_shows_the_nothing_found_page(app, client, db):
    gone = listed(db, "Zivilcourage")
    build_index(app, db)
    db.get(Offer, gone.id).listing = "paused"
    db.flush()
    body = page(client, q="Zivilcourage")
    assert titles(body) == [] and "Keine passenden Angebote gefunden" in body


def test_drafts_are_never_indexed_or_shown(app, client, db):
    listed(db, "Entwurf Mobbing", listing="unlisted")
    build_index(app, db)
    assert titles(page(client, q="mobbing")) == []


def test_a_missing_index_falls_back_to_the_database_and_is_not_created_by_the_request(
    app, client, db, search_index_dir
):
    listed(db, "Mobbing erkennen", summary="Ein Workshop gegen Ausgrenzung.")
    listed(db, "Alkohol – Klartext")
    body = page(client, q="mobbing")
    assert UNAVAILABLE in body
    assert titles(body) == ["Mobbing erkennen"]
    assert not search_index_dir.exists()


def test_an_index_that_was_never_built_counts_as_unavailable(app, client, db, search_index_dir):
    listed(db, "Mobbing erkennen")
    SearchIndex(search_index_dir).close()  # created empty: needs a rebuild
    body = page(client, q="mobbing")
    assert UNAVAILABLE in body and titles(body) == ["Mobbing erkennen"]


def test_a_pointer_to_a_missing_generation_falls_back(app, client, db, search_index_dir):
    listed(db, "Mobbing erkennen")
    build_index(app, db)
    (search_index_dir / "CURRENT").write_text("gen-gibt-es-nicht\n")
    body = page(client, q="mobbing")
    assert UNAVAILABLE in body and titles(body) == ["Mobbing erkennen"]


def test_garbage_in_the_index_files_falls_back(app, client, db, search_index_dir):
    listed(db, "Mobbing erkennen")
    build_index(app, db)
    for handle in app.extensions.pop("search_indexes", {}).values():
        handle.close()  # as a freshly started worker: nothing cached in memory
    for path in search_index_dir.rglob("*"):
        if path.is_file() and path.name != "CURRENT":
            path.write_bytes(b"\x00garbage\xff" * 50)
    body = page(client, q="mobbing")
    assert UNAVAILABLE in body and titles(body) == ["Mobbing erkennen"]


def test_garbage_pointer_file_falls_back(app, client, db, search_index_dir):
    listed(db, "Mobbing erkennen")
    build_index(app, db)
    (search_index_dir / "CURRENT").write_bytes(b"\xff\xfe\x00/../..")
    assert UNAVAILABLE in page(client, q="mobbing")


def test_the_fallback_applies_the_filters_and_omits_facet_counts(app, client, db):
    listed(db, "Alkohol Nord", terms={"topic": ("alkohol",), "district": ("nord",)})
    listed(db, "Alkohol Süd", terms={"topic": ("alkohol",), "district": ("sued",)})
    body = page(client, q="alkohol", gebiet="nord")
    assert titles(body) == ["Alkohol Nord"]
    assert 'class="count"' not in body


def test_a_search_request_never_writes_to_the_index(app, client, db, search_index_dir):
    first = listed(db, "Mobbing erkennen")
    build_index(app, db)
    index = open_index(app)
    before = (index.last_seq, sorted(p.name for p in search_index_dir.rglob("*")))
    listed(db, "Mobbing stoppen")  # a pending change in the feed
    record_search_change(db, offer_id=first.id)
    db.flush()
    page(client, q="mobbing")
    page(client, q="nichts-zu-finden")
    assert (index.last_seq, sorted(p.name for p in search_index_dir.rglob("*"))) == before
