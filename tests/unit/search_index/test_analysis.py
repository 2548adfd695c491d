"""German analysis: folding, stemming, stop words, decompounding, spelling words."""

import pickle

import pytest

from search_index.analysis import (
    COMPOUND_PARTS,
    STOP_WORDS,
    fold,
    index_analyzer,
    query_terms,
    spelling_analyzer,
    split_compound,
)


def index_terms(text: str) -> list[str]:
    return [t.text for t in index_analyzer()(text)]


@pytest.mark.parametrize(
    "written, folded",
    [
        ("Prävention", "pravention"),
        ("Praevention", "pravention"),
        ("Öffnung", "offnung"),
        ("Oeffnung", "offnung"),
        ("Übung", "ubung"),
        ("Uebung", "ubung"),
        ("Straße", "strasse"),
        ("Café", "cafe"),
    ],
)
def test_fold_unifies_umlauts_and_their_spellings(written, folded):
    assert fold(written) == folded


@pytest.mark.parametrize("word", ["feuer", "neue", "bauer", "quelle"])
def test_fold_keeps_genuine_vowel_pairs(word):
    assert fold(word) == word


def test_singular_and_plural_share_a_stem():
    assert query_terms("Droge") == query_terms("Drogen")


def test_umlaut_and_ae_spelling_give_the_same_term():
    assert query_terms("Suchtprävention") == query_terms("Suchtpraevention")


def test_sharp_s_and_ss_give_the_same_term():
    assert query_terms("Straße") == query_terms("Strasse")


def test_fuer_is_a_stop_word_in_both_spellings():
    assert query_terms("für") == []
    assert query_terms("fuer") == []


def test_stop_word_list_is_folded():
    assert all(fold(word) == word for word in STOP_WORDS)


def test_compound_keeps_original_and_adds_parts():
    terms = index_terms("Cybermobbing")
    assert terms[0] == query_terms("Cybermobbing")[0]
    assert query_terms("cyber")[0] in terms
    assert "mobbing" in terms


def test_elternabend_is_split_into_eltern_and_abend():
    terms = index_terms("Elternabend")
    assert query_terms("Eltern")[0] in terms
    assert query_terms("Abend")[0] in terms


def test_hyphenated_compound_gives_each_word():
    assert index_terms("Anti-Mobbing-Training") == ["anti", "mobbing", "training"]


def test_linking_s_between_parts_is_understood():
    assert split_compound(fold("Präventionsprojekt")) == ("pravention", "projekt")


def test_inflected_last_part_is_understood():
    assert split_compound("elternabende") == ("eltern", "abend")


@pytest.mark.parametrize("word", ["versucht", "untersucht", "schuldner", "mutter"])
def test_words_merely_containing_a_part_are_not_split(word):
    assert split_compound(word) == ()


def test_unknown_half_still_yields_the_long_known_part():
    assert split_compound("xyzmobbing") == ("mobbing",)
    assert split_compound("mobbingxyz") == ("mobbing",)


def test_query_side_does_not_decompound():
    assert query_terms("Cybermobbing") == [index_terms("Cybermobbing")[0]]


def test_compound_parts_share_the_character_range_of_the_compound():
    tokens = [(t.text, t.startchar, t.endchar) for t in index_analyzer()("Das Cybermobbing", chars=True)]
    assert {(start, end) for _, start, end in tokens} == {(4, 16)}


def test_part_list_is_sizeable_and_folded():
    assert len(COMPOUND_PARTS) >= 300
    assert all(fold(part) == part for part in COMPOUND_PARTS)


def test_spelling_words_keep_umlauts_and_skip_stop_words_and_numbers():
    words = [t.text for t in spelling_analyzer()("Die Prävention für Schüler 2024 in der Straße")]
    assert words == ["prävention", "schüler", "straße"]


def test_analyzer_survives_pickling_like_in_the_index():
    restored = pickle.loads(pickle.dumps(index_analyzer()))
    assert [t.text for t in restored("Elternabende zur Suchtprävention")] == index_terms(
        "Elternabende zur Suchtprävention"
    )
