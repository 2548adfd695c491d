"""The full history of one offer for the office: revisions with their reviews and
decisions, and the audit timeline in German."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.audit import AuditEvent, event_details, offer_history
from catalogue.errors import NotFound
from catalogue.offers.spec import CONTENT_LABELS
from catalogue.formatting import german_date
from catalogue.review import rules
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.workflow import LISTING_LABELS, REVISION_STATE_LABELS
from catalogue.providers.models import Organisation
from catalogue.review.criteria_seed import REASON_CODES
from catalogue.review.models import Criterion, Review, ReviewRating
from catalogue.review.queries import RatingLine, user_names

AUDIT_LABELS = {
    "offer.created": "Angebot angelegt", "offer.imported": "Angebot importiert",
    "revision.saved": "Fassung gespeichert", "revision.started": "Neue Fassung begonnen",
    "revision.renewal_started": "Erneuerung begonnen", "revision.submit": "Zur Prüfung eingereicht",
    "revision.withdraw": "Einreichung zurückgezogen", "revision.discard": "Fassung verworfen",
    "review.started": "Prüfung begonnen", "review.approve": "Freigabe erteilt",
    "review.request_changes": "Änderungen erbeten", "review.reject": "Abgelehnt",
    "offer.published": "Fassung veröffentlicht", "offer.pause": "Angebot pausiert",
    "offer.resume": "Angebot fortgesetzt", "offer.withdraw": "Angebot zurückgezogen",
    "offer.expire": "Siegel abgelaufen", "offer.renewal_reminded": "Erinnerung zur Erneuerung versendet",
}


@dataclass
class DecisionEntry:
    review: Review
    reviewer: str
    decision: str
    reasons: list[str]
    ratings: list[RatingLine]


@dataclass
class RevisionEntry:
    revision: OfferRevision
    state: str
    is_live: bool
    reviews: list[DecisionEntry]


@dataclass
class TimelineEntry:
    when: datetime
    actor: str
    label: str
    revision_number: int | None
    details: list[str]


@dataclass
class HistoryPage:
    offer: Offer
    organisation: Organisation
    title: str
    listing: str
    revisions: list[RevisionEntry]
    timeline: list[TimelineEntry]


def _rating_lines(session: Session, review_ids: list[int]) -> dict[int, list[RatingLine]]:
    grouped: dict[int, list[RatingLine]] = defaultdict(list)
    if review_ids:
        rows = session.execute(select(ReviewRating, Criterion).join(Criterion, Criterion.id == ReviewRating.criterion_id)
                               .where(ReviewRating.review_id.in_(review_ids))
                               .order_by(Criterion.sort_order, Criterion.id))
        for rating, criterion in rows:
            grouped[rating.review_id].append(RatingLine.of(criterion, rating))
    return grouped


def _revision_entries(session: Session, offer: Offer, revisions: list[OfferRevision]) -> list[RevisionEntry]:
    reviews = list(session.scalars(select(Review).where(Review.revision_id.in_([r.id for r in revisions]))
                                   .order_by(Review.started_at, Review.id)))
    names = user_names(session, [r.reviewer_id for r in reviews])
    lines = _rating_lines(session, [r.id for r in reviews])
    by_revision: dict[int, list[DecisionEntry]] = defaultdict(list)
    for review in reviews:
        reasons = [REASON_CODES.get(code, code) for code in review.reason_codes.split(",") if code]
        by_revision[review.revision_id].append(DecisionEntry(
            review, names.get(review.reviewer_id, "gelöschtes Konto"),
            rules.DECISION_RESULTS.get(review.decision or "", "noch nicht entschieden"),
            reasons, lines.get(review.id, [])))
    return [RevisionEntry(r, REVISION_STATE_LABELS.get(r.state, r.state), r.id == offer.live_revision_id,
                          by_revision.get(r.id, [])) for r in revisions]


def _state_label(value: str) -> str:
    return REVISION_STATE_LABELS.get(value) or LISTING_LABELS.get(value) or value


def _date_text(value: str) -> str:
    try:
        return german_date(date.fromisoformat(value))
    except (TypeError, ValueError):
        return str(value)


def event_lines(event: AuditEvent, numbers: dict[int, int]) -> list[str]:
    """The details of an audit event as short German sentences."""
    details, lines = event_details(event), []
    if details.get("from") and details.get("to"):
        lines.append(f"von „{_state_label(details['from'])}“ nach „{_state_label(details['to'])}“")
    if details.get("fields"):
        lines.append("Geänderte Felder: " + ", ".join(CONTENT_LABELS.get(f, f) for f in details["fields"]))
    if details.get("reasons"):
        lines.append("Gründe: " + ", ".join(REASON_CODES.get(c, c) for c in details["reasons"]))
    if details.get("reason"):
        lines.append(f"Begründung: {details['reason']}")
    for key, text in (("based_on", "auf Grundlage von Fassung"), ("superseded", "ersetzt Fassung")):
        if details.get(key):
            lines.append(f"{text} {numbers.get(details[key], details[key])}")
    for key in ("seal_valid_until", "valid_until"):
        if details.get(key):
            lines.append(f"Siegel gültig bis {_date_text(details[key])}")
    if details.get("listing"):
        lines.append(f"Status: {_state_label(details['listing'])}")
    return lines


def offer_history_page(session: Session, offer_id: int) -> HistoryPage:
    offer = session.get(Offer, offer_id)
    if offer is None:
        raise NotFound()
    revisions = list(session.scalars(select(OfferRevision).where(OfferRevision.offer_id == offer.id)
                                     .order_by(OfferRevision.number.desc())))
    numbers = {r.id: r.number for r in revisions}
    live = next((r for r in revisions if r.id == offer.live_revision_id), None)
    title = (live or revisions[0]).title if revisions else offer.ref
    timeline = [TimelineEntry(event.created_at, actor, AUDIT_LABELS.get(event.action, event.action),
                              numbers.get(event.revision_id), event_lines(event, numbers))
                for event, actor in offer_history(session, offer.id)]
    return HistoryPage(offer, session.get(Organisation, offer.organisation_id), title or offer.ref,
                       LISTING_LABELS.get(offer.listing, offer.listing),
                       _revision_entries(session, offer, revisions), timeline)
