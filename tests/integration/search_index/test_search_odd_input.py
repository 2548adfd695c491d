"""Whatever a visitor types or puts into the URL, search answers without raising."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search_index import search

ODD_TEXTS = [
    '"Mobbing',
    'Mobbing"',
    '"',
    "'",
    "AND",
    "OR",
    "NOT",
    "-",
    "+",
    "*",
    "?",
    "~",
    "^2",
    "Mobbing AND",
    "OR Eltern",
    "NOT NOT",
    "-Mobbing",
    "+Eltern",
    "Mob*",
    "(Mobbing",
    "Mobbing)",
    "[1 TO 5]",
    "title:Mobbing",
    "\\",
    "/",
    "%",
    "{}",
    "<script>alert(1)</script>",
    "x" * 2000,
    "Mobbing " * 300,
    "\x00\x01\x02",
    "\ud800",
    "\u202e\u200b",
    "😀 Mobbing",
    "ﬁ Ligatur",
    "Ä" * 60,
    "ß",
    "   ",
    "\n\t",
    "1",
    "12345678901234567890",
    "Mob\x00bing",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_never_raises(filled, text):
    result = search(filled, text)
    assert result.total >= 0 and len(result.ids) <= result.per_page


def test_syntax_characters_are_ignored(filled):
    assert search(filled, '"Mobbing" +(Eltern)*').ids == search(filled, "Mobbing Eltern").ids


def test_huge_page_number_is_clamped_to_the_last_page(filled):
    result = search(filled, "", page=461168601842738792, per_page=2)
    assert result.page == 3 and result.page_count == 3 and result.ids == (4,)


@pytest.mark.parametrize("page", [0, -5, "abc", None, float("inf"), float("nan")])
def test_unusable_page_numbers_become_the_first_page(filled, page):
    result = search(filled, "", page=page, per_page=2)
    assert result.page == 1 and result.ids == (2, 1)


def test_page_beyond_an_empty_result_is_page_one(filled):
    result = search(filled, "Quantenphysik", page=99)
    assert result.page == 1 and result.page_count == 1 and result.ids == ()


@pytest.mark.parametrize("per_page, expected", [(0, 1), (-3, 1), (10**9, 100), ("x", 20)])
def test_per_page_is_clamped(filled, per_page, expected):
    assert search(filled, "", per_page=per_page).per_page == expected


def test_unknown_sort_falls_back_to_relevance(filled):
    assert search(filled, "Gewalt", sort="DROP TABLE").ids == search(filled, "Gewalt").ids


def test_unusable_filter_values_are_ignored(filled):
    odd = {"grade": "7; DROP", "max_cost_eur": "1e999x", "district": "nord,,", "free_only": "vielleicht", "sort": "x"}
    assert set(search(filled, "", filters=odd).ids) == {1, 3}


def test_out_of_range_filter_values_match_nothing(filled):
    odd = {"age": 10**40, "grade": -(10**40), "topic": [None, 3]}
    assert search(filled, "", filters=odd).total == 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=120), page=st.integers(), per_page=st.integers())
def test_arbitrary_input_never_raises(shared_filled, text, page, per_page):
    result = search(shared_filled, text, page=page, per_page=per_page)
    assert 1 <= result.page <= result.page_count
