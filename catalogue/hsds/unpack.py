"""Read an HSDS tabular data package (zip) and import it through the exchange import.

The package's rows are nested back into services and organizations and turned into the
records of the JSON Lines exchange format (docs/import-format.md), so one validation and
one writer serve both formats: all or nothing, every error named. Ids are kept: an
imported service keeps its UUID as the offer's public id (an id that exists already is
refused, ids are never reused).

What HSDS cannot say is filled in plainly: a service without our seal (Merkmale
`qualitaetssiegel_*`) arrives as an unlisted draft for the office to review; a provider
without a kind is "sonstige"; a named contact's consent is recorded as of the import day,
since the source published it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.exchange.load import Progress, import_catalogue
from catalogue.exchange.spec import FORMAT, REF_PATTERN
from catalogue.exchange.validate import ExchangeError
from catalogue.hsds.ids import is_uuid, taxonomy_id
from catalogue.hsds.package import TABLES
from catalogue.hsds.taxonomies import CONTENT_FACTS, FACTS_TAXONOMY, taxonomy_names
from catalogue.offers.models import Offer
from catalogue.offers.spec import CONTENT_FIELDS
from catalogue.providers.models import Organisation
from catalogue.vocabularies.registry import BY_NAME
from catalogue.vocabularies.seed import COST_UNITS

MAX_UNPACKED_BYTES = 200_000_000  # a zip bomb stops here, a real catalogue is far below
_REF = re.compile(REF_PATTERN)
KIND_BY_FIELD = {spec.name: spec.kind for spec in CONTENT_FIELDS}
UNIT_BY_LABEL = {label: code for code, label in COST_UNITS.items()}
Tables = dict[str, list[dict]]


def read_tables(source) -> Tables:
    """The rows of every known table in the package; ExchangeError when it is not one."""
    try:
        with zipfile.ZipFile(source) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise ExchangeError(["Das Paket ist entpackt größer als 200 MB."])
            names = set(archive.namelist())
            if "datapackage.json" not in names:
                raise ExchangeError(["Im Paket fehlt datapackage.json."])
            json.loads(archive.read("datapackage.json").decode("utf-8-sig"))
            return {t["name"]: _rows(t, archive.read(t["path"])) if t["path"] in names else [] for t in TABLES}
    except (zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise ExchangeError([f"Das Paket ist kein lesbares HSDS-Datenpaket (zip mit CSV): {exc}"]) from exc


def _rows(table: dict, data: bytes) -> list[dict]:
    kinds = {field["name"]: field["type"] for field in table["fields"]}
    rows = []
    for number, raw in enumerate(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))), start=2):
        row = {key: value for key, value in raw.items() if key in kinds and value not in (None, "")}
        for key, value in list(row.items()):
            if kinds[key] == "number":
                try:
                    row[key] = float(value) if "." in value else int(value)
                except ValueError as exc:
                    raise ExchangeError([f'{table["path"]}, Zeile {number}, Feld "{key}": keine Zahl']) from exc
        if not is_uuid(row.get("id", "")):
            raise ExchangeError([f'{table["path"]}, Zeile {number}, Feld "id": keine UUID'])
        rows.append(row)
    return rows


# -- rows → exchange records ------------------------------------------------------------


class _Index:
    """The package's rows, grouped by the ids that link them."""

    def __init__(self, tables: Tables):
        self.tables = tables
        self.terms = {row["id"]: row for row in tables["taxonomy_term"]}
        self.vocabularies = {taxonomy_id(name): name for name in taxonomy_names()}
        self.by_link: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        for table, keys in {
            "attribute": ("link_id",),
            "cost_option": ("service_id",),
            "contact": ("service_id", "organization_id"),
            "phone": ("contact_id", "organization_id", "service_id"),
            "location": ("organization_id",),
            "address": ("location_id",),
        }.items():
            for row in tables[table]:
                key = next((k for k in keys if row.get(k)), None)
                if key:
                    self.by_link[(table, key, row[key])].append(row)

    def linked(self, table: str, key: str, value: str) -> list[dict]:
        return self.by_link.get((table, key, value), [])

    def terms_of(self, owner_id: str) -> tuple[dict[str, list[str]], dict[str, str]]:
        """(vocabulary → codes, Merkmal → value) of a service or organization."""
        codes: dict[str, list[str]] = defaultdict(list)
        facts: dict[str, str] = {}
        for attribute in self.linked("attribute", "link_id", owner_id):
            term = self.terms.get(attribute.get("taxonomy_term_id", ""), {})
            vocabulary = self.vocabularies.get(term.get("taxonomy_id", ""))
            if vocabulary == FACTS_TAXONOMY and "value" in attribute:
                facts[term.get("code", "")] = attribute["value"]
            elif vocabulary and term.get("code"):
                codes[vocabulary].append(term["code"])
        return codes, facts


