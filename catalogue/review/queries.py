"""Read-side queries for the office's review pages: queue, review page, offer history.

A "round" is one submission of a revision: a resubmission after changes were requested
starts a new round, and only the reviews started since the latest submission count.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import Membership, User
from catalogue.errors import NotFound
from catalogue.formatting import german_money, german_number
from catalogue.offers.content import changed_fields, content_of, read_content
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.queries import terms_by_revision
from catalogue.offers.spec import CONTENT_FIELDS, CONTENT_LABELS, FieldSpec
from catalogue.offers.workflow import OPEN_STATES
from catalogue.providers.models import Organisation
from catalogue.review.models import CriteriaSet, Criterion, Review, ReviewRating
from catalogue.review.rules import CRITERION_FIELDS, KIND_LABELS, RATING_LABELS, start_refusal
from catalogue.vocabularies.models import VocabularyTerm
from catalogue.vocabularies.seed import COST_UNITS, DURATION_UNITS, EVALUATION_KINDS

QUEUE_STATES = ("submitted", "in_review")
CHOICE_LABELS = {"duration_unit": DURATION_UNITS, "cost_unit": COST_UNITS, "evaluation_kind": EVALUATION_KINDS}


def days_text(days: int) -> str:
    """German waiting time: "seit heute", "seit 1 Tag", "seit 3 Tagen"."""
    if days <= 0:
        return "seit heute"
    return "seit 1 Tag" if days == 1 else f"seit {days} Tagen"


def office_reviewers(session: Session) -> list[User]:
    """Active office staff who can review, by name."""
    return list(
        session.scalars(
            select(User).where(User.is_active, User.office_role.in_(("reviewer", "admin"))).order_by(User.name, User.id)
        )
    )


def user_names(session: Session, user_ids) -> dict[int, str]:
    ids = {i for i in user_ids if i is not None}
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(ids))).all())


def current_round(revision_ids: list[int]) -> Select:
    """Reviews of the revisions' latest submissions: a resubmission (after changes were
    requested) starts a new round, in which earlier reviews and approvals no longer count."""
    return (
        select(Review)
        .join(OfferRevision, OfferRevision.id == Review.revision_id)
        .where(
            Review.revision_id.in_(revision_ids),
            or_(OfferRevision.submitted_at.is_(None), Review.started_at >= OfferRevision.submitted_at),
        )
    )


def _current_reviews(session: Session, revision_ids: list[int]) -> dict[int, list[Review]]:
    """The reviews of each revision's current round, oldest first."""
    grouped: dict[int, list[Review]] = defaultdict(list)
    if revision_ids:
        rows = session.scalars(current_round(revision_ids).order_by(Review.started_at, Review.id))
        for review in rows:
            grouped[review.revision_id].append(review)
    return grouped


def _member_organisations(session: Session, user: User) -> set[int]:
    return set(session.scalars(select(Membership.organisation_id).where(Membership.user_id == user.id)))


# The queue ------------------------------------------------------------------------------


@dataclass
class Assigned:
    review_id: int
    name: str
    decision: str | None


@dataclass
class QueueItem:
    revision: OfferRevision
    offer: Offer
    organisation: Organisation
    waiting_days: int
    reviewers: list[Assigned]
    is_member: bool
    own_review_id: int | None = None  # the user's undecided review of this round
    own_decided: bool = False
    can_start: bool = False

    @property
    def waiting(self) -> str:
        return days_text(self.waiting_days)

    @property
    def approvals(self) -> int:
        return sum(1 for r in self.reviewers if r.decision == "approve")


def review_queue(session: Session, user: User, *, today: date, approvals_required: int) -> list[QueueItem]:
    """Revisions waiting for or in review, longest waiting first."""
    rows = session.execute(
        select(OfferRevision, Offer, Organisation)
        .join(Offer, Offer.id == OfferRevision.offer_id)
        .join(Organisation, Organisation.id == Offer.organisation_id)
        .where(OfferRevision.state.in_(QUEUE_STATES))
        .order_by(OfferRevision.submitted_at.is_(None), OfferRevision.submitted_at, OfferRevision.id)
    ).all()
    reviews = _current_reviews(session, [revision.id for revision, _, _ in rows])
    names = user_names(session, [r.reviewer_id for group in reviews.values() for r in group])
    own_organisations = _member_organisations(session, user)
    items = []
    for revision, offer, organisation in rows:
        current = reviews.get(revision.id, [])
        submitted = revision.submitted_at.date() if revision.submitted_at else today
        item = QueueItem(
            revision,
            offer,
            organisation,
            (today - submitted).days,
            [Assigned(r.id, names.get(r.reviewer_id, "gelöschtes Konto"), r.decision) for r in current],
            organisation.id in own_organisations,
        )
        _own_part(item, current, user, approvals_required)
        items.append(item)
    return items


