"""Every filter of the search page, facet counts, and options that would lead nowhere."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.functional.search.helpers import build_index, listed, option, option_count, page, plain, titles

VOCABULARY_FILTERS = [
    ("handlungsfeld", "field", "sucht", "medien"),
    ("thema", "topic", "alkohol", "mobbing"),
    ("zielgruppe", "audience", "eltern", "schueler"),
    ("schulart", "school_type", "grundschule", "gymnasium"),
    ("format", "format", "elternabend", "workshop"),
    ("ort", "venue", "online", "schule"),
    ("gebiet", "district", "nord", "sued"),
    ("sprache", "language", "ar", "de"),
    ("ebene", "level", "selektiv", "universell"),
]


@pytest.mark.parametrize("parameter, vocabulary, wanted, other", VOCABULARY_FILTERS)
def test_vocabulary_filter_keeps_only_offers_with_that_code(app, client, db, parameter, vocabulary, wanted, other):
    listed(db, "Passt", terms={vocabulary: (wanted,)})
    listed(db, "Passt nicht", terms={vocabulary: (other,)})
    build_index(app, db)
    assert titles(page(client, **{parameter: wanted})) == ["Passt"]


def test_values_of_one_filter_are_or_combined_and_filters_are_and_combined(app, client, db):
    listed(db, "Alkohol Nord", terms={"topic": ("alkohol",), "district": ("nord",)})
    listed(db, "Cannabis Nord", terms={"topic": ("cannabis",), "district": ("nord",)})
    listed(db, "Alkohol Süd", terms={"topic": ("alkohol",), "district": ("sued",)})
    build_index(app, db)
    found = titles(page(client, "/suche?thema=alkohol&thema=cannabis&gebiet=nord"))
    assert found == ["Alkohol Nord", "Cannabis Nord"]


@pytest.mark.parametrize(
    "grade, found", [("4", []), ("5", ["Klassen 5–8"]), ("6", ["Klassen 5–8"]), ("8", ["Klassen 5–8"]), ("9", [])]
)
def test_grade_filter_matches_offers_whose_range_contains_the_grade(app, client, db, grade, found):
    listed(db, "Klassen 5–8", grade_from=5, grade_to=8)
    listed(db, "Ohne Klassenstufe", grade_from=None, grade_to=None, age_from=16, age_to=99)
    build_index(app, db)
    assert titles(page(client, klasse=grade)) == found


def test_age_filter_matches_offers_whose_age_range_contains_the_age(app, client, db):
    listed(db, "Ab 16", grade_from=None, grade_to=None, age_from=16, age_to=99)
    listed(db, "10 bis 12", grade_from=None, grade_to=None, age_from=10, age_to=12)
    build_index(app, db)
    assert titles(page(client, alter="17")) == ["Ab 16"]
    assert titles(page(client, alter="11")) == ["10 bis 12"]


def test_free_only_keeps_free_offers(app, client, db):
    listed(db, "Kostenfrei", is_free=True, cost_amount=None, cost_unit=None)
    listed(db, "Kostet", cost_amount=Decimal("80"))
    build_index(app, db)
    assert titles(page(client, kostenfrei="1")) == ["Kostenfrei"]


def test_maximum_cost_admits_cheaper_and_free_offers_but_not_unpriced_ones(app, client, db):
    listed(db, "Kostenfrei", is_free=True, cost_amount=None, cost_unit=None)
    listed(db, "Günstig", cost_amount=Decimal("80"))
    listed(db, "Genau 100", cost_amount=Decimal("100"))
    listed(db, "Teuer", cost_amount=Decimal("450"))
    listed(db, "Auf Anfrage", cost_amount=None, cost_unit=None)
    build_index(app, db)
    assert titles(page(client, max_kosten="100")) == ["Genau 100", "Günstig", "Kostenfrei"]
    assert titles(page(client, max_kosten="99,50")) == ["Günstig", "Kostenfrei"]


def test_each_option_shows_its_count_excluding_its_own_filter(app, client, db):
    listed(db, "A", terms={"topic": ("alkohol",), "district": ("nord",)})
    listed(db, "B", terms={"topic": ("alkohol",), "district": ("sued",)})
    listed(db, "C", terms={"topic": ("cannabis",), "district": ("nord",)})
    build_index(app, db)
    body = page(client, thema="alkohol")
    assert option_count(body, "thema", "alkohol") == 2
    assert option_count(body, "thema", "cannabis") == 1  # what choosing it as well would add
    assert option_count(body, "gebiet", "nord") == 1 and option_count(body, "gebiet", "sued") == 1
    assert '<span class="visually-hidden"> Angebote</span>' in option(body, "thema", "alkohol")


def test_options_without_offers_are_disabled_unless_selected(app, client, db):
    listed(db, "A", terms={"topic": ("alkohol",)})
    build_index(app, db)
    body = page(client, thema="mobbing")
    empty = option(body, "thema", "rassismus")
    assert "disabled" in empty and "(0" in empty and 'class="option-empty"' in empty
    chosen = option(body, "thema", "mobbing")
    assert "checked" in chosen and "disabled" not in chosen
    assert "disabled" not in option(body, "thema", "alkohol")


def test_free_checkbox_shows_how_many_offers_are_free(app, client, db):
    listed(db, "Kostenfrei", is_free=True, cost_amount=None, cost_unit=None)
    listed(db, "Kostet")
    build_index(app, db)
    assert "nur kostenfreie (1" in plain(page(client))


def test_selected_filters_are_listed_with_links_that_remove_them(app, client, db):
    listed(db, "A", terms={"topic": ("alkohol",)})
    build_index(app, db)
    body = page(client, thema="alkohol", klasse="6")
    text = plain(body)
    assert "Thema: Alkohol – entfernen" in text and "Klassenstufe 6 – entfernen" in text
    assert 'href="/suche?klasse=6"' in body and 'href="/suche?thema=alkohol"' in body


def test_filters_keep_their_state_in_the_form(app, client, db):
    build_index(app, db)
    body = page(client, thema="alkohol", klasse="7", alter="12", kostenfrei="1", max_kosten="12,50")
    assert 'value="alkohol" checked' in body
    assert '<option value="7" selected>' in body
    assert 'name="alter" value="12"' in body and 'name="max_kosten" value="12,5"' in body
    assert 'name="kostenfrei" value="1" checked' in body
