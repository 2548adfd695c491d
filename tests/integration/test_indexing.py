"""The search index follows the database through the change feed."""

from __future__ import annotations

import pytest

from catalogue.changefeed import record_search_change
from catalogue.offers.models import Offer
from catalogue.search import indexing
from catalogue.search.indexing import check_index, documents_for, rebuild_index, refresh_index, sync_index
from search_index import SearchIndex, search
from tests.factories import make_live_offer, make_organisation


@pytest.fixture
def index(tmp_path):
    handle = SearchIndex(str(tmp_path / "index"))
    yield handle
    handle.close()


def live(db, title, **kwargs):
    offer = make_live_offer(db, make_organisation(db), title=title, **kwargs)
    record_search_change(db, offer_id=offer.id)
    db.flush()
    return offer


def found(index, text):
    return set(search(index, text).ids)


def test_new_index_is_built_from_all_listed_offers(db, index):
    offer = live(db, "Cybermobbing im Klassenchat")
    assert refresh_index(db, index).startswith("neu aufgebaut: 1")
    assert found(index, "mobbing") == {offer.id}


def test_sync_adds_an_offer_that_went_live(db, index):
    rebuild_index(db, index)
    offer = live(db, "Elternabend Medienerziehung")
    assert sync_index(db, index) == 1
    assert found(index, "elternabend") == {offer.id}


@pytest.mark.parametrize("listing", ["paused", "withdrawn", "expired"])
def test_sync_removes_an_offer_that_is_no_longer_listed(db, index, listing):
    offer = live(db, "Suchtprävention mit Theater")
    rebuild_index(db, index)
    db.get(Offer, offer.id).listing = listing
    record_search_change(db, offer_id=offer.id)
    db.flush()
    sync_index(db, index)
    assert found(index, "theater") == set()


def test_sync_is_idempotent(db, index):
    live(db, "Zivilcourage-Training")
    rebuild_index(db, index)
    assert sync_index(db, index) == 0
    assert sync_index(db, index) == 0


def test_drafts_never_become_documents(db):
    offer = make_live_offer(db, make_organisation(db), title="Nur ein Entwurf", listing="unlisted")
    assert offer.id not in documents_for(db)


def test_check_reports_missing_orphaned_and_stale_documents(db, index):
    kept = live(db, "Alkohol – Klartext reden")
    gone = live(db, "Glücksspiel erkennen")
    rebuild_index(db, index)
    db.get(Offer, gone.id).listing = "withdrawn"
    added = live(db, "Fake News entlarven")
    from catalogue.offers.models import OfferRevision

    db.get(OfferRevision, db.get(Offer, kept.id).live_revision_id).title = "Alkohol – anders reden"
    db.flush()
    report = check_index(db, index)
    assert (report.missing, report.orphaned, report.stale) == ((added.id,), (gone.id,), (kept.id,))


def test_check_is_clean_after_sync(db, index):
    live(db, "Streitschlichtung")
    refresh_index(db, index)
    assert check_index(db, index).ok


def test_rebuild_applies_changes_made_during_the_build_on_the_next_sync(db, index):
    rebuild_index(db, index)
    offer = live(db, "Verkehrsdetektive")  # recorded after the rebuild's sequence
    sync_index(db, index)
    assert found(index, "verkehrsdetektive") == {offer.id}


def test_document_carries_vocabulary_codes_grades_and_cost(db):
    offer = make_live_offer(
        db, make_organisation(db, name="Medienkompass e. V."), fields=("medien", "gewalt"), grade_from=7, grade_to=9
    )
    document = documents_for(db, [offer.id])[offer.id]
    assert (document.field, document.grade_from, document.grade_to, document.cost_cents, document.provider) == (
        ("gewalt", "medien"),
        7,
        9,
        15000,
        "Medienkompass e. V.",
    )


def test_rebuild_reads_the_offers_in_batches_and_misses_none(db, index, monkeypatch):
    monkeypatch.setattr(indexing, "REBUILD_BATCH", 2)
    offers = [live(db, f"Mobbing {n}") for n in range(5)]
    assert rebuild_index(db, index) == 5
    assert found(index, "mobbing") == {offer.id for offer in offers}
    assert check_index(db, index).ok
