"""The pull of one partner catalogue: fetch and check everything first, then apply it at once.

`fetch_changes` only reads our database and talks HTTP: the changes listing
(`/services?modified_after=…`, paged, conditional on its ETag), the full listing (which ids
still exist), and `/services/{id}` for each new or changed service (conditional on its
stored ETag / Last-Modified). Everything is checked against the HSDS schemas. Only when all
of it succeeded does `apply_changes` write: so a partner that is down or sends garbage
changes nothing already shown; `record_failure` notes why and when.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.changefeed import record_partner_change
from catalogue.partners.client import HsdsClient, PartnerUnavailable
from catalogue.partners.mapping import PartnerService, map_service, wanted
from catalogue.partners.models import PartnerCatalogue, PartnerOffer
from catalogue.partners.validation import InvalidHsds, check_page, check_service

PER_PAGE = 100
MAX_PAGES = 200  # 20,000 services: far beyond any regional catalogue; more is refused as garbage
PULL_ERRORS = (PartnerUnavailable, InvalidHsds)


@dataclass
class Update:
    service: PartnerService
    etag: str
    http_last_modified: str


@dataclass
class Changes:
    """What one pull found: services to store, ids to drop, the next cursor."""

    partner_id: int
    updates: list[Update] = field(default_factory=list)
    gone: set[str] = field(default_factory=set)
    unchanged: int = 0
    cursor: str = ""
    list_etag: str = ""


@dataclass(frozen=True)
class PullReport:
    partner: str
    ok: bool
    added: int = 0
    changed: int = 0
    removed: int = 0
    error: str = ""

    def text(self) -> str:
        if not self.ok:
            return f"{self.partner}: fehlgeschlagen – {self.error}"
        return f"{self.partner}: {self.added} neu, {self.changed} geändert, {self.removed} entfernt"


def _pages(client: HsdsClient, params: dict, etag: str = "") -> tuple[list[dict], str] | None:
    """All entries of a paged /services listing and the first page's ETag; None if unchanged (304)."""
    entries: list[dict] = []
    first_etag = ""
    for page in range(1, MAX_PAGES + 1):
        answer = client.get("/services", {**params, "page": page, "per_page": PER_PAGE}, etag=etag if page == 1 else "")
        if answer.status == 304 and page == 1 and etag:
            return None
        if answer.status != 200:
            raise PartnerUnavailable(f"Die Liste der Angebote fehlt (HTTP {answer.status}).")
        body = check_page(answer.body)
        first_etag = first_etag or answer.etag
        entries += body["contents"]
        if body["last_page"] or page >= body["total_pages"] or not body["contents"]:
            return entries, first_etag
    raise InvalidHsds(f"Die Liste hat mehr als {MAX_PAGES} Seiten.")


def fetch_changes(session: Session, *, partner: PartnerCatalogue, client: HsdsClient, known) -> Changes:
    """Everything that changed at the partner since the last pull; writes nothing. Raises PULL_ERRORS."""
    stored = {
        row.service_id: row
        for row in session.scalars(select(PartnerOffer).where(PartnerOffer.partner_id == partner.id))
    }
    changes = Changes(partner.id, cursor=partner.cursor, list_etag=partner.list_etag)
    changed_ids: set[str] = set()
    if partner.cursor:
        listed = _pages(client, {"modified_after": partner.cursor}, partner.list_etag)
        if listed is not None:
            changed_ids = {entry["id"] for entry in listed[0]}
            changes.list_etag = listed[1]
    everything, _ = _pages(client, {})
    current = {entry["id"]: str(entry.get("last_modified", "")) for entry in everything}
    changes.gone = set(stored) - set(current)
    for service_id, last_modified in current.items():
        row = stored.get(service_id)
        if row is None or service_id in changed_ids or row.last_modified != last_modified:
            _fetch_one(client, service_id, row, known, partner.field_codes, changes)
        else:
            changes.unchanged += 1
    changes.cursor = max([partner.cursor, *current.values()])
    return changes


def _fetch_one(client: HsdsClient, service_id: str, row: PartnerOffer | None, known, fields, changes: Changes):
    answer = client.get(
        f"/services/{service_id}",
        etag=row.etag if row else "",
        last_modified=row.http_last_modified if row else "",
    )
    if answer.status == 304:
        changes.unchanged += 1
        return
    if answer.status == 404:
        changes.gone.add(service_id)
        return
    record = check_service(answer.body)
    if record["id"] != service_id:
        raise InvalidHsds(f"Unter /services/{service_id[:60]} kam ein anderes Angebot.")
    service = map_service(record, known)
    if wanted(service, fields):
        changes.updates.append(Update(service, answer.etag[:200], answer.last_modified[:100]))
    elif row is not None:
        changes.gone.add(service_id)  # its Handlungsfeld is no longer one the office takes


def apply_changes(session: Session, *, changes: Changes, now: datetime) -> PullReport:
    """Store what `fetch_changes` found, record search changes and the success; flushes."""
    partner = session.get(PartnerCatalogue, changes.partner_id)
    stored = {
        row.service_id: row
        for row in session.scalars(select(PartnerOffer).where(PartnerOffer.partner_id == partner.id))
    }
    added = changed = removed = 0
    for service_id in changes.gone & set(stored):
        record_partner_change(session, partner_offer_id=stored[service_id].id)
        session.delete(stored.pop(service_id))
        removed += 1
    for update in changes.updates:
        row = stored.get(update.service.service_id)
        if row is None:
            row = PartnerOffer(partner_id=partner.id, service_id=update.service.service_id, title="")
            session.add(row)
            added += 1
        elif _content(row) == _content(_fill(PartnerOffer(), update, now)):
            row.etag, row.http_last_modified = update.etag, update.http_last_modified
            continue  # sent again (no conditional request support) but unchanged
        else:
            changed += 1
        _fill(row, update, now)
        session.flush()
        record_partner_change(session, partner_offer_id=row.id)
    partner.cursor, partner.list_etag = changes.cursor, changes.list_etag
    partner.last_attempt_at = partner.last_success_at = now
    partner.last_error = ""
    session.flush()
    return PullReport(partner.name, True, added, changed, removed)


CONTENT = (
    "title",
    "summary",
    "description",
    "provider_name",
    "original_url",
    "email",
    "seal_text",
    "seal_valid_until",
    "grade_from",
    "grade_to",
    "age_from",
    "age_to",
    "is_free",
    "cost_amount",
    "fees_text",
    "last_modified",
)


def _content(row: PartnerOffer) -> tuple:
    return (*(getattr(row, name) for name in CONTENT), row.codes, row.other_terms)


def _fill(row: PartnerOffer, update: Update, now: datetime) -> PartnerOffer:
    service = update.service
    for name in CONTENT:
        setattr(row, name, getattr(service, name))
    row.codes = json.dumps(service.codes, ensure_ascii=False, sort_keys=True)
    row.other_terms = "\n".join(service.other_terms)
    row.etag, row.http_last_modified, row.fetched_at = update.etag, update.http_last_modified, now
    return row


def record_failure(session: Session, *, partner_id: int, error: str, now: datetime) -> PullReport:
    """Note a failed pull on the partner (shown on the office overview); nothing else changes."""
    partner = session.get(PartnerCatalogue, partner_id)
    partner.last_attempt_at = now
    partner.last_error = error[:1000]
    session.flush()
    return PullReport(partner.name, False, error=partner.last_error)
