"""The three-way merge of an edit that met a newer save, and the signed base values."""

from __future__ import annotations

from catalogue.merge import (
    MINE,
    THEIRS,
    apply_choices,
    merge_three_way,
    read_base,
    read_choices,
    sign_base,
)

BASE = {"title": "Alt", "summary": "Kurz", "topics": ["a", "b"], "grade_from": 5}


def sorted_lists(values):
    return {name: sorted(value) if isinstance(value, list) else value for name, value in values.items()}


def test_untouched_fields_keep_the_saved_value():
    merge = merge_three_way(BASE, dict(BASE), dict(BASE))
    assert merge.values == BASE
    assert (merge.theirs, merge.mine, merge.clashes) == ((), (), ())


def test_a_field_only_the_other_person_changed_keeps_their_value():
    merge = merge_three_way(BASE, dict(BASE), {**BASE, "title": "Von Lea"})
    assert merge.values["title"] == "Von Lea"
    assert merge.theirs == ("title",) and merge.clashes == ()


def test_a_field_only_i_changed_keeps_mine():
    merge = merge_three_way(BASE, {**BASE, "summary": "Meins"}, dict(BASE))
    assert merge.values["summary"] == "Meins"
    assert merge.mine == ("summary",) and merge.clashes == ()


def test_disjoint_changes_are_both_kept():
    merge = merge_three_way(BASE, {**BASE, "summary": "Meins"}, {**BASE, "title": "Von Lea"})
    assert (merge.values["title"], merge.values["summary"]) == ("Von Lea", "Meins")
    assert merge.clashes == ()


def test_both_changing_a_field_differently_is_a_clash_holding_my_value():
    merge = merge_three_way(BASE, {**BASE, "title": "Meins"}, {**BASE, "title": "Von Lea"})
    assert merge.clashes == ("title",)
    assert merge.values["title"] == "Meins"


def test_both_changing_a_field_to_the_same_value_is_no_clash():
    merge = merge_three_way(BASE, {**BASE, "title": "Neu"}, {**BASE, "title": "Neu"})
    assert (merge.values["title"], merge.clashes, merge.mine, merge.theirs) == ("Neu", (), (), ())


def test_a_code_list_in_another_order_counts_as_unchanged():
    merge = merge_three_way(
        BASE, {**BASE, "topics": ["b", "a"]}, {**BASE, "topics": ["a", "b", "c"]}, comparable=sorted_lists
    )
    assert merge.values["topics"] == ["a", "b", "c"]
    assert merge.theirs == ("topics",)


def test_a_code_list_both_changed_differently_is_one_clash():
    merge = merge_three_way(
        BASE, {**BASE, "topics": ["a"]}, {**BASE, "topics": ["a", "b", "c"]}, comparable=sorted_lists
    )
    assert merge.clashes == ("topics",)
    assert merge.values["topics"] == ["a"]


def test_without_a_base_every_disagreement_is_a_clash():
    merge = merge_three_way(None, {**BASE, "title": "Meins"}, dict(BASE))
    assert merge.clashes == ("title",)
    assert merge.values["summary"] == "Kurz"


def test_choices_are_read_from_the_posted_form_and_odd_values_ignored():
    posted = {"wahl-title": THEIRS, "wahl-summary": MINE, "wahl-topics": "beides", "title": "x"}
    assert read_choices(posted) == {"title": THEIRS, "summary": MINE}


def test_a_field_chosen_as_theirs_takes_the_saved_value():
    chosen = apply_choices(
        {"title": "Meins", "summary": "Meins"},
        {"title": "Von Lea", "summary": "Von Lea"},
        {"title": THEIRS, "summary": MINE},
    )
    assert chosen == {"title": "Von Lea", "summary": "Meins"}


def test_a_choice_made_on_an_outdated_page_is_merged_again_without_losing_the_newest_save():
    first = {**BASE, "title": "Von Lea"}
    mine = apply_choices({**first, "title": "Meins"}, first, {"title": THEIRS})
    newest = {**first, "title": "Von Lea, nochmals"}
    merge = merge_three_way(first, mine, newest)
    assert merge.values["title"] == "Von Lea, nochmals" and merge.clashes == ()


def test_a_signed_base_reads_back_for_its_row_and_version_only():
    token = sign_base("geheim", scope="revision:7", version=3, values=BASE)
    assert read_base("geheim", token, scope="revision:7", version=3) == BASE
    assert read_base("geheim", token, scope="revision:8", version=3) is None
    assert read_base("geheim", token, scope="revision:7", version=4) is None


def test_a_forged_or_missing_base_is_ignored():
    token = sign_base("geheim", scope="revision:7", version=3, values=BASE)
    assert read_base("anderes", token, scope="revision:7", version=3) is None
    assert read_base("geheim", token[:-2] + "xx", scope="revision:7", version=3) is None
    assert read_base("geheim", "", scope="revision:7", version=3) is None
