from datetime import UTC, date
from decimal import Decimal

import pytest

from catalogue.formatting import (
    cost_text,
    duration_text,
    german_date,
    german_iso_date,
    german_money,
    german_number,
    grade_text,
)


def test_dates_are_written_day_month_year():
    assert german_date(date(2026, 3, 5)) == "05.03.2026"


@pytest.mark.parametrize("value, expected", [("2027-01-31", "31.01.2027"), ("nie", "nie"), (None, "None")])
def test_iso_dates_from_audit_details_are_written_in_german_or_left_as_they_are(value, expected):
    assert german_iso_date(value) == expected


@pytest.mark.parametrize(
    "value, places, expected",
    [
        (1234567, 0, "1.234.567"),
        (Decimal("1234.5"), 2, "1.234,50"),
        (0, 0, "0"),
    ],
)
def test_numbers_use_german_separators(value, places, expected):
    assert german_number(value, places) == expected


def test_whole_euro_amounts_have_no_cents():
    assert german_money(Decimal("150.00")) == "150\u00a0€"


def test_amounts_with_cents_show_two_places():
    assert german_money(Decimal("7.5")) == "7,50\u00a0€"


def test_free_offers_read_kostenfrei():
    assert cost_text(True, None, None) == "kostenfrei"


def test_paid_offers_show_amount_and_unit():
    assert cost_text(False, Decimal("180"), "pro_klasse") == "180\u00a0€ pro Klasse"


def test_grade_range_and_age_range_are_combined():
    assert grade_text(5, 8, 10, 14) == "Klassen 5–8, 10–14 Jahre"


def test_single_grade_is_singular():
    assert grade_text(3, 3) == "Klasse 3"


def test_duration_has_german_unit():
    assert duration_text(Decimal("1.5"), "tage") == "1,5 Tage"


def test_open_ended_age_range_reads_ab():
    assert grade_text(None, None, 18, 99) == "ab 18 Jahren"


def test_timestamps_are_shown_in_german_local_time():
    from datetime import datetime

    from catalogue.formatting import german_datetime

    assert german_datetime(datetime(2026, 7, 1, 10, 0, tzinfo=UTC)) == "01.07.2026, 12:00 Uhr"
    assert german_datetime(datetime(2026, 12, 1, 10, 0, tzinfo=UTC)) == "01.12.2026, 11:00 Uhr"


def test_one_unit_is_singular():
    assert duration_text(Decimal("1"), "tage") == "1 Tag"
    assert duration_text(Decimal("1"), "unterrichtsstunden") == "1 Unterrichtsstunde"
