"""The quality report's German calendar day of a stored timestamp (naive UTC on SQLite, aware on PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from catalogue.reports.quality import _german_day


@pytest.mark.parametrize(
    ("stored", "day"),
    [
        (datetime(2026, 1, 15, 21, 59), date(2026, 1, 15)),  # winter, 22:59 in Germany
        (datetime(2026, 1, 15, 23, 0), date(2026, 1, 16)),  # winter, midnight in Germany
        (datetime(2026, 1, 15, 22, 30), date(2026, 1, 15)),  # winter, 23:30 in Germany
        (datetime(2026, 7, 15, 22, 0), date(2026, 7, 16)),  # summer, midnight in Germany
        (datetime(2026, 7, 15, 0, 30), date(2026, 7, 15)),
    ],
)
def test_naive_timestamp_is_read_as_utc(stored, day):
    assert _german_day(stored) == day


def test_aware_timestamp_is_converted_whatever_its_offset():
    stored = datetime(2026, 7, 15, 22, 0, tzinfo=UTC).astimezone(timezone(timedelta(hours=-5)))
    assert _german_day(stored) == date(2026, 7, 16)
