"""Whatever arrives in the URL, the search page answers with a normal page."""

from __future__ import annotations

import pytest

from tests.functional.search.helpers import build_index, listed, page, plain

ODD_QUERIES = [
    {"q": '"Mobbing'},
    {"q": 'Mobbing"'},
    {"q": "AND"},
    {"q": "OR NOT"},
    {"q": "-"},
    {"q": "*"},
    {"q": "(("},
    {"q": "title:mobbing"},
    {"q": "m" * 2000},
    {"q": "Mob bing " * 300},
    {"q": "Mobbing\x00\x01\x1f\x7f"},
    {"q": "\u202eMobbing\u200b"},
    {"q": "🙂 Mobbing"},
    "q=%ED%A0%80",
    "q=%FF%FE&thema=%C3",
    "q=%25%",
    "thema=a&thema=b&thema=c&thema=%00",
    {"q": "%", "thema": "%"},
    {"q": "_"},
    {"q": "' OR 1=1 --"},
    {"q": "<script>"},
    {"seite": "461168601842738792"},
    {"seite": "-5"},
    {"seite": "abc"},
    {"seite": "1e9"},
    {"seite": "9" * 50},
    {"pro_seite": "0"},
    {"pro_seite": "100000"},
    {"sortierung": "drop table"},
    {"thema": "gibt_es_nicht"},
    {"thema": "x" * 500},
    {"handlungsfeld": ",,,"},
    {"klasse": "abc"},
    {"klasse": "-3"},
    {"klasse": "99"},
    {"klasse": "6.5"},
    {"klasse": "9" * 40},
    {"alter": "NaN"},
    {"alter": "-1"},
    {"alter": "1000"},
    {"max_kosten": "NaN"},
    {"max_kosten": "-10"},
    {"max_kosten": "Infinity"},
    {"max_kosten": "1e999"},
    {"max_kosten": "zehn"},
    {"max_kosten": "12,5,0"},
    {"kostenfrei": "vielleicht"},
    {"unbekannt": "1"},
]


@pytest.fixture
def indexed(app, db):
    listed(db, "Mobbing erkennen", terms={"topic": ("mobbing",)})
    build_index(app, db)


@pytest.mark.parametrize("args", ODD_QUERIES, ids=range(len(ODD_QUERIES)))
def test_odd_input_gives_a_normal_page(client, indexed, args):
    body = page(client, "/suche?" + args) if isinstance(args, str) else page(client, **args)
    assert "Angebote suchen" in body and 'id="trefferzahl"' in body


@pytest.mark.parametrize("args", ODD_QUERIES[:20], ids=range(20))
def test_odd_input_also_works_without_an_index(client, db, args):
    listed(db, "Mobbing erkennen")
    body = page(client, "/suche?" + args) if isinstance(args, str) else page(client, **args)
    assert "Die Volltextsuche ist gerade nicht verfügbar" in body


@pytest.mark.parametrize(
    "args, notice",
    [
        ({"klasse": "abc"}, "Die Klassenstufe „abc“ ist keine ganze Zahl von 1 bis 13"),
        ({"klasse": "14"}, "Die Klassenstufe „14“ ist keine ganze Zahl von 1 bis 13"),
        ({"alter": "-1"}, "Das Alter „-1“ ist keine ganze Zahl"),
        ({"max_kosten": "NaN"}, "Der Höchstbetrag „NaN“ ist kein Betrag"),
        ({"max_kosten": "-10"}, "Der Höchstbetrag „-10“ ist kein Betrag"),
        ({"thema": "gibt_es_nicht"}, "Den Filterwert „gibt_es_nicht“ gibt es für Thema nicht"),
        ({"q": "m" * 600}, "Der Suchtext war länger als 500 Zeichen und wurde gekürzt."),
    ],
)
def test_unusable_values_are_ignored_with_a_notice(client, indexed, args, notice):
    body = page(client, **args)
    assert notice in plain(body)
    assert "Mobbing erkennen" in body  # the rest of the search still runs


def test_control_characters_do_not_reach_the_page(client, indexed):
    body = page(client, q="Mob\x00bing\x1b")
    assert "\x00" not in body and "\x1b" not in body
