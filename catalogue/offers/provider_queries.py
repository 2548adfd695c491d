"""Read side of the provider's offer pages: dashboard rows, vocabulary choices, and which
revision's review feedback to show (the feedback and history themselves: review/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from catalogue.accounts.models import User
from catalogue.errors import NotFound
from catalogue.formatting import german_date
from catalogue.offers import workflow
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.spec import CODE_FIELDS
from catalogue.permissions import can_edit_offers
from catalogue.providers.models import Organisation
from catalogue.providers.queries import memberships_of
from catalogue.vocabularies.models import VocabularyTerm


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
    state.renewal_due = (
        state.live is not None
        and offer.listing in ("live", "paused")
        and workflow.renewal_due(state.live.seal_valid_until, today, notice_weeks)
    )
    state.priority, state.task = _task(state)
    return state


def dashboard(session: Session, user_id: int, *, today: date, notice_weeks: int) -> list[OrganisationOffers]:
    """The user's organisations with their offers, open tasks first."""
    groups = [OrganisationOffers(org, role) for org, role in memberships_of(session, user_id)]
    by_org = {group.organisation.id: group for group in groups}
    offers = session.scalars(select(Offer).where(Offer.organisation_id.in_(by_org)).order_by(Offer.id)).all()
    revisions: dict[int, list[OfferRevision]] = {}
    for revision in session.scalars(
        select(OfferRevision)
        .where(OfferRevision.offer_id.in_([o.id for o in offers]))
        .options(
            load_only(
                OfferRevision.offer_id,
                OfferRevision.number,
                OfferRevision.state,
                OfferRevision.title,
                OfferRevision.seal_valid_until,
                OfferRevision.version,
                OfferRevision.updated_at,
            )
        )
    ):
        revisions.setdefault(revision.offer_id, []).append(revision)
    for offer in offers:
        if offer.id in revisions:
            by_org[offer.organisation_id].offers.append(offer_state(offer, revisions[offer.id], today, notice_weeks))
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
    for term in session.scalars(
        select(VocabularyTerm)
        .where(VocabularyTerm.vocabulary.in_(key_of))
        .order_by(VocabularyTerm.sort_order, VocabularyTerm.label)
    ):
        key = key_of[term.vocabulary]
        if term.active:
            choices[key].append((term.code, term.label))
        elif term.code in (selected.get(key) or []):
            choices[key].append((term.code, f"{term.label} (nicht mehr im Vokabular)"))
    return choices


def feedback_revision(state: OfferState) -> OfferRevision | None:
    """The revision whose review result the provider should read now, if any."""
    if state.open is not None and state.open.state == "changes_requested":
        return state.open
    if state.open is None and state.latest.state == "rejected":
        return state.latest
    return None