def _own_part(item: QueueItem, current: list[Review], user: User, approvals_required: int) -> None:
    """What the user may do with a queue entry (the rules of start_review)."""
    own = next((r for r in current if r.reviewer_id == user.id), None)
    if own is not None:
        item.own_review_id = own.id if own.decided_at is None else None
        item.own_decided = own.decided_at is not None
        return
    item.can_start = (
        not item.is_member
        and start_refusal(
            current, reviewer_id=user.id, state=item.revision.state, approvals_required=approvals_required
        )
        is None
    )


@dataclass
class ExpiringSeal:
    offer: Offer
    live: OfferRevision
    organisation: Organisation
    open_state: str | None
    days_left: int


def seals_expiring(session: Session, *, today: date, weeks: int) -> list[ExpiringSeal]:
    """Listed offers whose seal ends within `weeks` (or has passed unnoticed), soonest first."""
    rows = session.execute(
        select(Offer, OfferRevision, Organisation)
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .join(Organisation, Organisation.id == Offer.organisation_id)
        .where(Offer.listing.in_(("live", "paused")), OfferRevision.seal_valid_until <= today + timedelta(weeks=weeks))
        .order_by(OfferRevision.seal_valid_until, Offer.id)
    ).all()
    open_states = dict(
        session.execute(
            select(OfferRevision.offer_id, OfferRevision.state).where(
                OfferRevision.offer_id.in_([offer.id for offer, _, _ in rows]), OfferRevision.state.in_(OPEN_STATES)
            )
        ).all()
    )
    return [
        ExpiringSeal(offer, live, organisation, open_states.get(offer.id), (live.seal_valid_until - today).days)
        for offer, live, organisation in rows
    ]


# The review page ------------------------------------------------------------------------


@dataclass
class ContentRow:
    name: str
    label: str
    submitted: str
    live: str | None
    changed: bool


@dataclass(frozen=True)
class RatingLine:
    code: str
    title: str
    kind: str
    rating: str
    comment: str
    condition: str

    @classmethod
    def of(cls, criterion: Criterion, rating: ReviewRating) -> RatingLine:
        return cls(
            criterion.code,
            criterion.title,
            KIND_LABELS.get(criterion.kind, criterion.kind),
            RATING_LABELS.get(rating.rating, rating.rating),
            rating.comment,
            rating.condition,
        )


@dataclass
class ReviewPage:
    review: Review
    revision: OfferRevision
    offer: Offer
    organisation: Organisation
    reviewer_name: str
    criteria_set: CriteriaSet
    criteria: list[Criterion]
    ratings: dict[int, ReviewRating]
    live: OfferRevision | None
    rows: list[ContentRow]
    others: list[Assigned] = field(default_factory=list)
    in_current_round: bool = True
    # The review that asked for changes in the previous round, and its ratings by criterion.
    previous_review: Review | None = None
    previous: dict[int, ReviewRating] = field(default_factory=dict)
    since_request: list[ContentRow] = field(default_factory=list)

    @property
    def changed(self) -> list[ContentRow]:
        return [row for row in self.rows if row.changed]

    def fields_of(self, criterion: Criterion) -> list[ContentRow]:
        """The content rows a criterion is judged on (jump links from the checklist)."""
        names = CRITERION_FIELDS.get(criterion.code, ())
        return [row for row in self.rows if row.name in names]

    def criteria_of(self, row: ContentRow) -> list[Criterion]:
        """The criteria judged on a content row (jump links from the offer text)."""
        return [c for c in self.criteria if row.name in CRITERION_FIELDS.get(c.code, ())]

    def rating_lines(self) -> list[RatingLine]:
        return [RatingLine.of(c, self.ratings[c.id]) for c in self.criteria if c.id in self.ratings]

    def editable_by(self, user: User) -> bool:
        return (
            self.review.reviewer_id == user.id
            and self.review.decided_at is None
            and self.revision.state == "in_review"
            and self.in_current_round
        )


def term_labels(session: Session) -> dict[tuple[str, str], str]:
    return {
        (v, c): label
        for v, c, label in session.execute(select(VocabularyTerm.vocabulary, VocabularyTerm.code, VocabularyTerm.label))
    }


