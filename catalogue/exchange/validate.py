"""Validate an exchange file line by line; every error names its line and field."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Iterable

from email_validator import EmailNotValidError, validate_email

from catalogue.exchange.spec import (CONTACT_FIELDS, CONTENT_FIELDS, CONTENT_LABELS, FORMAT, LISTINGS, PENDING_STATES,
                                     PROVIDER_FIELDS, REF_PATTERN, FieldSpec)
from catalogue.weburl import is_web_url

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
    offer["listing_reason"] = _string(record.get("listing_reason"), number, "listing_reason", errors, 500)
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
    content = validate_content(live, number, errors, vocabularies, prefix="live.")
    seal = record.get("seal")
    if not isinstance(seal, dict):
        errors.add(number, "seal", "fehlt: awarded_on, valid_until, checked_on")
        return content, None
    dates = {key: _date(seal.get(key), number, f"seal.{key}", errors, True)
             for key in ("awarded_on", "valid_until", "checked_on")}
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
    return {"state": pending["state"],
            "content": validate_content(content, number, errors, vocabularies, prefix="pending.content.",
                                        complete=pending["state"] != "draft")}


def validate_content(content: dict, number: int, errors: _Collector, vocabularies: dict[str, set[str]],
                     prefix: str = "", complete: bool = True) -> dict:
    values = _fields(content, CONTENT_FIELDS, number, errors, vocabularies, prefix, complete)
    for low, high in (("grade_from", "grade_to"), ("age_from", "age_to"), ("group_min", "group_max")):
        if (values.get(low) is None) != (values.get(high) is None):
            errors.add(number, prefix + high, f"{low} und {high} nur gemeinsam angeben")
        elif values.get(low) is not None and values[low] > values[high]:
            errors.add(number, prefix + high, f"muss größer oder gleich {low} sein")
    if complete and values.get("grade_from") is None and values.get("age_from") is None:
        errors.add(number, prefix + "grade_from", "Klassenstufe oder Alter angeben")
    if complete and values.get("is_free") is False:
        for name in ("cost_amount", "cost_unit"):
            if values.get(name) is None:
                errors.add(number, prefix + name, "ist bei kostenpflichtigen Angeboten erforderlich")
    if values.get("is_free"):
        values["cost_amount"], values["cost_unit"] = None, None
    return values


def _fields(record: dict, specs: tuple[FieldSpec, ...], number: int, errors: _Collector,
            vocabularies: dict[str, set[str]], prefix: str = "", complete: bool = True) -> dict:
    known = {spec.name for spec in specs} | {"kind", "ref", "provider", "listing", "listing_reason",
                                              "live", "seal", "pending", "verified_on", "contacts",
                                              "consent_on", "line"}
    for key in record:
        if key not in known:
            errors.add(number, prefix + key, "unbekanntes Feld")
    return {spec.name: _value(spec, record.get(spec.name), number, prefix + spec.name, errors,
                              vocabularies, complete) for spec in specs}


def _value(spec: FieldSpec, value, number, name, errors, vocabularies, complete):
    empty = value is None or value == "" or value == []
    if empty:
        if spec.required and complete:
            errors.add(number, name, "ist erforderlich")
        return [] if spec.kind == "codes" else ("" if spec.kind in {"text", "longtext", "email", "url"} else None)
    checker = _CHECKERS[spec.kind]
    return checker(spec, value, number, name, errors, vocabularies)


def _string(value, number, name, errors, max_length=None) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.add(number, name, "muss Text sein")
        return ""
    value = value.strip()
    if "\x00" in value:
        errors.add(number, name, "enthält ein unzulässiges Steuerzeichen")
    if max_length and len(value) > max_length:
        errors.add(number, name, f"ist länger als {max_length} Zeichen ({len(value)})")
    return value


def _check_text(spec, value, number, name, errors, _v):
    return _string(value, number, name, errors, spec.max_length or (100_000 if spec.kind == "longtext" else 300))


def _check_int(spec, value, number, name, errors, _v):
    if isinstance(value, bool) or not isinstance(value, int):
        errors.add(number, name, "muss eine ganze Zahl sein")
        return None
    return _range(spec, value, number, name, errors)


def _check_number(spec, value, number, name, errors, _v):
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        errors.add(number, name, "muss eine Zahl sein")
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        errors.add(number, name, "muss eine Zahl sein")
        return None
    if not amount.is_finite():
        errors.add(number, name, "muss eine Zahl sein")
        return None
    return _range(spec, amount, number, name, errors)


def _range(spec, value, number, name, errors):
    if (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum):
        errors.add(number, name, f"muss zwischen {spec.minimum:g} und {spec.maximum:g} liegen")
        return None
    return value


def _check_bool(spec, value, number, name, errors, _v):
    if not isinstance(value, bool):
        errors.add(number, name, "muss true oder false sein")
        return None
    return value


def _check_choice(spec, value, number, name, errors, _v):
    if value not in spec.choices:
        errors.add(number, name, f'"{value}" ist unbekannt; erlaubt: ' + ", ".join(spec.choices))
        return None
    return value


def _check_email(spec, value, number, name, errors, _v):
    text = _string(value, number, name, errors, 254)
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        errors.add(number, name, f'"{text}" ist keine gültige E-Mail-Adresse')
        return ""


def _check_url(spec, value, number, name, errors, _v):
    text = _string(value, number, name, errors, spec.max_length)
    if not is_web_url(text):
        errors.add(number, name, "muss eine Web-Adresse mit http:// oder https:// sein")
        return ""
    return text


def _check_codes(spec, value, number, name, errors, vocabularies):
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        errors.add(number, name, "muss eine Liste von Codes sein")
        return []
    allowed = vocabularies.get(spec.vocabulary, set())
    unknown = [code for code in value if code not in allowed]
    if unknown:
        errors.add(number, name, f'unbekannte Codes im Vokabular "{spec.vocabulary}": ' + ", ".join(unknown))
    return list(dict.fromkeys(code for code in value if code in allowed))


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


_CHECKERS = {
    "text": _check_text, "longtext": _check_text, "int": _check_int, "number": _check_number,
    "bool": _check_bool, "choice": _check_choice, "email": _check_email, "url": _check_url,
    "codes": _check_codes,
}


class FieldErrors(_Collector):
    """Collects the first problem per field, for showing next to form fields."""

    def __init__(self):
        super().__init__()
        self.by_field: dict[str, str] = {}

    def add(self, line: int, name: str, message: str) -> None:
        for key, label in CONTENT_LABELS.items():  # "grade_from" → „Klassenstufe von“
            message = re.sub(rf"\b{key}\b", f"„{label}“", message)
        self.by_field.setdefault(name, message[:1].upper() + message[1:] + ".")


def content_problems(content: dict, vocabularies: dict[str, set[str]], complete: bool = True) -> dict[str, str]:
    """Field → German message for everything that keeps `content` from being submitted."""
    errors = FieldErrors()
    validate_content(content, 0, errors, vocabularies, complete=complete)
    return errors.by_field
