"""Pure rules of a feedback's content: what the office must look at twice, rating scales."""

from __future__ import annotations

import re
from datetime import date

COMMENT_MAX = 1000
REPLY_MAX = 1000
RATING_LABELS = {
    5: "trifft voll zu",
    4: "trifft eher zu",
    3: "teils, teils",
    2: "trifft eher nicht zu",
    1: "trifft gar nicht zu",
}
RATINGS = {
    "rating_fit": "Das Angebot passte zu meiner Klasse.",
    "rating_organisation": "Die Organisation (Absprachen, Pünktlichkeit, Material) war gut.",
    "rating_content": "Der Inhalt war fachlich gut gemacht.",
}
RATING_SHORT = {"rating_fit": "Passung", "rating_organisation": "Organisation", "rating_content": "Inhalt"}
OTHER_SCHOOL = ("andere", "Andere Schulform")
MONTHS_BACK = 18

_EMAIL = re.compile(r"[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# Seven or more digits, possibly split by spaces, slashes, dashes or brackets (not dots: dates) (+49 371 12 34 56).
_PHONE = re.compile(r"(?:\+|\b)\d(?:[\s/()-]{0,2}\d){6,}")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)


def contact_flags(text: str) -> list[str]:
    """What in a comment may identify a person or invite contact: the office checks these first."""
    flags = []
    if _EMAIL.search(text or ""):
        flags.append("E-Mail-Adresse")
    if _PHONE.search(text or ""):
        flags.append("Telefonnummer")
    if _URL.search(text or ""):
        flags.append("Link")
    return flags


def recent_months(today: date, count: int = MONTHS_BACK) -> list[date]:
    """First days of this month and the `count - 1` before it, newest first."""
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months
