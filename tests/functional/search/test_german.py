"""German searches through the whole stack: page → synonyms from the database → index → database."""

from __future__ import annotations

import pytest

from tests.factories import make_user
from tests.functional.org_helpers import post_form
from tests.functional.search.helpers import build_index, listed, page, plain, titles
from tests.helpers import log_in


@pytest.fixture
def catalogue(app, db):
    listed(db, "Drogen – Klartext reden", summary="Ein Workshop über illegale Drogen.")
    listed(db, "Suchtprävention mit Theater", summary="Ein Theaterstück mit Gesprächsrunde.")
    listed(db, "Sicher über die Straße", summary="Verkehrserziehung für die Grundschule.")
    listed(db, "Cybermobbing im Klassenchat", summary="Was tun, wenn im Chat gemobbt wird?")
    listed(db, "Anti-Mobbing-Training", summary="Ein Training für die ganze Klasse.")
    listed(db, "Elternabend Medienerziehung", summary="Für Mütter und Väter.")
    listed(db, "Rauchfrei durchstarten", summary="Unterrichtsreihe zu Tabak und E-Zigaretten.")
    build_index(app, db)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Droge", ["Drogen – Klartext reden"]),
        ("drogen", ["Drogen – Klartext reden"]),
        ("Suchtpraevention", ["Suchtprävention mit Theater"]),
        ("suchtprävention", ["Suchtprävention mit Theater"]),
        ("Strasse", ["Sicher über die Straße"]),
        ("Straße", ["Sicher über die Straße"]),
        ("eltern", ["Elternabend Medienerziehung"]),
    ],
)
def test_german_word_forms_and_spellings_find_the_offer(client, catalogue, query, expected):
    assert titles(page(client, q=query)) == expected


def test_mobbing_finds_cybermobbing_and_anti_mobbing_training(client, catalogue):
    assert set(titles(page(client, q="mobbing"))) == {"Cybermobbing im Klassenchat", "Anti-Mobbing-Training"}


def test_a_typo_still_finds_and_offers_the_correct_spelling(client, catalogue):
    body = page(client, q="Theatre")
    assert titles(body) == ["Suchtprävention mit Theater"]
    assert "Meinten Sie" in body and 'href="/suche?q=Theater"' in body
    assert "ähnlich geschriebene Wörter" in plain(body)


def test_partial_match_says_that_not_all_words_were_found(client, catalogue):
    body = page(client, q="Theater Zauberwürfel")
    assert titles(body) == ["Suchtprävention mit Theater"]
    assert "Nicht jedes Angebot enthält alle Suchwörter" in plain(body)


def test_kippe_finds_tabak_through_the_synonym_table(client, catalogue):
    assert titles(page(client, q="Kippe")) == ["Rauchfrei durchstarten"]


def test_a_synonym_added_by_the_office_works_at_once_without_restart(app, client, db, catalogue):
    assert titles(page(client, q="Glimmstängel")) == []  # caches the synonym list of this worker
    admin = make_user(db, office_role="admin")
    log_in(client, admin)
    response = post_form(client, "/koordination/synonyme", {"term": "Glimmstängel", "expansions": "Tabak"})
    assert response.status_code == 302
    assert titles(page(client, q="Glimmstängel")) == ["Rauchfrei durchstarten"]
