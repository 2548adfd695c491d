"""The document the database side hands to the index, and its Whoosh fields."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime

from .schema import FACET_FIELDS, MISSING

_CODE = re.compile(r"^[A-Za-z0-9_.-]+$")


@dataclass(frozen=True, kw_only=True)
class OfferDocument:
    """One publicly listed offer as the search index sees it.

    Codes are vocabulary codes (``catalogue/vocabularies/seed.py``); lists are
    accepted and stored as tuples. ``None`` in a range bound means "open" on that
    side; both bounds ``None`` means the offer states no grades (or ages) and is
    not found by a grade (or age) filter.
    """

    id: int
    title: str
    approved_at: datetime
    summary: str = ""
    body: str = ""
    topics_text: str = ""
    labels: str = ""
    provider: str = ""
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
    grade_from: int | None = None
    grade_to: int | None = None
    age_from: int | None = None
    age_to: int | None = None
    is_free: bool = False
    cost_cents: int | None = None

    def __post_init__(self):
        if not isinstance(self.id, int) or isinstance(self.id, bool) or self.id < 0:
            raise ValueError(f"id must be a non-negative int, got {self.id!r}")
        for name in FACET_FIELDS:
            object.__setattr__(self, name, _codes(name, getattr(self, name)))
        for name in ("grade_from", "grade_to", "age_from", "age_to", "cost_cents"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise ValueError(f"{name} must be None or a non-negative int, got {value!r}")
        if not isinstance(self.approved_at, datetime):
            raise ValueError("approved_at must be a datetime")

    def fingerprint(self) -> str:
        """A short hash of everything indexed; equal documents give equal prints.

        The database side compares it with the stored one (``SearchIndex.check``).
        """
        # A shallow copy: asdict() deep-copies every value, a tenth of a rebuild's time.
        data = {item.name: getattr(self, item.name) for item in dataclass_fields(self)}
        data["approved_at"] = _epoch_seconds(self.approved_at)
        for name in FACET_FIELDS:
            data[name] = sorted(data[name])
        raw = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    def to_fields(self) -> dict:
        """The keyword arguments for ``IndexWriter.update_document``."""
        title, summary = _nfc(self.title), _nfc(self.summary)
        topics = _nfc(self.topics_text)
        values = {
            "id": str(self.id),
            "fingerprint": self.fingerprint(),
            "title": title,
            "topics_text": topics,
            "labels": _nfc(self.labels),
            "summary": summary,
            "body": _nfc(self.body),
            "provider": _nfc(self.provider),
            # Suggestions come from the short, curated texts only: the long body
            # holds more typos than it would fix.
            "spelling": "\n".join((title, topics, summary)),
            "is_free": bool(self.is_free),
            "title_sort": title_sort_key(title),
            "approved_at": _epoch_seconds(self.approved_at),
        }
        for name in FACET_FIELDS:
            values[name] = ",".join(getattr(self, name))
        for name in ("grade_from", "grade_to", "age_from", "age_to", "cost_cents"):
            value = getattr(self, name)
            values[name] = MISSING if value is None else value
        return values


def _codes(name: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ValueError(f"{name} must be a sequence of codes, not a string")
    codes = tuple(dict.fromkeys(value))
    for code in codes:
        if not isinstance(code, str) or not _CODE.match(code):
            raise ValueError(f"{name}: invalid code {code!r}")
    return codes


def _nfc(text: str) -> str:
    # Decomposed umlauts (from some copy-and-paste sources) would split words in
    # the tokenizer; composing them keeps highlight offsets consistent too.
    return unicodedata.normalize("NFC", text or "")


def _epoch_seconds(moment: datetime) -> int:
    # Naive datetimes are taken as UTC, the convention of the database side.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def title_sort_key(title: str) -> str:
    """German dictionary order (DIN 5007-1): umlauts sort as their base letter,
    ß as ss, case ignored; leading quotes and punctuation are skipped."""
    text = unicodedata.normalize("NFKD", title.lower().replace("ß", "ss"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"^\W+", "", text)
    return " ".join(text.split())
