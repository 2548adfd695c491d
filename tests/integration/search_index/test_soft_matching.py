"""Soft matching, compound queries and vocabulary labels against a real index."""

from search_index import DEFAULT_SYNONYMS, MATCH_FUZZY, MATCH_PARTIAL, search
from search_index.docsets import mask_of
from search_index.ranking import rank
from search_index.words import build_query, parse_query


def test_compound_query_finds_its_parts_written_apart(index, make_offer):
    index.rebuild([make_offer(1, "Gewaltprävention als Projekt"), make_offer(2, "Projekt Garten")])
    assert search(index, "Gewaltpräventionsprojekt").ids == (1,)


def test_whole_compound_ranks_above_its_parts_apart(index, make_offer):
    index.rebuild([make_offer(1, "Theater zur Prävention"), make_offer(2, "Präventionstheater")])
    assert search(index, "Präventionstheater").ids == (2, 1)


def test_compound_with_everyday_last_part_is_found_by_that_part(index, make_offer):
    index.rebuild([make_offer(1, "Der Medienkoffer"), make_offer(2, "Medien im Alltag")])
    assert search(index, "Koffer").ids == (1,)


def test_offers_matching_more_concepts_rank_higher(index, make_offer):
    index.rebuild(
        [
            make_offer(1, "Workshop", summary="Workshop Workshop Workshop"),
            make_offer(2, "Workshop Medien Cannabis"),
            make_offer(3, "Medien und Cannabis"),
        ]
    )
    result = search(index, "Workshop Medien Cannabis")
    assert result.ids[:2] == (2, 3) and result.match == MATCH_PARTIAL


def test_a_frequent_word_alone_ranks_below_a_rare_one(index, make_offer):
    offers = [make_offer(i, "Workshop zum Thema") for i in range(1, 9)]
    index.rebuild([*offers, make_offer(9, "Rauschbrille im Einsatz")])
    assert search(index, "Workshop Rauschbrille").ids[0] == 9


def test_vocabulary_labels_are_searchable(index, make_offer):
    index.rebuild([make_offer(1, "Sicher im Netz", labels="Fortbildung\nLehrkräfte"), make_offer(2, "Netz")])
    assert search(index, "Fortbildung Lehrkräfte").ids == (1,)


def test_sexuell_finds_sexualitaet(index, make_offer):
    index.rebuild([make_offer(1, "Sexualität und Pubertät"), make_offer(2, "Pubertät")])
    assert search(index, "sexuelle").ids == (1,)


def test_ranking_tables_order_offers_as_whoosh_scores_them(filled):
    words = parse_query("Mobbing Training Sucht Theater")
    with filled.reading() as (searcher, docsets):
        results = searcher.search(build_query(words, require_all=False), limit=None)
        whoosh = [hit.docnum for hit in results]
        mask = mask_of(whoosh, docsets.size)
        assert rank(searcher, docsets, words, False, mask, 0, len(whoosh)) == whoosh


def test_a_compound_that_finds_nothing_falls_back_to_its_best_part(index, make_offer):
    index.rebuild([make_offer(1, "Medien im Unterricht"), make_offer(2, "Sport")])
    result = search(index, "Medienprojekt")
    assert result.ids == (1,) and result.match == MATCH_PARTIAL


def test_offers_with_all_parts_of_a_compound_rank_first_in_the_fallback(index, make_offer):
    index.rebuild([make_offer(1, "Medien heute"), make_offer(2, "Ein Projekt zu Medien"), make_offer(3, "Sport")])
    assert search(index, "Medienprojektwoche").ids[0] == 2


def test_a_nicht_compound_finds_offers_about_the_rest_first(index, make_offer):
    index.rebuild([make_offer(1, "Projekt Garten"), make_offer(2, "Projekt: Rauchen? Nein danke")])
    assert search(index, "Nichtraucherprojekt").ids[0] == 2


def test_a_nicht_compound_finds_thesaurus_words_of_its_part(index, make_offer):
    index.rebuild([make_offer(1, "Rauchfrei durchstarten"), make_offer(2, "Sport")])
    assert search(index, "Nichtraucherprojekt", synonyms=DEFAULT_SYNONYMS).ids == (1,)


def test_a_typo_is_corrected_from_a_word_that_only_the_description_has(index, make_offer):
    index.rebuild([make_offer(1, "Sicher aufs Rad", body="Wir prüfen Fahrrad und Helm"), make_offer(2, "Helm")])
    result = search(index, "Fahrad")
    assert result.ids == (1,) and result.match == MATCH_FUZZY


def test_a_participle_finds_the_noun_with_the_shipped_thesaurus(index, make_offer):
    index.rebuild([make_offer(1, "Workshop zur Pubertät"), make_offer(2, "Workshop zur Ernährung")])
    assert search(index, "Pubertierende", synonyms=DEFAULT_SYNONYMS).ids == (1,)


def test_a_colloquial_outburst_finds_anger_offers_with_the_shipped_thesaurus(index, make_offer):
    index.rebuild([make_offer(1, "Mit Wut umgehen"), make_offer(2, "Gesunde Ernährung")])
    assert search(index, "Ausraster", synonyms=DEFAULT_SYNONYMS).ids == (1,)
