"""Filter semantics and facet counts (counted from cached bitmasks)."""

from search_index import Filters, search


def ids(index, text="", **filters):
    return set(search(index, text, filters=filters).ids)


def test_values_within_one_field_are_alternatives(filled):
    assert ids(filled, district=["ost", "west"]) == {4, 5}


def test_different_fields_must_all_match(filled):
    assert ids(filled, field=["gewalt"], district=["nord"]) == {1}


def test_filters_combine_with_text(filled):
    assert ids(filled, "Mobbing", district=["sued"]) == {2}


def test_unknown_code_matches_nothing(filled):
    assert ids(filled, topic=["gibt_es_nicht"]) == set()


def test_grade_filter_includes_both_bounds(filled):
    assert ids(filled, grade=5) == {1, 2}
    assert ids(filled, grade=7) == {1, 2}


def test_grade_filter_excludes_ranges_that_do_not_contain_it(filled):
    assert ids(filled, grade=2) == set()


def test_missing_upper_grade_is_open_ended(filled):
    assert ids(filled, grade=12) == {5}


def test_offers_without_grades_do_not_match_a_grade_filter(filled):
    assert 3 not in ids(filled, grade=8) and 4 not in ids(filled, grade=8)


def test_age_filter_uses_the_age_range(filled):
    assert ids(filled, age=14) == {4}
    assert ids(filled, age=17) == set()


def test_free_only_keeps_free_offers(filled):
    assert ids(filled, free_only=True) == {1, 4}


def test_max_cost_keeps_free_and_cheap_enough_offers(filled):
    assert ids(filled, max_cost_eur=150) == {1, 2, 3, 4}
    assert ids(filled, max_cost_eur=149.99) == {1, 3, 4}


def test_max_cost_excludes_offers_without_a_stated_cost(index, make_offer):
    index.rebuild([make_offer(1, "Ohne Preis"), make_offer(2, "Günstig", cost_cents=100)])
    assert ids(index, max_cost_eur=10) == {2}


def test_filters_may_come_as_a_filters_object(filled):
    assert set(search(filled, "", filters=Filters(district=("nord",))).ids) == {1, 3}


def test_facet_counts_without_filters_count_all_matches(filled):
    facets = search(filled, "").facets
    assert facets["district"] == {"nord": 2, "ost": 1, "sued": 1, "west": 1}
    assert facets["field"] == {"gewalt": 3, "medien": 2, "sucht": 2}


def test_facet_counts_of_a_filtered_field_ignore_its_own_filter(filled):
    result = search(filled, "", filters={"district": ["nord"]})
    assert result.total == 2
    assert result.facets["district"] == {"nord": 2, "ost": 1, "sued": 1, "west": 1}


def test_facet_counts_apply_the_other_filters(filled):
    facets = search(filled, "", filters={"district": ["nord"]}).facets
    assert facets["field"] == {"gewalt": 1, "medien": 1, "sucht": 1}


def test_facet_counts_apply_the_text_query(filled):
    facets = search(filled, "Suchtprävention").facets
    assert facets["field"] == {"gewalt": 0, "medien": 1, "sucht": 2}


def test_facet_counts_apply_range_filters(filled):
    facets = search(filled, "", filters={"grade": 8}).facets
    assert facets["format"] == {"elternabend": 0, "projekttag": 1, "theater": 0, "workshop": 1}


def test_free_count_ignores_the_free_filter_only(filled):
    result = search(filled, "", filters={"free_only": True, "district": ["nord"]})
    assert result.total == 1 and result.facets["is_free"] == {"true": 1}
    assert search(filled, "", filters={"free_only": True}).facets["is_free"] == {"true": 2}


def test_facet_counts_forget_deleted_offers(filled):
    filled.delete([3])
    assert search(filled, "").facets["audience"] == {"eltern": 0, "schueler": 4}


def test_filtered_results_keep_relevance_order_across_segments(index, make_offer):
    # One commit per offer leaves several segments; filtered ranking walks each.
    texts = ["Mobbing", "Mobbing Mobbing Mobbing", "Mobbing und Gewalt", "Mobbing Mobbing"]
    for n, text in enumerate(texts, start=1):
        index.upsert([make_offer(n, "Angebot", body=text, district=["nord" if n != 3 else "ost"])])
    unfiltered = [i for i in search(index, "Mobbing").ids if i != 3]
    assert list(search(index, "Mobbing", filters={"district": ["nord"]}).ids) == unfiltered


def test_filtered_relevance_pages_do_not_overlap(index, make_offer):
    index.rebuild(
        [make_offer(n, "Workshop", body="Workshop " * (n % 7 + 1), district=["nord"]) for n in range(1, 41)]
        + [make_offer(99, "Workshop", district=["ost"])]
    )
    pages = [search(index, "Workshop", filters={"district": ["nord"]}, page=p, per_page=15).ids for p in (1, 2, 3)]
    assert sorted(sum(pages, ())) == list(range(1, 41))


def test_counts_filters_and_order_stay_right_after_edits_to_a_cached_index(filled, make_offer):
    assert search(filled, "", filters={"grade": 6}).total == 2  # caches segment sets
    filled.upsert([make_offer(1, "Zuletzt bearbeitet", district=["ost"], grade_from=9, grade_to=9, is_free=False)])
    filled.delete([2])
    result = search(filled, "", filters={"grade": 9})
    assert set(result.ids) == {1, 5}
    assert result.facets["district"] == {"nord": 0, "ost": 1, "sued": 0, "west": 1}
    assert search(filled, "", filters={"free_only": True}).ids == (4,)
    assert search(filled, "").ids == (3, 5, 4, 1)
