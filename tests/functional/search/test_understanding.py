"""Filter words typed into the search box: page chips, explicit filters winning, the API's `understood`."""

from __future__ import annotations

import pytest

from tests.functional.search.helpers import build_index, listed, page, plain, titles


@pytest.fixture
def catalogue(app, db):
    listed(db, "Medienhelden", summary="Sicher im Netz.", grade_from=7, grade_to=8, is_free=True, cost_amount=None)
    listed(db, "Medien-Detektive", summary="Sicher im Netz.", grade_from=3, grade_to=4, is_free=True, cost_amount=None)
    listed(db, "Medienprofis", summary="Sicher im Netz.", grade_from=7, grade_to=9)
    listed(db, "Klasse2000", summary="Gesundheitsförderung ab der Grundschule.", grade_from=1, grade_to=4)
    listed(db, "Netzwerk Schule", summary="Für das Kollegium.", terms={"format": ("fortbildung",)})
    build_index(app, db)


def test_grade_and_cost_words_become_filters(client, catalogue):
    assert titles(page(client, q="Medien Klasse 7 gratis")) == ["Medienhelden"]


def test_recognised_filters_are_shown_as_chips(client, catalogue):
    text = plain(page(client, q="Medien Klasse 7 gratis"))
    assert "Erkannt: Klasse 7" in text and "kostenfrei" in text


def test_removing_a_chip_searches_without_its_words(client, catalogue):
    body = page(client, q="Medien Klasse 7 gratis")
    assert 'href="/suche?q=Medien+gratis"' in body


def test_plain_text_link_switches_understanding_off(client, catalogue):
    body = page(client, q="Medien Klasse 7 gratis")
    assert "verstehen=0" in body
    assert "Erkannt" not in plain(page(client, q="Medien Klasse 7 gratis", verstehen="0"))


def test_explicit_grade_wins_over_the_typed_one(client, catalogue):
    assert titles(page(client, q="Medien Klasse 7", klasse="3")) == ["Medien-Detektive"]


def test_klasse2000_is_found_as_a_title(client, catalogue):
    assert titles(page(client, q="Klasse2000")) == ["Klasse2000"]


def test_grade_range_finds_offers_overlapping_it(client, catalogue):
    assert set(titles(page(client, q="Medien Klassen 8–10"))) == {"Medienhelden", "Medienprofis"}


def test_format_label_is_searchable_as_text(client, catalogue):
    assert titles(page(client, q="Fortbildung Kollegium", verstehen="0")) == ["Netzwerk Schule"]


def test_api_reports_what_was_understood(client, catalogue):
    data = client.get("/api/v1/offers", query_string={"q": "Medien Klasse 7 gratis"}).get_json()
    assert data["understood"]["text"] == "Medien"
    assert [(f["parameter"], f["value"]) for f in data["understood"]["filters"]] == [
        ("klasse", {"von": 7, "bis": 7}),
        ("kostenfrei", True),
    ]
    assert data["total"] == 1


def test_api_verstehen_0_searches_the_words_as_text(client, catalogue):
    data = client.get("/api/v1/offers", query_string={"q": "Medien Klasse 7 gratis", "verstehen": "0"}).get_json()
    assert data["understood"] is None


def test_api_rejects_an_odd_verstehen_value(client, catalogue):
    response = client.get("/api/v1/offers", query_string={"q": "Medien", "verstehen": "vielleicht"})
    assert response.status_code == 400


def test_spelling_suggestion_keeps_the_filter_words(client, catalogue):
    assert 'href="/suche?q=Medien+Klasse+7"' in page(client, q="Medin Klasse 7")
