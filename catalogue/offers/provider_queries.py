"""Read side of the provider's offer pages: dashboard rows, vocabulary choices, the office's
feedback on a revision (never its internal note) and the offer's history in German."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from catalogue.accounts.models import Membership, User
from catalogue.audit import AuditEvent, event_details, offer_history
from catalogue.errors import NotFound
from catalogue.formatting import german_date
from catalogue.offers import workflow
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.spec import CODE_FIELDS, CONTENT_LABELS
from catalogue.permissions import can_edit_offers
from catalogue.providers.models import Organisation
from catalogue.providers.queries import memberships_of
from catalogue.review.criteria_seed import REASON_CODES
from catalogue.review.models import Criterion, Review, ReviewRating
from catalogue.review.rules import KIND_LABELS, RATING_LABELS
from catalogue.vocabularies.models import VocabularyTerm

OFFICE = "Koordinierungsstelle"
DECISION_LABELS = {"approve": "Befürwortet", "request_changes": "Änderungen erbeten", "reject": "Abgelehnt"}


@dataclass
class OfferState:
    """An offer with its live, open and newest revision, and what the provider should do next."""

    offer: Offer
    live: OfferRevision | None
    open: OfferRevision | None
    latest: OfferRevision
    renewal_due: bool = False
    task: str = ""
    priority: int = 9

    @property
    def title(self) -> str:
        revision = self.open or self.live or self.latest
        return revision.title or "Angebot ohne Titel"

    @property
    def expired(self) -> bool:
        return self.offer.listing == "expired"

    @property
    def can_renew(self) -> bool:
        return self.live is not None and self.open is None and (self.renewal_due or self.expired)


@dataclass
class OrganisationOffers:
    organisation: Organisation
    role: str
    offers: list[OfferState] = field(default_factory=list)


def _task(state: OfferState) -> tuple[int, str]:
    if state.open is not None and state.open.state == "changes_requested":
        return 0, "Die Koordinierungsstelle bittet um Änderungen."
    if state.open is None and state.expired:
        return 1, "Das Siegel ist abgelaufen. Bitte erneuern Sie das Angebot."
    if state.open is None and state.renewal_due:
        return 1, f"Das Siegel läuft am {german_date(state.live.seal_valid_until)} ab. Bitte erneuern Sie das Angebot."
    if state.open is not None and state.open.state == "draft":
        return 2, "Der Entwurf ist noch nicht eingereicht."
    return 9, ""


def offer_state(offer: Offer, revisions: list[OfferRevision], today: date, notice_weeks: int) -> OfferState:
    """`revisions`: all revisions of the offer, in any order."""
    by_id = {revision.id: revision for revision in revisions}
    open_ = next((r for r in revisions if r.state in workflow.OPEN_STATES), None)
    state = OfferState(offer, by_id.get(offer.live_revision_id), open_, max(revisions, key=lambda r: r.number))
    state.renewal_due = (state.live is not None and offer.listing in ("live", "paused")
                         and workflow.renewal_due(state.live.seal_valid_until, today, notice_weeks))
    state.priority, state.task = _task(state)
    return state


def dashboard(session: Session, user_id: int, *, today: date, notice_weeks: int) -> list[OrganisationOffers]:
    """The user's organisations with their offers, open tasks first."""
    groups = [OrganisationOffers(org, role) for org, role in memberships_of(session, user_id)]
    by_org = {group.organisation.id: group for group in groups}
    offers = session.scalars(select(Offer).where(Offer.organisation_id.in_(by_org)).order_by(Offer.id)).all()
    revisions: dict[int, list[OfferRevision]] = {}
    for revision in session.scalars(
            select(OfferRevision).where(OfferRevision.offer_id.in_([o.id for o in offers])).options(load_only(
                OfferRevision.offer_id, OfferRevision.number, OfferRevision.state, OfferRevision.title,
                OfferRevision.seal_valid_until, OfferRevision.version, OfferRevision.updated_at))):
        revisions.setdefault(revision.offer_id, []).append(revision)
    for offer in offers:
        if offer.id in revisions:
            by_org[offer.organisation_id].offers.append(
                offer_state(offer, revisions[offer.id], today, notice_weeks))
    for group in groups:
        group.offers.sort(key=lambda state: (state.priority, state.title.casefold()))
    return groups


def offer_overview(session: Session, offer: Offer, *, today: date, notice_weeks: int) -> OfferState:
    revisions = session.scalars(select(OfferRevision).where(OfferRevision.offer_id == offer.id)).all()
    return offer_state(offer, list(revisions), today, notice_weeks)


def organisation_for_new_offer(session: Session, user: User, organisation_id: int | None) -> Organisation:
    organisation = session.get(Organisation, organisation_id) if organisation_id else None
    if organisation is None or not can_edit_offers(session, user, organisation.id):
        raise NotFound()
    return organisation


def vocabulary_choices(session: Session, selected: dict | None = None) -> dict[str, list[tuple[str, str]]]:
    """Checkbox choices per content key: the active terms, plus retired ones still selected."""
    selected = selected or {}
    key_of = {vocabulary: key for key, vocabulary in CODE_FIELDS.items()}
    choices: dict[str, list[tuple[str, str]]] = {key: [] for key in CODE_FIELDS}
    for term in session.scalars(select(VocabularyTerm).where(VocabularyTerm.vocabulary.in_(key_of))
                                .order_by(VocabularyTerm.sort_order, VocabularyTerm.label)):
        key = key_of[term.vocabulary]
        if term.active:
            choices[key].append((term.code, term.label))
        elif term.code in (selected.get(key) or []):
            choices[key].append((term.code, f"{term.label} (nicht mehr im Vokabular)"))
    return choices