def _ref(candidate: str | None, fallback: str, taken: set[str]) -> str:
    ref = candidate if candidate and _REF.match(candidate) else fallback
    while ref in taken:
        ref = f"{ref[:50]}-{len(taken)}"
    taken.add(ref)
    return ref


def _typed(field: str, value: str):
    kind = KIND_BY_FIELD[field]
    if kind == "int":
        return int(float(value))
    if kind == "number":
        return float(value)
    return value


def _provider(index: _Index, org: dict, taken: set[str], today: date) -> dict:
    codes, facts = index.terms_of(org["id"])
    address = next(
        (
            a
            for loc in index.linked("location", "organization_id", org["id"])
            for a in index.linked("address", "location_id", loc["id"])
        ),
        {},
    )
    phones = [p for p in index.linked("phone", "organization_id", org["id"]) if not p.get("contact_id")]
    contacts = [c for c in index.linked("contact", "organization_id", org["id"]) if not c.get("service_id")]
    return {
        "kind": "provider",
        "ref": _ref(facts.get("kennung"), "traeger-" + org["id"][:8], taken),
        "name": org["name"],
        "legal_form": org.get("legal_status", ""),
        "org_type": facts.get("traegerart", "sonstige"),
        # HSDS requires a description; ours is optional and the export writes the name instead.
        "description": "" if org.get("description") == org["name"] else org.get("description", ""),
        "website": org.get("website", ""),
        "email": org.get("email", ""),
        "phone": phones[0]["number"] if phones else "",
        "street": address.get("address_1", ""),
        "postcode": address.get("postal_code", ""),
        "city": address.get("city", ""),
        "districts": codes.get("district", []),
        "verified_on": facts.get("traeger_geprueft_am"),
        "contacts": [
            {
                "name": c.get("name", ""),
                "role": c.get("title", ""),
                "email": c.get("email", ""),
                "phone": next((p["number"] for p in index.linked("phone", "contact_id", c["id"])), ""),
                "consent_on": today.isoformat(),
            }
            for c in contacts
        ],
    }


def _content(index: _Index, service: dict, codes: dict[str, list[str]], facts: dict[str, str]) -> dict:
    content = {BY_NAME[v].record_key: list(dict.fromkeys(c)) for v, c in codes.items() if v in BY_NAME}
    content.update({key: _typed(key, facts[code]) for key, code in CONTENT_FACTS.items() if code in facts})
    content.update(title=service["name"], description=service.get("description", ""))
    content.setdefault("summary", service.get("description", "")[:500])
    content.update(booking_info=service.get("application_process", ""), age_from=None, age_to=None)
    if "minimum_age" in service and "maximum_age" in service:
        content.update(age_from=int(service["minimum_age"]), age_to=int(service["maximum_age"]))
    cost = next(iter(index.linked("cost_option", "service_id", service["id"])), {})
    is_free = cost.get("option") == "kostenfrei" or cost.get("amount") == 0
    content.update(
        is_free=is_free,
        cost_amount=None if is_free else cost.get("amount"),
        cost_unit=None if is_free else UNIT_BY_LABEL.get(cost.get("option", "")),
        cost_note=cost.get("amount_description", ""),
    )
    contact = next(iter(index.linked("contact", "service_id", service["id"])), {})
    phone = next((p["number"] for p in index.linked("phone", "contact_id", contact.get("id", ""))), "")
    content.update(
        contact_name=contact.get("name", ""),
        contact_email=contact.get("email", service.get("email", "")),
        contact_phone=phone,
    )
    return content


