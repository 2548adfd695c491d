"""The HSDS tabular data package: one CSV file per table plus datapackage.json, in a zip.

The package holds exactly what the API publishes (published offers, fully nested, with
their providers and the vocabularies), flattened into the tables of the standard:
every nested object becomes a row of its table, linked by the ids the records already
carry (service_id, organization_id, link_id, …). Columns are those of the standard's
tabular definitions (tables.json), in its order; empty cells are absent values.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from catalogue.hsds import queries, taxonomies
from catalogue.hsds.ids import Links
from catalogue.hsds.mapping import service_full, timestamp

TABLES: list[dict] = json.loads((Path(__file__).with_name("tables.json")).read_text(encoding="utf-8"))["tables"]
TABLE_BY_NAME = {table["name"]: table for table in TABLES}
# Key of a nested object or list in an HSDS record → the table its rows belong to.
CHILD_TABLES = {
    "organization": "organization",
    "phones": "phone",
    "schedules": "schedule",
    "service_areas": "service_area",
    "languages": "language",
    "cost_options": "cost_option",
    "contacts": "contact",
    "attributes": "attribute",
    "metadata": "metadata",
    "locations": "location",
    "addresses": "address",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_detail": "taxonomy",
}
BATCH = 500
Rows = dict[str, dict[str, dict]]  # table → id → row
Progress = Callable[[int, int], None]


def flatten(record: dict, table: str, rows: Rows) -> None:
    """Add `record` to `table` and each nested object to its own table (first one of an id wins)."""
    row = {}
    for key, value in record.items():
        if key in CHILD_TABLES and isinstance(value, dict):
            flatten(value, CHILD_TABLES[key], rows)
        elif key in CHILD_TABLES and isinstance(value, list):
            for item in value:
                flatten(item, CHILD_TABLES[key], rows)
        else:
            row[key] = value
    rows.setdefault(table, {}).setdefault(row["id"], row)


def collect_rows(session: Session, links: Links, *, office_email: str, progress: Progress | None = None) -> Rows:
    """Every published service with everything nested in it, and every vocabulary term."""
    rows: Rows = {table["name"]: {} for table in TABLES}
    first = queries.services_page(session, queries.ServiceFilters(), page=1, per_page=BATCH, full=True)
    pages = max(1, -(-first.total // BATCH))
    for number in range(1, pages + 1):
        batch = (
            first
            if number == 1
            else queries.services_page(session, queries.ServiceFilters(), page=number, per_page=BATCH, full=True)
        )
        for record in batch.items:
            flatten(service_full(record, links, office_email=office_email), "service", rows)
        if progress:
            progress(min(number * BATCH, first.total), first.total)
    for term in queries.all_terms(session):
        if term.vocabulary in taxonomies.taxonomy_names():
            flatten(taxonomies.taxonomy_term(term.vocabulary, term.code, term.label, links), "taxonomy_term", rows)
    for term in taxonomies.fact_terms(links):
        flatten(term, "taxonomy_term", rows)
    return rows


def _cell(value) -> str:
    if value is None:
        return ""
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _csv(table: dict, rows: dict[str, dict]) -> str:
    buffer = io.StringIO()
    columns = [field["name"] for field in table["fields"]]
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows.values():
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def datapackage(created: datetime, links: Links) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "praeventionskatalog-hsds",
        "title": "Präventionskatalog: veröffentlichte Angebote (Open Referral HSDS 3.0)",
        "created": timestamp(created),
        "homepage": links.base_url,
        "sources": [{"title": "Präventionskatalog HSDS API", "path": links.api("/")}],
        "resources": [
            {
                "name": table["name"],
                "path": table["path"],
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": table["fields"], "primaryKey": "id"},
            }
            for table in TABLES
        ],
    }


def write_package(target, rows: Rows, *, created: datetime, links: Links) -> dict[str, int]:
    """Write the zip to `target` (a path or binary file); returns the number of rows per table."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "datapackage.json", json.dumps(datapackage(created, links), ensure_ascii=False, indent=2) + "\n"
        )
        for table in TABLES:
            archive.writestr(table["path"], _csv(table, rows.get(table["name"], {})))
    return {table["name"]: len(rows.get(table["name"], {})) for table in TABLES}
