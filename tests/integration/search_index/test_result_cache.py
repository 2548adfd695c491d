"""Finished result pages are kept per index generation; a write starts afresh."""

from types import MappingProxyType

from search_index import search


def test_a_repeated_search_is_answered_from_the_cache(filled):
    first = search(filled, "mobbing", {"field": ["gewalt"]}, page=1)
    assert search(filled, "mobbing", {"field": ["gewalt"]}, page=1) is first


def test_another_page_filter_or_sort_is_searched_anew(filled):
    first = search(filled, "mobbing")
    assert search(filled, "mobbing", page=2) is not first
    assert search(filled, "mobbing", {"field": ["medien"]}) is not first
    assert search(filled, "mobbing", sort="newest") is not first


def test_a_write_makes_the_next_search_see_the_change(filled, make_offer):
    assert search(filled, "zirkus").ids == ()
    filled.upsert([make_offer(9, "Zirkusprojekt gegen Mobbing", summary="Zirkus")])
    assert search(filled, "zirkus").ids == (9,)
    assert 9 in search(filled, "mobbing").ids


def test_other_synonyms_give_their_own_result(filled):
    assert search(filled, "hänseln").ids == ()
    found = search(filled, "hänseln", synonyms=MappingProxyType({"hänseln": ["mobbing"]}))
    assert set(found.ids) == {1, 2}
    assert search(filled, "hänseln", synonyms=MappingProxyType({"hänseln": ["theater"]})).ids == (4,)


def test_a_synonym_list_changed_in_place_is_not_served_from_the_cache(filled):
    synonyms = {"hänseln": ["mobbing"]}
    assert set(search(filled, "hänseln", synonyms=synonyms).ids) == {1, 2}
    synonyms["hänseln"] = ["theater"]
    assert search(filled, "hänseln", synonyms=synonyms).ids == (4,)
