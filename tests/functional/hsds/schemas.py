"""The official HSDS 3.0 schemas (Open Referral, CC BY-SA 4.0), read from ../shared/standards/hsds-3.0.

Every HSDS answer and every exported package is checked against them, formats included
(uuid, uri, email, date-time).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
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


def _typed_rows(item_schema: dict, text: str) -> list[dict]:
    """CSV rows as the tabular schema sees them: empty cells absent, numbers as numbers."""
    kinds = {name: spec.get("type") for name, spec in item_schema["properties"].items()}
    rows = []
    for raw in csv.DictReader(io.StringIO(text)):
        row = {key: value for key, value in raw.items() if value != ""}
        for key, value in row.items():
            if kinds.get(key) == "number":
                row[key] = float(value)
        rows.append(row)
    return rows


def package_violations(path) -> list[str]:
    """Where a zipped HSDS data package breaks the standard: datapackage.json names each CSV
    with its columns, and all rows are valid against the tabular definitions (tabular.json)."""
    problems = []
    tabular = schema("tabular")
    by_path = {spec["items"]["path"]: name for name, spec in tabular["properties"].items()}
    with zipfile.ZipFile(path) as archive:
        package = json.loads(archive.read("datapackage.json"))
        if package.get("profile") != "tabular-data-package":
            problems.append("datapackage.json: profile is not tabular-data-package")
        data = {}
        for resource in package["resources"]:
            table = by_path.get(resource["path"])
            if table is None or resource["name"] != table:
                problems.append(f"{resource['path']}: not a table of the standard")
                continue
            text = archive.read(resource["path"]).decode("utf-8")
            header = next(csv.reader(io.StringIO(text)))
            columns = [field["name"] for field in resource["schema"]["fields"]]
            if header != columns:
                problems.append(f"{resource['path']}: header differs from datapackage.json")
            if not set(header) <= set(tabular["properties"][table]["items"]["properties"]):
                problems.append(f"{resource['path']}: columns the standard does not have")
            data[table] = _typed_rows(tabular["properties"][table]["items"], text)
    return problems + violations("tabular", data)
