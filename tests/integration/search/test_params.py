"""Search parameters: lenient parsing for the page, strict for the API, and stable URLs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from catalogue.search.params import CODE_PARAMS, ParamError, SearchParams, parse_args


def parse(strict: bool = False, **args):
    return parse_args(MultiDict(args), strict=strict)


def test_defaults():
    params, notices = parse()
    assert params == SearchParams() and notices == []


def test_all_parameters_are_read():
    params, notices = parse_args(
        MultiDict(
            [
                ("q", "  Mobbing \t Eltern "),
                ("thema", "mobbing"),
                ("thema", "cybermobbing,mobbing"),
                ("klasse", "6"),
                ("alter", "12"),
                ("kostenfrei", "1"),
                ("max_kosten", "12,5"),
                ("sortierung", "neueste"),
                ("seite", "3"),
                ("pro_seite", "50"),
            ]
        )
    )
    assert notices == []
    assert params.text == "Mobbing Eltern"
    assert params.codes == {"topic": ("mobbing", "cybermobbing")}
    assert (params.grade, params.age, params.free_only, params.max_cost) == (6, 12, True, Decimal("12.50"))
    assert (params.sort, params.page, params.per_page) == ("newest", 3, 50)


@pytest.mark.parametrize(
    "name, value",
    [
        ("klasse", "0"),
        ("klasse", "14"),
        ("klasse", "6.5"),
        ("alter", "100"),
        ("max_kosten", "-1"),
        ("max_kosten", "nan"),
        ("max_kosten", "1e7"),
        ("kostenfrei", "vielleicht"),
    ],
)
def test_unusable_values_are_dropped_with_a_notice_or_rejected(name, value):
    params, notices = parse(**{name: value})
    assert params == SearchParams() and len(notices) == 1
    with pytest.raises(ParamError) as error:
        parse(strict=True, **{name: value})
    assert error.value.parameter == name


@pytest.mark.parametrize("name, value", [("seite", "0"), ("seite", "x"), ("pro_seite", "101"), ("sortierung", "preis")])
def test_paging_and_sorting_are_silently_defaulted_on_the_page_but_rejected_by_the_api(name, value):
    params, notices = parse(**{name: value})
    assert params == SearchParams() and notices == []
    with pytest.raises(ParamError):
        parse(strict=True, **{name: value})


def test_huge_page_numbers_are_clamped():
    assert parse(seite="9" * 25)[0].page == 10_000


def test_text_is_cleaned_and_cut():
    params, notices = parse(q="a\x00b\u200b" + "x" * 600)
    assert params.text.startswith("a b ") and len(params.text) == 500 and notices


def test_unknown_codes_are_found_and_dropped():
    params, _ = parse(thema="mobbing,nope", gebiet="nord")
    unknown = params.unknown_codes({"topic": {"mobbing"}, "district": {"nord"}})
    assert [(p.name, code) for p, code in unknown] == [("thema", "nope")]
    assert params.drop_codes(unknown).codes == {"topic": ("mobbing",), "district": ("nord",)}


def test_without_removes_one_filter_and_resets_the_page():
    params, _ = parse(q="x", thema="mobbing", klasse="5", kostenfrei="1", seite="3")
    assert params.active_filter_keys() == ["topic", "grade", "free_only"]
    assert params.without("topic").codes == {} and params.without("topic").page == 1
    assert params.without("grade").grade is None and params.without("free_only").free_only is False
    assert params.without("text").text == "" and params.without("all_filters").has_filters is False


codes = st.lists(st.sampled_from(["a", "b", "c_d"]), max_size=3, unique=True).map(tuple)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=40),
    topic=codes,
    format_=codes,
    grade=st.none() | st.integers(1, 13),
    age=st.none() | st.integers(0, 99),
    free=st.booleans(),
    cost=st.none() | st.decimals(0, 10_000, places=2),
    sort=st.sampled_from(["relevance", "title", "newest"]),
    page=st.integers(1, 10_000),
)
def test_query_args_round_trip(text, topic, format_, grade, age, free, cost, sort, page):
    original = SearchParams(
        text=" ".join(text.split()),
        codes={k: v for k, v in (("topic", topic), ("format", format_)) if v},
        grade=grade,
        age=age,
        free_only=free,
        max_cost=cost,
        sort=sort,
        page=page,
    )
    parsed, notices = parse_args(MultiDict(list(_items(original.query_args()))))
    assert notices == [] and parsed == original


def _items(args: dict):
    for key, value in args.items():
        for item in value if isinstance(value, list) else [value]:
            yield key, str(item)


def test_every_code_parameter_maps_to_a_search_index_facet():
    from search_index import FACET_FIELDS, PROVENANCE_FIELD

    assert sorted(p.vocabulary for p in CODE_PARAMS) == sorted(set(FACET_FIELDS) - {PROVENANCE_FIELD})


def test_grade_range_and_understanding_switch_are_read_and_written_back():
    params, notices = parse(q="Mobbing", klasse="5", klasse_bis="7", verstehen="0")
    assert (params.grade, params.grade_to, params.understand, notices) == (5, 7, False, [])
    assert params.query_args() == {"q": "Mobbing", "klasse": 5, "klasse_bis": 7, "verstehen": "0"}


def test_removing_the_grade_filter_removes_its_range():
    params, _ = parse(klasse="5", klasse_bis="7")
    assert params.without("grade").query_args() == {}