def _offer(index: _Index, service: dict, provider_ref: str, taken: set[str]) -> dict:
    codes, facts = index.terms_of(service["id"])
    content = _content(index, service, codes, facts)
    record = {
        "kind": "offer",
        "ref": _ref(service.get("alternate_name"), "angebot-" + service["id"][:8], taken),
        "provider": provider_ref,
        "listing_reason": "",
    }
    if facts.get("qualitaetssiegel_vergeben_am") and facts.get("qualitaetssiegel_gueltig_bis"):
        seal = {
            "awarded_on": facts["qualitaetssiegel_vergeben_am"],
            "valid_until": facts["qualitaetssiegel_gueltig_bis"],
            # The check that awarded the seal, unless a later one is known.
            "checked_on": facts.get("zuletzt_geprueft_am") or facts["qualitaetssiegel_vergeben_am"],
        }
        return {**record, "listing": "live", "live": content, "seal": seal, "pending": None}
    return {**record, "listing": "unlisted", "live": None, "pending": {"state": "draft", "content": content}}


def exchange_records(tables: Tables, *, today: date) -> tuple[list[dict], dict[str, str]]:
    """The exchange records (meta, providers each before their offers) and ref → UUID of each."""
    index = _Index(tables)
    records: list[dict] = [{"kind": "meta", "format": FORMAT, "exported_at": today.isoformat()}]
    ids: dict[str, str] = {}
    provider_refs: set[str] = set()
    offer_refs: set[str] = set()
    services = defaultdict(list)
    for service in tables["service"]:
        services[service.get("organization_id", "")].append(service)
    for org in tables["organization"]:
        provider = _provider(index, org, provider_refs, today)
        records.append(provider)
        ids[f"provider:{provider['ref']}"] = org["id"]
        for service in services.pop(org["id"], []):
            offer = _offer(index, service, provider["ref"], offer_refs)
            records.append(offer)
            ids[f"offer:{offer['ref']}"] = service["id"]
    orphans = [service["id"] for rows in services.values() for service in rows]
    if orphans:
        raise ExchangeError(
            [f"Dienst {sid}: die Organisation (organization_id) fehlt im Paket" for sid in orphans[:50]]
        )
    return records, ids


def _refuse_known_ids(session: Session, ids: dict[str, str]) -> None:
    wanted = set(ids.values())
    known = set(session.scalars(select(Offer.public_id).where(Offer.public_id.in_(wanted))))
    known |= set(session.scalars(select(Organisation.public_id).where(Organisation.public_id.in_(wanted))))
    if known:
        raise ExchangeError([f"Die Kennung {value} gibt es in diesem Katalog schon." for value in sorted(known)[:50]])


def import_package(session: Session, source, *, today: date, progress: Progress | None = None) -> tuple[int, int]:
    """Import the package (all or nothing); returns (providers, offers)."""
    records, ids = exchange_records(read_tables(source), today=today)
    _refuse_known_ids(session, ids)
    labels = {line: _label(record) for line, record in enumerate(records, start=1)}
    try:
        counts = import_catalogue(session, [json.dumps(r, ensure_ascii=False) for r in records], progress=progress)
    except ExchangeError as exc:
        raise ExchangeError([_relabel(error, labels) for error in exc.errors]) from exc
    for key, public_id in ids.items():
        kind, ref = key.split(":", 1)
        row = session.scalar(
            select(Organisation).where(Organisation.slug == ref)
            if kind == "provider"
            else select(Offer).where(Offer.ref == ref)
        )
        row.public_id = public_id
    session.flush()
    return counts


def _label(record: dict) -> str:
    if record["kind"] == "provider":
        return f"Organisation „{record['name']}“"
    if record["kind"] == "offer":
        content = record["live"] or record["pending"]["content"]
        return f"Dienst „{content['title']}“"
    return "Paket"


def _relabel(error: str, labels: dict[int, str]) -> str:
    match = re.match(r"Zeile (\d+)(.*)", error)
    return f"{labels.get(int(match.group(1)), 'Paket')}{match.group(2)}" if match else error
