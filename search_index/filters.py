"""Search filters and their lenient construction from request-like data."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from .schema import FACET_FIELDS

# Beyond any real grade, age or price: keeps cache keys and arithmetic sane when
# someone types 10**30 into a URL.
_MAX_NUMBER = 1_000_000


@dataclass(frozen=True)
class Filters:
    """Active filters. AND across fields, OR within one field.

    ``grade``/``age``: offers whose range contains the value; with ``grade_to``,
    offers whose grades overlap grade..grade_to. ``free_only``: only
    free offers. ``max_cost_eur``: offers costing at most this much; free offers
    always pass, offers without a stated cost do not.
    """

    field: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    school_type: tuple[str, ...] = ()
    format: tuple[str, ...] = ()
    venue: tuple[str, ...] = ()
    district: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    level: tuple[str, ...] = ()
    provenance: tuple[str, ...] = ()
    grade: int | None = None
    grade_to: int | None = None
    age: int | None = None
    free_only: bool = False
    max_cost_eur: Decimal | None = None

    def __post_init__(self):
        for name in FACET_FIELDS:
            object.__setattr__(self, name, _codes(getattr(self, name)))
        object.__setattr__(self, "grade", _number(self.grade))
        object.__setattr__(self, "grade_to", _number(self.grade_to))
        object.__setattr__(self, "age", _number(self.age))
        object.__setattr__(self, "free_only", _flag(self.free_only))
        object.__setattr__(self, "max_cost_eur", _money(self.max_cost_eur))

    @classmethod
    def coerce(cls, value: Filters | Mapping[str, Any] | None) -> Filters:
        """Accept a Filters, a mapping (e.g. parsed query arguments) or None."""
        if value is None:
            return cls()
        if isinstance(value, Filters):
            return value
        if isinstance(value, Mapping):
            known = {f.name for f in fields(cls)}
            return cls(**{k: v for k, v in value.items() if k in known})
        raise TypeError(f"filters must be Filters, a mapping or None, not {type(value).__name__}")

    def facet_values(self) -> dict[str, tuple[str, ...]]:
        """The facet fields with at least one selected value."""
        return {name: getattr(self, name) for name in FACET_FIELDS if getattr(self, name)}

    @property
    def max_cost_cents(self) -> int | None:
        if self.max_cost_eur is None:
            return None
        return int((self.max_cost_eur * 100).to_integral_value())


def _codes(value: Any) -> tuple[str, ...]:
    """Codes from a tuple/list, or from a comma-separated string."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    try:
        codes = (str(item).strip() for item in items)
        return tuple(dict.fromkeys(code for code in codes if code))
    except TypeError:
        return ()


def _number(value: Any) -> int | None:
    """An int from user input, or None when it is not a whole number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        return None
    return max(-1, min(number, _MAX_NUMBER))


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "on", "yes", "ja")
    return bool(value)


def _money(value: Any) -> Decimal | None:
    """Euros from user input ("12,50", 12.5, Decimal); None when unusable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    try:
        amount = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not amount.is_finite():
        return None
    # A negative limit admits only free offers, same as zero.
    return max(Decimal(0), min(amount, Decimal(_MAX_NUMBER)))
