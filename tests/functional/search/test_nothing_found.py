"""Nothing found: which filter to drop (with counts), the office's contact, and anonymous miss counts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from catalogue.search.models import SearchMiss
from tests.functional.search.helpers import build_index, count_text, listed, page, plain


def misses(db) -> list[tuple[str, str, int]]:
    db.expire_all()
    return [(m.month, m.term, m.count) for m in db.scalars(select(SearchMiss).order_by(SearchMiss.term))]


def this_month() -> str:
    return date.today().strftime("%Y-%m")


def test_nothing_found_names_each_active_filter_with_the_count_without_it(app, client, db):
    listed(db, "Alkohol Nord", terms={"topic": ("alkohol",), "district": ("nord",)}, grade_from=7, grade_to=9)
    listed(db, "Alkohol Süd", terms={"topic": ("alkohol",), "district": ("sued",)}, grade_from=7, grade_to=9)
    listed(db, "Mobbing Ost", terms={"topic": ("mobbing",), "district": ("ost",)}, grade_from=3, grade_to=4)
    build_index(app, db)
    body = page(client, thema="alkohol", gebiet="ost", klasse="8")
    assert count_text(body) == "Keine Angebote gefunden"
    text = plain(body)
    assert "Ohne Einsatzgebiet: Ost: 2 Angebote" in text
    assert "Ohne Thema: Alkohol: auch keine Angebote" in text
    assert "Ohne Klassenstufe 8: auch keine Angebote" in text
    assert "Ohne alle Filter: 3 Angebote" in text
    assert 'href="/suche?thema=alkohol&amp;klasse=8"' in body


def test_nothing_found_offers_the_coordination_offices_contact(app, client, db):
    build_index(app, db)
    body = page(client, q="Zirkuspädagogik")
    assert 'href="mailto:praevention@stadt.example"' in body
    assert "0371 000000-0" in plain(body) and "Kein passendes Angebot dabei?" in plain(body)


def test_a_text_search_without_results_is_counted_per_term_and_month(app, client, db):
    listed(db, "Mobbing erkennen")
    build_index(app, db)
    page(client, q="  Zirkus   PÄDAGOGIK ")
    page(client, q="zirkus pädagogik")
    page(client, q="mobbing")  # found: not counted
    assert misses(db) == [(this_month(), "zirkus pädagogik", 2)]


def test_searches_without_text_are_not_counted(app, client, db):
    build_index(app, db)
    page(client, thema="alkohol")
    assert misses(db) == []


def test_counted_terms_are_cut_to_100_characters_without_control_characters(app, client, db):
    build_index(app, db)
    page(client, q="Zirkus\x00" + "x" * 300)
    [(_, term, count)] = misses(db)
    assert term == "zirkus " + "x" * 93 and count == 1


def test_counting_a_miss_keeps_the_page_intact(app, client, db):
    listed(db, "Alkohol", terms={"topic": ("alkohol",)})
    build_index(app, db)
    body = page(client, q="Zirkus", thema="alkohol")
    assert "Ohne Suchbegriff „Zirkus“: 1 Angebot" in plain(body)