def display_value(spec: FieldSpec, value, labels: dict[tuple[str, str], str]) -> str:
    """A content value as German text ("" when empty)."""
    if value is None or value == "" or value == []:
        return ""
    if spec.kind == "codes":
        return ", ".join(labels.get((spec.vocabulary, code), code) for code in value)
    if spec.kind == "bool":
        return "ja" if value else "nein"
    if spec.kind == "choice":
        return CHOICE_LABELS.get(spec.name, {}).get(value, value)
    if spec.name == "cost_amount":
        return german_money(value)
    if spec.kind == "number":
        whole = Decimal(value) == Decimal(value).to_integral_value()
        return german_number(value, 0 if whole else 1)
    return str(value)


def content_rows(session: Session, submitted: OfferRevision, live: OfferRevision | None) -> list[ContentRow]:
    """Every content field of the submitted revision beside the live one, changes marked."""
    revisions = [submitted] + ([live] if live else [])
    terms = terms_by_revision(session, [r.id for r in revisions])
    new = content_of(submitted, terms[submitted.id])
    old = content_of(live, terms[live.id]) if live else None
    changed = set(changed_fields(old, new)) if old is not None else set()
    labels = term_labels(session)
    return [
        ContentRow(
            spec.name,
            CONTENT_LABELS.get(spec.name, spec.name),
            display_value(spec, new[spec.name], labels),
            display_value(spec, old[spec.name], labels) if old is not None else None,
            spec.name in changed,
        )
        for spec in CONTENT_FIELDS
    ]


def since_change_request(session: Session, revision: OfferRevision, request: Review | None) -> list[ContentRow]:
    """The fields the provider changed since the office asked for changes: then (as `live`) and now."""
    if request is None or not request.content_snapshot:
        return []
    then, now = json.loads(request.content_snapshot), read_content(session, revision)
    labels = term_labels(session)
    rows = []
    for spec in CONTENT_FIELDS:
        old_value = then.get(spec.name)
        if spec.kind == "number" and isinstance(old_value, str):
            old_value = Decimal(old_value)  # stored as text to keep it exact
        old = display_value(spec, old_value, labels)
        new = display_value(spec, now[spec.name], labels)
        if old != new:
            rows.append(ContentRow(spec.name, CONTENT_LABELS.get(spec.name, spec.name), new, old, True))
    return rows


def review_page(session: Session, review_id: int) -> ReviewPage:
    review = session.get(Review, review_id)
    if review is None:
        raise NotFound()
    revision = session.get(OfferRevision, review.revision_id)
    offer = session.get(Offer, revision.offer_id)
    live = session.get(OfferRevision, offer.live_revision_id) if offer.live_revision_id else None
    if live is not None and live.id == revision.id:
        live = None  # already decided and published: nothing to compare with
    criteria = list(
        session.scalars(
            select(Criterion)
            .where(Criterion.criteria_set_id == review.criteria_set_id)
            .order_by(Criterion.sort_order, Criterion.id)
        )
    )
    ratings = _ratings_of(session, review)
    previous_review = change_request_before(session, revision)
    current = _current_reviews(session, [revision.id]).get(revision.id, [])
    names = user_names(session, [review.reviewer_id] + [r.reviewer_id for r in current])
    return ReviewPage(
        review,
        revision,
        offer,
        session.get(Organisation, offer.organisation_id),
        names.get(review.reviewer_id, "gelöschtes Konto"),
        session.get(CriteriaSet, review.criteria_set_id),
        criteria,
        ratings,
        live,
        content_rows(session, revision, live),
        others=[
            Assigned(r.id, names.get(r.reviewer_id, "gelöschtes Konto"), r.decision)
            for r in current
            if r.id != review.id
        ],
        in_current_round=any(r.id == review.id for r in current),
        previous_review=previous_review,
        previous=_ratings_of(session, previous_review),
        since_request=since_change_request(session, revision, previous_review),
    )


def _ratings_of(session: Session, review: Review | None) -> dict[int, ReviewRating]:
    if review is None:
        return {}
    return {r.criterion_id: r for r in session.scalars(select(ReviewRating).where(ReviewRating.review_id == review.id))}


def change_request_before(session: Session, revision: OfferRevision) -> Review | None:
    """The latest review that asked for changes to this revision before its last submission."""
    if revision.submitted_at is None:
        return None
    return session.scalars(
        select(Review)
        .where(
            Review.revision_id == revision.id,
            Review.decision == "request_changes",
            Review.decided_at < revision.submitted_at,
        )
        .order_by(Review.decided_at.desc(), Review.id.desc())
        .limit(1)
    ).first()
