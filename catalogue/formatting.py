"""German dates, numbers and money for templates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from flask import Flask

from catalogue.clock import LOCAL_TIME
from catalogue.vocabularies.seed import COST_UNITS, DURATION_UNITS

SINGULAR_UNITS = {"unterrichtsstunden": "Unterrichtsstunde", "zeitstunden": "Zeitstunde", "tage": "Tag"}


def german_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y")


def german_iso_date(value) -> str:
    """A date kept as ISO text (audit details) in German; anything unreadable as it is."""
    try:
        return german_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def german_datetime(value: datetime | None) -> str:
    """Stored UTC → German local time (CET/CEST)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(LOCAL_TIME).strftime("%d.%m.%Y, %H:%M Uhr")


MONTH_NAMES = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def german_month(value: date | None) -> str:
    """ "März 2026" for any day of the month."""
    return "" if value is None else f"{MONTH_NAMES[value.month - 1]} {value.year}"


def german_percent(share: float | None) -> str:
    """0.8 → "80 %" (whole percent, a narrow no-break space before the sign)."""
    return "" if share is None else f"{round(share * 100)}\u202f%"


def german_number(value: Decimal | float | int | None, places: int = 0) -> str:
    if value is None:
        return ""
    text = f"{value:,.{places}f}"
    return text.replace(",", "\u202f").replace(".", ",").replace("\u202f", ".")


def german_money(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    places = 0 if Decimal(value) == Decimal(value).to_integral_value() else 2
    return f"{german_number(value, places)}\u00a0€"


def cost_text(is_free: bool, amount: Decimal | None, unit: str | None) -> str:
    if is_free:
        return "kostenfrei"
    if amount is None:
        return "Kosten auf Anfrage"
    return f"{german_money(amount)} {COST_UNITS.get(unit or '', '')}".strip()


def grade_text(
    grade_from: int | None, grade_to: int | None, age_from: int | None = None, age_to: int | None = None
) -> str:
    parts = []
    if grade_from is not None and grade_to is not None:
        parts.append(f"Klasse {grade_from}" if grade_from == grade_to else f"Klassen {grade_from}–{grade_to}")
    if age_from is not None and age_to is not None:
        parts.append(f"ab {age_from} Jahren" if age_to >= 99 else f"{age_from}–{age_to} Jahre")
    return ", ".join(parts)


def duration_text(value: Decimal | None, unit: str | None) -> str:
    if value is None or not unit:
        return ""
    places = 0 if Decimal(value) == Decimal(value).to_integral_value() else 1
    label = SINGULAR_UNITS.get(unit) if Decimal(value) == 1 else None
    return f"{german_number(value, places)} {label or DURATION_UNITS.get(unit, unit)}"


def init_app(app: Flask) -> None:
    app.add_template_filter(german_date, "date_de")
    app.add_template_filter(german_datetime, "datetime_de")
    app.add_template_filter(german_number, "number_de")
    app.add_template_filter(german_month, "month_de")
    app.add_template_filter(german_percent, "percent_de")
    app.add_template_global(cost_text)
    app.add_template_global(grade_text)
    app.add_template_global(duration_text)
