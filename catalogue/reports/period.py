"""The period a report covers: whole months from `von` to `bis` (URL parameters "2026-01")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import case

from catalogue.clock import LOCAL_TIME

DEFAULT_MONTHS = 12
MAX_MONTHS = 60


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    start: date  # first day of the first month
    end: date  # first day of the month after the last

    @property
    def months(self) -> list[date]:
        count = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month
        return [add_months(self.start, i) for i in range(count)]

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time(), LOCAL_TIME)

    @property
    def end_at(self) -> datetime:
        return datetime.combine(self.end, time(), LOCAL_TIME)

    def month_index(self, column):
        """SQL: which month of the period (0, 1, …) the timestamp `column` falls in, in Germany.

        The months' first instants in German time are compared with the stored UTC timestamps,
        so both databases group alike without time-zone support in SQL (SQLite has none).
        Only for rows already limited to the period.
        """
        ends = [datetime.combine(add_months(month, 1), time(), LOCAL_TIME) for month in self.months]
        return case(*((column < end, index) for index, end in enumerate(ends)))

    def args(self) -> dict[str, str]:
        return {"von": self.start.strftime("%Y-%m"), "bis": add_months(self.end, -1).strftime("%Y-%m")}


def _month(text: str | None) -> date | None:
    try:
        return date.fromisoformat(f"{(text or '').strip()}-01")
    except ValueError:
        return None


def parse_period(args, today: date) -> tuple[Period, str | None]:
    """The period of the URL, or the last 12 months with a German note on what was wrong."""
    default = Period(add_months(today.replace(day=1), 1 - DEFAULT_MONTHS), add_months(today.replace(day=1), 1))
    if not args.get("von") and not args.get("bis"):
        return default, None
    start, last = _month(args.get("von")), _month(args.get("bis"))
    if start is None or last is None or last < start or start.year < 2000 or last.year > 2100:
        return default, "Der Zeitraum war ungültig; gezeigt werden die letzten zwölf Monate."
    period = Period(start, add_months(last, 1))
    if len(period.months) > MAX_MONTHS:
        return Period(add_months(period.end, -MAX_MONTHS), period.end), "Der Zeitraum wurde auf fünf Jahre gekürzt."
    return period, None
