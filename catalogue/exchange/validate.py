"""Validate an exchange file line by line; every error names its line and field."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from catalogue.exchange.spec import CONTACT_FIELDS, FORMAT, LISTINGS, PENDING_STATES, PROVIDER_FIELDS, REF_PATTERN
from catalogue.offers.completeness import Problems, check_content, check_fields, check_text
from catalogue.offers.spec import CONTENT_FIELDS, FieldSpec

MAX_ERRORS = 50
_REF = re.compile(REF_PATTERN)


class ExchangeError(Exception):
    """The file is not importable; `errors` lists every problem found (German)."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class ParsedFile:
    exported_at: date | None = None
    providers: list[dict] = field(default_factory=list)
    offers: list[dict] = field(default_factory=list)


class _Collector:
    def __init__(self):
        self.errors: list[str] = []

    def add(self, line: int, name: str, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(f'Zeile {line}, Feld "{name}": {message}')

    def at(self, line: int) -> _LineProblems:
        return _LineProblems(self, line)


class _LineProblems(Problems):
    """The content checks' problems, reported for one line of the file."""

    def __init__(self, collector: _Collector, line: int):
        self.collector, self.line = collector, line

    def add(self, name: str, message: str) -> None:
        self.collector.add(self.line, name, message)


def parse_file(lines: Iterable[str], vocabularies: dict[str, set[str]]) -> ParsedFile:
    """Parse and validate all records; raise ExchangeError listing every problem."""
    result = ParsedFile()
    errors = _Collector()
    provider_refs: set[str] = set()
    offer_refs: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        record = _decode(raw, number, errors)
        if record is None:
            continue
        kind = record.get("kind")
        if kind == "meta":
            result.exported_at = _meta(record, number, errors)
        elif kind == "provider":
            provider = _provider(record, number, errors, vocabularies, provider_refs)
            result.providers.append(provider)
        elif kind == "offer":
            offer = _offer(record, number, errors, vocabularies, provider_refs, offer_refs)
            result.offers.append(offer)
        else:
            errors.add(number, "kind", 'muss "meta", "provider" oder "offer" sein')
    if errors.errors:
        raise ExchangeError(errors.errors)
    return result


def _decode(raw: str, number: int, errors: _Collector) -> dict | None:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        errors.add(number, "-", f"kein gültiges JSON ({exc.msg}, Spalte {exc.colno})")
        return None
    if not isinstance(record, dict):
        errors.add(number, "-", "jede Zeile muss ein JSON-Objekt sein")
        return None
    return record


def _meta(record: dict, number: int, errors: _Collector) -> date | None:
    if record.get("format") != FORMAT:
        errors.add(number, "format", f'unbekanntes Format, erwartet "{FORMAT}"')
    return _date(record.get("exported_at"), number, "exported_at", errors, required=False)


def _ref(record: dict, number: int, errors: _Collector, seen: set[str], what: str) -> str:
    ref = record.get("ref")
    if not isinstance(ref, str) or not _REF.match(ref):
        errors.add(number, "ref", "fehlt oder hat nicht die Form [a-z0-9-], 2–60 Zeichen")
        return ""
    if ref in seen:
        errors.add(number, "ref", f'{what} "{ref}" kommt mehrfach vor')
    seen.add(ref)
    return ref


def _provider(record, number, errors, vocabularies, seen) -> dict:
    provider = {"line": number, "ref": _ref(record, number, errors, seen, "Träger")}
    provider.update(_fields(record, PROVIDER_FIELDS, number, errors, vocabularies))
    provider["verified_on"] = _date(record.get("verified_on"), number, "verified_on", errors, False)
    contacts = record.get("contacts") or []
    if not isinstance(contacts, list):
        errors.add(number, "contacts", "muss eine Liste sein")
        contacts = []
    provider["contacts"] = [_contact(c, number, i, errors) for i, c in enumerate(contacts)]
    return provider


def _contact(contact, number: int, index: int, errors: _Collector) -> dict:
    prefix = f"contacts[{index}]"
    if not isinstance(contact, dict):
        errors.add(number, prefix, "muss ein Objekt sein")
        return {}
    values = _fields(contact, CONTACT_FIELDS, number, errors, {}, prefix=prefix + ".")
    values["consent_on"] = _date(contact.get("consent_on"), number, prefix + ".consent_on", errors, True)
    return values


def _offer(record, number, errors, vocabularies, provider_refs, seen) -> dict:
    offer = {"line": number, "ref": _ref(record, number, errors, seen, "Angebot")}
    provider = record.get("provider")
    if provider not in provider_refs:
        errors.add(number, "provider", f'Träger "{provider}" ist nicht (vorher) in der Datei definiert')
    offer["provider"] = provider
    listing = record.get("listing")
    if listing not in LISTINGS:
        errors.add(number, "listing", "muss einer von " + ", ".join(LISTINGS) + " sein")
    offer["listing"] = listing
    offer["listing_reason"] = check_text(record.get("listing_reason"), "listing_reason", errors.at(number), 500)
    offer["live"], offer["seal"] = _live(record, listing, number, errors, vocabularies)
    offer["pending"] = _pending(record.get("pending"), number, errors, vocabularies)
    if listing == "unlisted" and offer["pending"] is None:
        errors.add(number, "pending", "ein nie freigegebenes Angebot braucht eine offene Revision")
    return offer


def _live(record, listing, number, errors, vocabularies):
    live = record.get("live")
    if listing == "unlisted":
        if live is not None:
            errors.add(number, "live", 'muss bei "unlisted" leer sein')
        return None, None
    if not isinstance(live, dict):
        errors.add(number, "live", "fehlt: ein gelistetes Angebot braucht seine freigegebene Fassung")
        return None, None
    content = _content(live, number, errors, vocabularies, prefix="live.")
    seal = record.get("seal")
    if not isinstance(seal, dict):
        errors.add(number, "seal", "fehlt: awarded_on, valid_until, checked_on")
        return content, None
    dates = {
        key: _date(seal.get(key), number, f"seal.{key}", errors, True)
        for key in ("awarded_on", "valid_until", "checked_on")
    }
    if dates["awarded_on"] and dates["valid_until"] and dates["valid_until"] <= dates["awarded_on"]:
        errors.add(number, "seal.valid_until", "muss nach awarded_on liegen")
    return content, dates


def _pending(pending, number, errors, vocabularies) -> dict | None:
    if pending is None:
        return None
    if not isinstance(pending, dict) or pending.get("state") not in PENDING_STATES:
        errors.add(number, "pending.state", "muss einer von " + ", ".join(PENDING_STATES) + " sein")
        return None
    content = pending.get("content")
    if not isinstance(content, dict):
        errors.add(number, "pending.content", "fehlt")
        return None
    # A draft may be incomplete; everything else has been submitted and must be complete.
    return {
        "state": pending["state"],
        "content": _content(
            content, number, errors, vocabularies, prefix="pending.content.", complete=pending["state"] != "draft"
        ),
    }


def _content(
    content: dict,
    number: int,
    errors: _Collector,
    vocabularies: dict[str, set[str]],
    prefix: str,
    complete: bool = True,
) -> dict:
    _unknown_keys(content, CONTENT_FIELDS, number, errors, prefix)
    return check_content(content, errors.at(number), vocabularies, prefix, complete)


def _fields(
    record: dict,
    specs: tuple[FieldSpec, ...],
    number: int,
    errors: _Collector,
    vocabularies: dict[str, set[str]],
    prefix: str = "",
) -> dict:
    _unknown_keys(record, specs, number, errors, prefix)
    return check_fields(record, specs, errors.at(number), vocabularies, prefix)


def _unknown_keys(record: dict, specs: tuple[FieldSpec, ...], number: int, errors: _Collector, prefix: str) -> None:
    known = {spec.name for spec in specs} | _RECORD_KEYS
    for key in record:
        if key not in known:
            errors.add(number, prefix + key, "unbekanntes Feld")


# Keys of the file's records besides the field specs'.
_RECORD_KEYS = frozenset(
    {
        "kind",
        "ref",
        "provider",
        "listing",
        "listing_reason",
        "live",
        "seal",
        "pending",
        "verified_on",
        "contacts",
        "consent_on",
        "line",
    }
)


def _date(value, number, name, errors, required: bool) -> date | None:
    if value is None:
        if required:
            errors.add(number, name, "ist erforderlich")
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        errors.add(number, name, "muss ein Datum der Form JJJJ-MM-TT sein")
        return None
