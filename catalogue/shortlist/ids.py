"""The shortlist as text: offer ids joined by "-", as used in the share link and the cookie.

Nothing about the person is stored on the server; the list is only ever this string.
"""

from __future__ import annotations

MAX_ENTRIES = 60
COOKIE_NAME = "merkliste"
PARAM = "angebote"
SEPARATOR = "-"
_MAX_ID = 2**31 - 1


def parse(text: str | None) -> list[int]:
    """Offer ids in the given order; junk, repeats and ids beyond the limit are dropped."""
    ids: list[int] = []
    for part in (text or "")[: MAX_ENTRIES * 12].split(SEPARATOR):
        part = part.strip()
        if part.isascii() and part.isdigit() and 0 < int(part) <= _MAX_ID and int(part) not in ids:
            ids.append(int(part))
    return ids[:MAX_ENTRIES]


def dump(ids: list[int]) -> str:
    return SEPARATOR.join(str(i) for i in ids)


def with_offer(ids: list[int], offer_id: int) -> list[int]:
    """The list with the offer added at the end (unchanged if present or the list is full)."""
    if offer_id in ids or len(ids) >= MAX_ENTRIES:
        return list(ids)
    return [*ids, offer_id]


def without_offer(ids: list[int], offer_id: int) -> list[int]:
    return [i for i in ids if i != offer_id]