# The office's feedback: plain values only, so no template can reach the internal note.
@dataclass(frozen=True)
class RatingView:
    code: str
    title: str
    kind: str
    rating: str
    comment: str
    condition: str


@dataclass(frozen=True)
class Feedback:
    decision: str
    decided_at: datetime | None
    message: str
    reasons: list[str]
    ratings: list[RatingView]


def feedback_revision(state: OfferState) -> OfferRevision | None:
    """The revision whose review result the provider should read now, if any."""
    if state.open is not None and state.open.state == "changes_requested":
        return state.open
    if state.open is None and state.latest.state == "rejected":
        return state.latest
    return None


def revision_feedback(session: Session, revision_id: int) -> list[Feedback]:
    """Decided reviews of one revision, newest first, with per-criterion ratings."""
    reviews = session.scalars(select(Review).where(Review.revision_id == revision_id,
                                                   Review.decided_at.is_not(None))
                              .order_by(Review.decided_at.desc(), Review.id.desc())).all()
    ratings: dict[int, list[RatingView]] = {review.id: [] for review in reviews}
    for rating, criterion in session.execute(
            select(ReviewRating, Criterion).join(Criterion, Criterion.id == ReviewRating.criterion_id)
            .where(ReviewRating.review_id.in_(ratings)).order_by(Criterion.sort_order, Criterion.code)):
        ratings[rating.review_id].append(RatingView(
            criterion.code, criterion.title, KIND_LABELS.get(criterion.kind, criterion.kind),
            RATING_LABELS.get(rating.rating, rating.rating), rating.comment, rating.condition))
    return [Feedback(DECISION_LABELS.get(review.decision, review.decision or ""), review.decided_at,
                     review.message_to_provider,
                     [REASON_CODES.get(code, code) for code in review.reason_codes.split(",") if code],
                     ratings[review.id]) for review in reviews]


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    who: str
    text: str


EVENT_TEXTS = {
    "offer.created": "Angebot angelegt (Fassung {n})",
    "offer.imported": "Angebot importiert",
    "revision.saved": "Fassung {n} gespeichert",
    "revision.started": "Fassung {n} begonnen, um das veröffentlichte Angebot zu ändern",
    "revision.renewal_started": "Fassung {n} zur Erneuerung begonnen",
    "revision.submit": "Fassung {n} zur Prüfung eingereicht",
    "revision.withdraw": "Einreichung der Fassung {n} zurückgezogen",
    "revision.discard": "Fassung {n} verworfen",
    "review.started": "Prüfung der Fassung {n} begonnen",
    "review.approve": "Fassung {n} in der Prüfung befürwortet",
    "review.request_changes": "Änderungen an Fassung {n} erbeten",
    "review.reject": "Fassung {n} abgelehnt",
    "offer.published": "Fassung {n} veröffentlicht",
    "offer.pause": "Angebot pausiert",
    "offer.resume": "Angebot wieder veröffentlicht",
    "offer.withdraw": "Angebot zurückgezogen",
    "offer.expire": "Siegel abgelaufen, Angebot ausgeblendet",
    "offer.renewal_reminded": "Erinnerung an die Erneuerung verschickt",
}


def _iso_date(value) -> str:
    try:
        return german_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _event_suffix(details: dict) -> str:
    if details.get("fields"):
        return ": " + ", ".join(CONTENT_LABELS.get(name, name) for name in details["fields"])
    if details.get("reason"):
        return f". Grund: {details['reason']}"
    if details.get("reasons"):
        return ". Gründe: " + ", ".join(REASON_CODES.get(code, code) for code in details["reasons"])
    valid_until = details.get("seal_valid_until") or details.get("valid_until")
    if valid_until:
        return f"; Siegel gültig bis {_iso_date(valid_until)}"
    return ""


def event_text(event: AuditEvent, number: int | None) -> str:
    template = EVENT_TEXTS.get(event.action, event.action)
    return template.format(n=number or "?") + _event_suffix(event_details(event))


def history(session: Session, offer: Offer) -> list[HistoryEntry]:
    """The offer's audit trail, newest first; office staff appear as the office, not by name."""
    numbers = dict(session.execute(select(OfferRevision.id, OfferRevision.number)
                                   .where(OfferRevision.offer_id == offer.id)).all())
    events = offer_history(session, offer.id)
    actor_ids = {event.actor_id for event, _ in events if event.actor_id is not None}
    members = set(session.scalars(select(Membership.user_id).where(
        Membership.organisation_id == offer.organisation_id, Membership.user_id.in_(actor_ids))))
    office = set(session.scalars(select(User.id).where(User.id.in_(actor_ids - members),
                                                       User.office_role.is_not(None))))
    entries = [HistoryEntry(event.created_at, OFFICE if event.actor_id in office else name,
                            event_text(event, numbers.get(event.revision_id))) for event, name in events]
    return entries[::-1]
