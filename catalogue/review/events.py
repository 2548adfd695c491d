"""An offer's audit events in German: one `describe()` for the office's timeline and the
provider's history, and the two readers that show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import Membership, User
from catalogue.audit import AuditEvent, audit_text, event_details
from catalogue.formatting import german_iso_date
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.spec import CONTENT_LABELS
from catalogue.offers.workflow import LISTING_LABELS, REVISION_STATE_LABELS
from catalogue.review.criteria_seed import REASON_CODES

OFFICE = "Koordinierungsstelle"


@dataclass(frozen=True)
class EventText:
    """`label` and `lines` for the office's timeline, `sentence` for the provider's history."""

    label: str
    sentence: str
    lines: list[str]


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    who: str
    text: str


def offer_history(session: Session, offer_id: int) -> list[tuple[AuditEvent, str]]:
    """An offer's audit events, oldest first, each with the actor's name ('System' for jobs)."""
    rows = session.execute(
        select(AuditEvent, User.name)
        .outerjoin(User, User.id == AuditEvent.actor_id)
        .where(AuditEvent.offer_id == offer_id)
        .order_by(AuditEvent.id)
    ).all()
    return [(event, name or "System") for event, name in rows]


def describe(event: AuditEvent, numbers: dict[int, int]) -> EventText:
    """An event in German; `numbers`: revision id → revision number of the offer."""
    text, details = audit_text(event.action), event_details(event)
    sentence = text.sentence.format(n=numbers.get(event.revision_id) or "?") + _suffix(details)
    return EventText(text.label, sentence, _lines(details, numbers))


def _fields(details: dict) -> str:
    return ", ".join(CONTENT_LABELS.get(name, name) for name in details["fields"])


def _reasons(details: dict) -> str:
    return ", ".join(REASON_CODES.get(code, code) for code in details["reasons"])


def _valid_until(details: dict) -> str | None:
    return details.get("seal_valid_until") or details.get("valid_until")


def _suffix(details: dict) -> str:
    """The provider's history names only the most telling detail."""
    if details.get("fields"):
        return ": " + _fields(details)
    if details.get("reason"):
        return f". Grund: {details['reason']}"
    if details.get("reasons"):
        return ". Gründe: " + _reasons(details)
    if _valid_until(details):
        return f"; Siegel gültig bis {german_iso_date(_valid_until(details))}"
    return ""


def _state_label(value: str) -> str:
    return REVISION_STATE_LABELS.get(value) or LISTING_LABELS.get(value) or value


def _lines(details: dict, numbers: dict[int, int]) -> list[str]:
    """The office's timeline lists every detail as a short sentence."""
    lines = []
    if details.get("from") and details.get("to"):
        lines.append(f"von „{_state_label(details['from'])}“ nach „{_state_label(details['to'])}“")
    if details.get("fields"):
        lines.append("Geänderte Felder: " + _fields(details))
    if details.get("reasons"):
        lines.append("Gründe: " + _reasons(details))
    if details.get("reason"):
        lines.append(f"Begründung: {details['reason']}")
    for key, text in (("based_on", "auf Grundlage von Fassung"), ("superseded", "ersetzt Fassung")):
        if details.get(key):
            lines.append(f"{text} {numbers.get(details[key], details[key])}")
    for key in ("seal_valid_until", "valid_until"):
        if details.get(key):
            lines.append(f"Siegel gültig bis {german_iso_date(details[key])}")
    if details.get("listing"):
        lines.append(f"Status: {_state_label(details['listing'])}")
    return lines


def provider_history(session: Session, offer: Offer) -> list[HistoryEntry]:
    """The offer's audit trail, newest first; office staff appear as the office, not by name."""
    numbers = dict(
        session.execute(select(OfferRevision.id, OfferRevision.number).where(OfferRevision.offer_id == offer.id)).all()
    )
    events = offer_history(session, offer.id)
    actor_ids = {event.actor_id for event, _ in events if event.actor_id is not None}
    members = set(
        session.scalars(
            select(Membership.user_id).where(
                Membership.organisation_id == offer.organisation_id, Membership.user_id.in_(actor_ids)
            )
        )
    )
    office = set(
        session.scalars(select(User.id).where(User.id.in_(actor_ids - members), User.office_role.is_not(None)))
    )
    entries = [
        HistoryEntry(event.created_at, OFFICE if event.actor_id in office else name, describe(event, numbers).sentence)
        for event, name in events
    ]
    return entries[::-1]
