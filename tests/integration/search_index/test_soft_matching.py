"""Soft matching, compound queries and vocabulary labels against a real index."""

from search_index import MATCH_PARTIAL, search
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
