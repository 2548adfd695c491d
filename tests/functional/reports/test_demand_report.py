"""Nachfrage for October–November 2026: misses, matching supply, emptying filters, views."""

from __future__ import annotations

from tests.functional.reports.conftest import PERIOD, table


def test_misses_per_month_in_the_period(office, catalogue):
    assert table(office, "nachfrage", "suchen-ohne-treffer", **PERIOD)[1:] == [
        ["Oktober 2026", "3"],
        ["November 2026", "6"],
    ]


def test_missed_terms_with_the_supply_of_the_matching_field(office, catalogue):
    rows = table(office, "nachfrage", "suchwoerter", **PERIOD)[1:]
    assert rows == [["zirkus", "5", "kein passendes", "0"], ["sucht", "4", "Suchtprävention", "2"]]


def test_filters_that_emptied_a_search(office, catalogue):
    assert table(office, "nachfrage", "leere-filter", **PERIOD)[1:] == [["Klassenstufe", "3"], ["Einsatzgebiet", "1"]]


def test_most_viewed_offers_count_only_days_in_the_period(office, catalogue):
    rows = table(office, "nachfrage", "meistaufgerufen", **PERIOD)[1:]
    assert rows == [["Angebot o1", "Alpha e. V.", "7"], ["Angebot o3", "Alpha e. V.", "4"]]


def test_live_offers_never_viewed_in_six_months(office, catalogue):
    assert table(office, "nachfrage", "nie-aufgerufen")[1:] == [["Angebot o2", "Alpha e. V."]]


def test_a_bad_period_falls_back_with_a_message(office, catalogue):
    body = office.get("/koordination/berichte/nachfrage?von=2026-13&bis=x").get_data(as_text=True)
    assert "Der Zeitraum war ungültig" in body
