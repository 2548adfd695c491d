"""Full-text matching, fallbacks, suggestions, synonyms, highlighting and sorting."""

from datetime import datetime

from search_index import DEFAULT_SYNONYMS, MATCH_ALL, MATCH_FUZZY, MATCH_NONE, MATCH_PARTIAL, search


def ids(index, text, **kwargs):
    return set(search(index, text, **kwargs).ids)


def test_mobbing_finds_cybermobbing_and_anti_mobbing_training(filled):
    assert ids(filled, "mobbing") == {1, 2}


def test_eltern_finds_elternabend(index, make_offer):
    index.rebuild([make_offer(1, "Elternabend"), make_offer(2, "Schulhof")])
    assert ids(index, "eltern") == {1}


def test_singular_finds_plural(filled):
    assert ids(filled, "Droge") == {3}


def test_ae_spelling_finds_umlaut(filled):
    assert ids(filled, "Suchtpraevention") == {3, 5}


def test_strasse_finds_strasse_with_sharp_s(filled):
    assert ids(filled, "Strasse") == {4}


def test_stop_word_fuer_does_not_restrict(filled):
    assert search(filled, "Mobbing fuer").ids == search(filled, "Mobbing").ids


def test_offers_with_all_words_rank_before_offers_with_some(filled):
    result = search(filled, "Gewalt Theater")
    assert result.ids[0] == 4 and 2 in result.ids[1:]


def test_all_words_matching_is_reported_when_enough_offers_have_them(filled):
    result = search(filled, "Mobbing")
    assert result.match == MATCH_ALL


def test_no_common_match_falls_back_to_any_word_and_says_so(filled):
    result = search(filled, "Theater Alkohol")
    assert set(result.ids) == {3, 4}
    assert result.match == MATCH_PARTIAL and result.partial


def test_misspelt_word_is_found_fuzzily(filled):
    result = search(filled, "Mobing")
    assert set(result.ids) == {1, 2} and result.match == MATCH_FUZZY


def test_misspelt_word_gets_a_suggestion_in_the_users_case(filled):
    assert search(filled, "Mobing").suggestion == "Mobbing"


def test_suggestion_keeps_umlauts_and_other_words(filled):
    assert search(filled, "Glücksspil Gaming").suggestion == "Glücksspiel Gaming"


def test_known_words_get_no_suggestion(filled):
    assert search(filled, "Mobbing").suggestion is None


def test_nothing_found_is_reported(filled):
    result = search(filled, "Quantenphysik")
    assert result.total == 0 and result.ids == () and result.match == MATCH_NONE


def test_synonyms_expand_query_words(filled):
    assert ids(filled, "Kippe") == set()
    assert ids(filled, "Kippe", synonyms=DEFAULT_SYNONYMS) == {3}


def test_synonym_keys_match_inflected_words(filled):
    assert ids(filled, "Kippen", synonyms={"kippe": ["rauchen"]}) == {3}


def test_title_matches_rank_above_body_matches(index, make_offer):
    index.rebuild(
        [
            make_offer(1, "Fortbildung", body="Auch zum Thema Resilienz."),
            make_offer(2, "Resilienz stärken", summary="Fortbildung"),
        ]
    )
    assert search(index, "Resilienz").ids == (2, 1)


def test_provider_names_are_searchable(filled):
    assert ids(filled, "Fachstelle") == {5}


def test_highlight_marks_matches_and_escapes_html(index, make_offer):
    index.rebuild([make_offer(1, "Mobbing", summary="<b>Mobbing</b> & mehr")])
    assert search(index, "Mobbing").highlights[1] == "&lt;b&gt;<mark>Mobbing</mark>&lt;/b&gt; &amp; mehr"


def test_highlight_marks_compounds_found_by_their_parts(filled):
    assert "<mark>Cybermobbing</mark>" in search(filled, "mobbing").highlights[1]


def test_highlight_of_long_text_is_a_short_excerpt(index, make_offer):
    summary = "Einleitung " * 40 + "Zivilcourage zeigen. " + "Schluss " * 40
    index.rebuild([make_offer(1, "Theater", summary=summary)])
    snippet = search(index, "Zivilcourage").highlights[1]
    assert "<mark>Zivilcourage</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …") and len(snippet) < 260


def test_without_a_match_in_the_summary_its_start_is_shown(filled):
    assert search(filled, "Zocken Problem", sort="title").highlights[5].startswith("Wann wird")


def test_empty_query_lists_everything_by_title(filled):
    result = search(filled, "")
    assert result.ids == (2, 1, 3, 5, 4) and result.match == MATCH_ALL


def test_only_stop_words_list_everything(filled):
    assert search(filled, "und für die").total == 5


def test_sort_by_newest(filled):
    assert search(filled, "", sort="newest").ids == (5, 4, 3, 2, 1)


def test_sort_by_title_applies_to_text_results(filled):
    assert search(filled, "Gewalt", sort="title").ids == (2, 4)


def test_newest_ties_are_broken_by_title(index, make_offer):
    same = datetime(2024, 3, 1)
    index.rebuild([make_offer(1, "Zebra", approved_at=same), make_offer(2, "Affe", approved_at=same)])
    assert search(index, "", sort="newest").ids == (2, 1)


def test_fuzzy_matching_works_on_an_index_of_several_segments(index, make_offer):
    index.upsert([make_offer(1, "Mobbing in der Klasse")])
    index.upsert([make_offer(2, "Theater")])
    result = search(index, "Mobbbing")
    assert result.ids == (1,) and result.suggestion == "Mobbing"
