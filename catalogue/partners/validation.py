"""Strict checks of what a partner sends, against the official compiled HSDS 3.0 schemas.

The schemas ship with the application (`hsds_schemas/`, CC BY-SA 4.0, Open Referral);
formats (uuid, uri, email, date-time) are checked too. A page must have the envelope of
the HSDS OpenAPI description (`Page`) and every entry must be a valid list service.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

SCHEMAS = Path(__file__).resolve().parent / "hsds_schemas"
PAGE_FIELDS = {
    "total_items": int,
    "total_pages": int,
    "page_number": int,
    "size": int,
    "first_page": bool,
    "last_page": bool,
    "empty": bool,
    "contents": list,
}
MAX_REPORTED = 3


class InvalidHsds(ValueError):
    """What arrived is not HSDS 3.0; the message (German) names where."""


@cache
def _validator(name: str) -> Draft202012Validator:
    # Imported here: jsonschema with its format checkers (rfc3987_syntax builds a Lark
    # grammar) takes ~20 MB, needed only by the partner pull, not by web workers.
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _problems(name: str, instance) -> list[str]:
    errors = sorted(_validator(name).iter_errors(instance), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or 'Wurzel'}: {e.message[:160]}" for e in errors[:MAX_REPORTED]]


def check_service(record) -> dict:
    """A full service (/services/{id}); raises InvalidHsds when it breaks service.json."""
    if not isinstance(record, dict):
        raise InvalidHsds("Das Angebot ist kein JSON-Objekt.")
    problems = _problems("service", record)
    if problems:
        raise InvalidHsds(f"Angebot {str(record.get('id', '?'))[:60]} verletzt das HSDS-Schema: " + "; ".join(problems))
    return record


def check_page(body) -> dict:
    """A page of /services; raises InvalidHsds for a wrong envelope or an invalid entry."""
    if not isinstance(body, dict):
        raise InvalidHsds("Die Liste ist kein JSON-Objekt.")
    for key, kind in PAGE_FIELDS.items():
        value = body.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise InvalidHsds(f"Der Liste fehlt das Feld „{key}“ oder es hat den falschen Typ.")
    for position, entry in enumerate(body["contents"]):
        problems = _problems("service_list", entry) if isinstance(entry, dict) else ["kein JSON-Objekt"]
        if problems:
            raise InvalidHsds(f"Eintrag {position + 1} der Liste verletzt das HSDS-Schema: " + "; ".join(problems))
    return body
