"""The database fallback filters exactly like the index, and matches words as plain substrings."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC
from decimal import Decimal

import pytest

from catalogue.search import fallback
from catalogue.search.indexing import open_index
from catalogue.search.params import SearchParams
from search_index import search
from tests.functional.search.helpers import build_index, listed

CODES = {
    "field": ["gewalt", "sucht", "medien"],
    "topic": ["mobbing", "alkohol", "cannabis"],
    "audience": ["schueler", "eltern"],
    "district": ["nord", "sued", "ost"],
    "format": ["workshop", "projekttag"],
}


@pytest.fixture
def catalogue(app, db):
    rng = random.Random(7)
    for n in range(30):
        terms = {vocabulary: tuple(rng.sample(codes, rng.randint(0, 2))) for vocabulary, codes in CODES.items()}
        terms["field"] = terms["field"] or ("gewalt",)
        grades = rng.choice([(None, None), (1, 4), (5, 8), (7, 13), (5, None)])
        ages = rng.choice([(None, None), (10, 14), (16, 99)])
        free = rng.random() < 0.3
        cost = None if free or rng.random() < 0.2 else Decimal(rng.choice([0, 50, 100, 150, 450]))
        listed(
            db,
            f"Angebot {n:02d}",
            terms=terms,
            grade_from=grades[0],
            grade_to=grades[1],
            age_from=ages[0],
            age_to=ages[1],
            is_free=free,
            cost_amount=cost,
        )
    build_index(app, db)
    return open_index(app)


def random_params(rng: random.Random) -> SearchParams:
    codes = {v: tuple(rng.sample(c, rng.randint(1, 2))) for v, c in CODES.items() if rng.random() < 0.3}
    return SearchParams(
        codes=codes,
        grade=rng.choice([None, None, 3, 6, 13]),
        grade_to=rng.choice([None, None, 9]),
        age=rng.choice([None, None, 12, 17]),
        free_only=rng.random() < 0.2,
        max_cost=rng.choice([None, None, Decimal(0), Decimal(120)]),
        sort="title",
        per_page=100,
    )


def test_fallback_filters_give_the_same_offers_as_the_index(db, catalogue):
    rng = random.Random(11)
    for _ in range(60):
        params = random_params(rng)
        expected = search(catalogue, "", params.filters(), sort="title", per_page=100)
        assert fallback.count(db, params) == expected.total, params
        assert fallback.page_ids(db, params, 1) == list(expected.ids), params


def test_fallback_text_needs_every_word_in_title_summary_or_description(db):
    listed(db, "Mobbing stoppen", summary="Für die Klassen 5 bis 7.", description="Mit Rollenspielen.")
    listed(db, "Mobbing erkennen", summary="Eine Fortbildung.")
    params = SearchParams(text="MOBBING rollenspielen", per_page=100)
    assert fallback.count(db, params) == 1
    assert fallback.count(db, replace(params, text="mobbing")) == 2


@pytest.mark.parametrize("text", ["_", "mobb_ng", "100%"])
def test_like_wildcards_in_the_text_are_plain_characters(db, text):
    listed(db, "Mobbing stoppen")
    assert fallback.count(db, SearchParams(text=text)) == 0


@pytest.mark.parametrize("text", ["%", "\\", "* ?"])
def test_text_without_words_lists_everything_as_the_index_does(db, text):
    listed(db, "Mobbing stoppen")
    assert fallback.count(db, SearchParams(text=text)) == 1


def test_fallback_pages_and_sorts_by_newest(db):
    from datetime import datetime

    from catalogue.offers.models import OfferRevision

    first = listed(db, "B älter")
    second = listed(db, "A neuer")
    db.get(OfferRevision, first.live_revision_id).decided_at = datetime(2025, 1, 1, tzinfo=UTC)
    db.get(OfferRevision, second.live_revision_id).decided_at = datetime(2026, 1, 1, tzinfo=UTC)
    db.flush()
    params = SearchParams(sort="newest", per_page=1)
    assert fallback.page_ids(db, params, 1) == [second.id] and fallback.page_ids(db, params, 2) == [first.id]
