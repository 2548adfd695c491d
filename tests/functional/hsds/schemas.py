"""The official HSDS 3.0 schemas (Open Referral, CC BY-SA 4.0), read from ../shared/standards/hsds-3.0.

Every HSDS answer and every exported package is checked against them, formats included
(uuid, uri, email, date-time).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

REPO = Path(__file__).resolve().parents[3]
STANDARD = REPO.parent / "shared" / "standards" / "hsds-3.0"
COMPILED = STANDARD / "compiled"


@cache
def schema(name: str) -> dict:
    """A compiled schema by file stem ("service", "service_list", …), or the nested
    "taxonomy_term" / "taxonomy" definitions, which the standard ships only inside service.json."""
    if name in {"taxonomy_term", "taxonomy"}:
        term = schema("service")["properties"]["attributes"]["items"]["properties"]["taxonomy_term"]
        return term if name == "taxonomy_term" else term["properties"]["taxonomy_detail"]
    return json.loads((COMPILED / f"{name}.json").read_text(encoding="utf-8"))


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name), format_checker=FormatChecker())


def violations(name: str, instance) -> list[str]:
    """Where `instance` breaks the official schema `name` (empty: valid)."""
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in _validator(name).iter_errors(instance)]


PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"}


def page_violations(body: dict, item_schema: str) -> list[str]:
    """The HSDS page envelope (openapi.json components.schemas.Page) and each item."""
    problems = [f"missing {key}" for key in PAGE_KEYS - set(body)]
    for index, item in enumerate(body.get("contents", [])):
        problems += [f"contents[{index}] {problem}" for problem in violations(item_schema, item)]
    return problems
