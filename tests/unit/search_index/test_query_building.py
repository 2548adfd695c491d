"""Turning user text into query words and Whoosh queries, without an index."""

from hypothesis import given
from hypothesis import strategies as st
from whoosh.query import And, Or

from search_index.analysis import query_terms
from search_index.synonyms_default import DEFAULT_SYNONYMS
from search_index.words import (
    MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
    build_query,
    clean_text,
    parse_query,
    synonym_table,
    with_parts_apart,
)


def test_clean_text_replaces_control_characters_with_spaces():
    assert clean_text("Mob\x00bing\x1b[0m\u200b") == "Mob bing [0m "


def test_clean_text_drops_lone_surrogates():
    assert clean_text("a\ud800b") == "a b"


def test_clean_text_bounds_the_length():
    assert len(clean_text("x" * 5000)) == MAX_QUERY_CHARS


def test_clean_text_accepts_none():
    assert clean_text(None) == ""


def test_parse_query_drops_stop_words():
    assert [w.text for w in parse_query("Angebote für die Eltern")] == ["Angebote", "Eltern"]


def test_parse_query_keeps_one_word_per_stem():
    assert [w.text for w in parse_query("Drogen Droge drogen")] == ["Drogen"]


def test_parse_query_ignores_operators_in_capitals():
    assert [w.text for w in parse_query("Mobbing AND Eltern NOT OR")] == ["Mobbing", "Eltern"]


def test_parse_query_treats_syntax_characters_as_separators():
    assert [w.text for w in parse_query('"Mobbing -Eltern +Schule* (AND')] == ["Mobbing", "Eltern", "Schule"]


def test_parse_query_limits_the_number_of_words():
    text = " ".join(f"wort{i}x" for i in range(50))
    assert len(parse_query(text)) == MAX_QUERY_WORDS


def test_synonym_keys_match_inflected_query_words():
    [word] = parse_query("Kippen", {"kippe": ["Tabak", "Rauchen"]})
    assert word.synonyms == ((query_terms("Tabak")[0],), (query_terms("Rauchen")[0],))


def test_multi_word_synonyms_keep_all_their_words():
    table = synonym_table({"dealer": ["illegale Drogen"]})
    assert table[query_terms("dealer")[0]] == (tuple(query_terms("illegale Drogen")),)


def test_multi_word_synonym_keys_are_ignored():
    assert synonym_table({"fake news": ["desinformation"]}) == {}


def test_the_same_synonym_list_is_analysed_once():
    synonyms = {"kippe": ["Tabak"]}
    assert synonym_table(synonyms) is synonym_table(synonyms)


def test_another_synonym_list_is_analysed_anew():
    first = synonym_table({"kippe": ["Tabak"]})
    assert synonym_table({"kippe": ["Rauchen"]}) != first
    assert synonym_table(None) == {}


def test_build_query_requires_all_words_by_default():
    query = build_query(parse_query("Mobbing Eltern"))
    assert isinstance(query, And) and len(query.subqueries) == 2


def test_build_query_can_require_any_word():
    assert isinstance(build_query(parse_query("Mobbing Eltern"), require_all=False), Or)


def test_default_synonyms_have_about_forty_single_word_entries():
    assert len(DEFAULT_SYNONYMS) >= 40
    assert len(synonym_table(DEFAULT_SYNONYMS)) >= 40


@given(st.text(max_size=300))
def test_parse_query_never_raises(text):
    for word in parse_query(text, DEFAULT_SYNONYMS):
        build_query([word])


# -- words that the stemmer, the splitter or the prefix leave apart ---------------------


def test_a_nicht_word_also_finds_the_rest_of_the_word():
    (word,) = parse_query("Nichtraucher")
    assert ("rauch",) in word.synonyms


def test_an_anti_word_also_finds_the_rest_of_the_word():
    (word,) = parse_query("Antigewalt")
    assert ("gewalt",) in word.synonyms


def test_a_short_rest_after_the_prefix_is_not_a_synonym():
    (word,) = parse_query("Antik")
    assert word.synonyms == ()


def test_compound_parts_carry_their_own_synonyms():
    (word,) = parse_query("Nichtraucherprojekt", DEFAULT_SYNONYMS)
    nichtraucher, projekt = word.part_words
    assert tuple(query_terms("rauchfrei")) in nichtraucher.synonyms and projekt.terms == ("projekt",)


def test_with_parts_apart_turns_a_compound_into_one_word_per_part():
    words = with_parts_apart(parse_query("Gewaltpräventionsprojekt Eltern"))
    expected = [tuple(query_terms(w)) for w in ("Gewalt", "Prävention", "Projekt", "Eltern")]
    assert [w.terms for w in words] == expected


def test_a_participle_meets_its_noun_through_the_thesaurus():
    (word,) = parse_query("Pubertierende", DEFAULT_SYNONYMS)
    assert tuple(query_terms("Pubertät")) in word.synonyms


def test_a_colloquial_word_for_an_outburst_finds_anger_and_impulse_control():
    (word,) = parse_query("Ausraster", DEFAULT_SYNONYMS)
    found = {s for s in word.synonyms}
    assert {tuple(query_terms("Wut")), tuple(query_terms("Impulskontrolle"))} <= found
