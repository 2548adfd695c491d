"""The clock: German calendar dates, aware UTC timestamps and whole-month arithmetic.

Standard library only, so that scripts outside the app (data/make_demo_catalogue.py)
can load it from its file.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_TIME = ZoneInfo("Europe/Berlin")


def today() -> date:
    """Today's date where the catalogue is used (seals end at midnight in Germany)."""
    return datetime.now(LOCAL_TIME).date()


def utcnow() -> datetime:
    """Aware UTC now; SQLModel stores every timestamp in UTC."""
    return datetime.now(UTC)


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)
