"""Folding of ae/oe/ue without breaking "-uell", derivations, and lexicon-backed compound splitting."""

import re
from pathlib import Path

import pytest
from wordfreq import available_languages, get_frequency_list

from catalogue.vocabularies.seed import TERMS
from search_index.analysis import COMPOUND_PARTS, STOP_WORDS, fold, query_parts, query_terms, split_compound
from search_index.compounds import frequency_buckets, lexicon, wordlist_file
from search_index.query import concept_levels, required_concepts


@pytest.mark.parametrize("word", ["sexuelle", "aktuelle", "virtuell", "individuelle", "feuer", "quelle", "neue"])
def test_genuine_ue_and_uell_stay_intact(word):
    assert fold(word) == word


def test_ue_for_u_umlaut_is_still_folded():
    assert fold("Schueler") == fold("Schüler") == "schuler"


def test_ae_spelling_still_meets_the_umlaut():
    assert query_terms("Suchtpraevention") == query_terms("Suchtprävention")


@pytest.mark.parametrize("word", ["sexuell", "sexuelle", "Sexualität", "Sexualitaet"])
def test_sexuell_and_sexualitaet_meet(word):
    assert query_terms(word) == ["sexual"]


def test_qualitaet_is_not_taken_for_qual():
    assert query_terms("Qualität") != query_terms("Qual")


@pytest.mark.parametrize(
    "compound, parts",
    [
        ("medienkoffer", {"medien", "koffer"}),
        ("medienscout", {"medien", "scout"}),
        ("klassenstunde", {"klasse", "stunde"}),
        ("suchtberatungsstelle", {"sucht", "beratung", "stelle"}),
        ("gewaltpraventionsprojekt", {"gewalt", "pravention", "projekt"}),
        ("medienkompetenztraining", {"medien", "kompetenz", "training"}),
        ("rauschbrillenparcours", {"rausch", "brille", "parcours"}),
        ("glucksspielsucht", {"gluck", "spiel", "sucht"}),
    ],
)
def test_compounds_split_into_all_their_parts(compound, parts):
    assert parts <= set(split_compound(compound))


@pytest.mark.parametrize("word", ["gesellschaft", "unterricht", "ausstellung", "schuldner"])
def test_frequent_lookalikes_stay_whole(word):
    assert split_compound(word) == ()


def test_query_word_gives_the_terms_of_its_parts():
    assert query_parts("Präventionstheater") == tuple(query_terms("Prävention Theater"))


def test_simple_query_word_has_no_parts():
    assert query_parts("Theater") == ()


def test_required_concepts_grow_with_the_query():
    assert [required_concepts(n) for n in range(1, 7)] == [1, 2, 2, 3, 4, 4]


def test_concept_levels_count_matches_per_document():
    # documents 0..3; document 3 matches all three masks, document 0 none
    at_least = concept_levels([0b1110, 0b1100, 0b1000])
    assert at_least[1:] == [0b1110, 0b1100, 0b1000]


def label_nouns() -> set[str]:
    """Folded words of the shipped labels of the vocabularies whose labels are nouns."""
    vocabularies = ("field", "topic", "format", "audience", "school_type")
    return {
        fold(word)
        for vocabulary in vocabularies
        for _, label in TERMS[vocabulary]
        for word in re.findall(r"\w+", label)
        if len(word) >= 4 and fold(word) not in STOP_WORDS
    }


@pytest.mark.parametrize("word", sorted(label_nouns()))
def test_every_label_noun_of_the_catalogue_is_known_or_splits(word):
    assert word in lexicon(COMPOUND_PARTS, STOP_WORDS, fold) or split_compound(word)


def test_the_lexicon_reads_wordfreqs_best_german_list():
    assert wordlist_file("de") == Path(available_languages("best")["de"])


def test_the_buckets_read_one_at_a_time_are_wordfreqs_frequency_list():
    assert list(frequency_buckets("de")) == get_frequency_list("de", "best")
