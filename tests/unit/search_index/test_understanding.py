"""Query understanding: filter phrases in the search text, recognised from vocabulary labels as data."""

from decimal import Decimal

import pytest

from catalogue.vocabularies.seed import TERMS
from search_index.understanding import understand, without_phrase


def recognised(text: str) -> list[tuple[str, object]]:
    return [(r.kind, r.value) for r in understand(text, TERMS).recognised]


@pytest.mark.parametrize(
    "text",
    ["Klasse 9", "9. Klasse", "9.Klasse", "Kl. 9", "kl 9", "Jahrgangsstufe 9", "Klassenstufe 9", "9te Klasse", "Jg. 9"],
)
def test_grade_spellings_are_recognised(text):
    assert recognised(f"Mobbing {text}") == [("grade", (9, 9))]


@pytest.mark.parametrize("text", ["Klassen 5–7", "Klassen 5-7", "Klasse 5 bis 7", "5.–7. Klasse", "5. bis 7. Klasse"])
def test_grade_ranges_are_recognised(text):
    assert recognised(text) == [("grade", (5, 7))]


@pytest.mark.parametrize("text", ["Klasse2000", "Klasse 2000", "Klasse2000 Gesundheit", "Klassenrat"])
def test_klasse_in_a_programme_name_is_no_grade(text):
    assert recognised(text) == []


def test_grade_beyond_13_is_no_grade():
    assert recognised("Klasse 14") == []


def test_oberstufe_means_grades_11_to_13():
    assert recognised("Oberstufe Rassismus") == [("grade", (11, 13))]


@pytest.mark.parametrize("word", ["kostenlos", "kostenlose", "gratis", "umsonst", "kostenfrei", "Kostenfreie"])
def test_free_words_are_recognised(word):
    assert recognised(f"Workshop Sucht {word}") == [("format", "workshop"), ("free", True)]


@pytest.mark.parametrize(
    "text, euros",
    [("unter 100 Euro", "100"), ("bis 80 €", "80"), ("max. 100 Euro", "100"), ("höchstens 49,50 €", "49.50")],
)
def test_cost_limits_are_recognised(text, euros):
    assert recognised(text) == [("max_cost", Decimal(euros))]


@pytest.mark.parametrize(
    "text, code",
    [("für Eltern", "eltern"), ("Lehrer", "lehrkraefte"), ("Lehrkräfte", "lehrkraefte"), ("Azubis", "auszubildende")],
)
def test_target_groups_are_recognised(text, code):
    assert recognised(f"Alkohol {text}") == [("audience", code)]


def test_eltern_alone_stays_a_topic_word():
    assert recognised("Mobbing Eltern") == []


def test_school_type_language_and_district_are_recognised():
    assert recognised("Grundschule Streit auf Arabisch im Norden") == [
        ("school_type", "grundschule"),
        ("language", "ar"),
        ("district", "nord"),
    ]


def test_labels_are_matched_in_ae_oe_ue_spelling():
    assert recognised("Lehrkraefte") == [("audience", "lehrkraefte")]


def test_renamed_labels_come_from_the_data():
    assert recognised("Abendkurs") == []
    assert understand("Abendkurs", {"format": [("abend", "Abendkurs")]}).recognised[0].value == "abend"


def test_filter_words_leave_the_text_but_format_names_stay():
    result = understand("Workshop Medien Klasse 7 gratis", TERMS)
    assert result.text == "Workshop Medien"


def test_removing_a_phrase_keeps_the_other_words():
    item = understand("Alkohol 10. Klasse bis 80 Euro", TERMS).recognised[0]
    assert without_phrase("Alkohol 10. Klasse bis 80 Euro", item) == "Alkohol bis 80 Euro"
