"""The shortlist's text form: ids joined by "-", robust against edited links."""

from __future__ import annotations

from catalogue.shortlist import ids


def test_parse_keeps_order_and_drops_repeats():
    assert ids.parse("7-3-7-12") == [7, 3, 12]


def test_parse_drops_junk_zero_negative_and_huge_ids():
    assert ids.parse("4-abc--0-99999999999-٣-5") == [4, 5]


def test_parse_of_nothing_is_empty():
    assert ids.parse(None) == [] and ids.parse("") == []


def test_parse_caps_the_list():
    assert len(ids.parse(ids.dump(list(range(1, 500))))) == ids.MAX_ENTRIES


def test_dump_and_parse_round_trip():
    assert ids.parse(ids.dump([12, 3, 40])) == [12, 3, 40]


def test_with_offer_appends_once():
    assert ids.with_offer(ids.with_offer([1], 2), 2) == [1, 2]


def test_with_offer_leaves_a_full_list_unchanged():
    full = list(range(1, ids.MAX_ENTRIES + 1))
    assert ids.with_offer(full, 999) == full


def test_without_offer_removes_it():
    assert ids.without_offer([1, 2, 3], 2) == [1, 3]
