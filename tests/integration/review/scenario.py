"""Building blocks for review tests: people, complete offers, submissions, ratings.

Everything goes through the real services, so the tests see what the app would do.
Steps that depend on policy values take `policy` (default: the configuration's defaults, today).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.audit import AuditEvent
from catalogue.offers import services as offers
from catalogue.offers.models import OfferRevision
from catalogue.policy import Policy
from catalogue.providers.models import Organisation
from catalogue.review import services as review
from catalogue.review.models import Criterion, Review
from tests.factories import add_member, make_organisation, make_user

CONTENT = dict(
    title="Mut tut gut",
    summary="Ein Workshop gegen Mobbing für die Klassen 5 bis 7.",
    description="Zwei Vormittage mit Übungen, Rollenspielen und einer Auswertung.",
    goals="Die Schüler*innen erkennen Mobbing und kennen drei Wege, Hilfe zu holen.",
    theory="Lebenskompetenzansatz; soziale Lerntheorie.",
    need="",
    fields=["gewalt"],
    topics=["mobbing"],
    audiences=["schueler"],
    grade_from=5,
    grade_to=7,
    age_from=None,
    age_to=None,
    school_types=["oberschule"],
    levels=["universell"],
    formats=["workshop"],
    duration_value=Decimal("4"),
    duration_unit="unterrichtsstunden",
    sessions=2,
    group_min=10,
    group_max=30,
    staff_count=2,
    staff_qualification="Sozialpädagog*innen mit Anti-Mobbing-Fortbildung",
    venues=["schule"],
    districts=["stadtweit"],
    is_free=False,
    cost_amount=Decimal("120"),
    cost_unit="pro_klasse",
    cost_note="",
    funding_note="",
    booking_info="Per E-Mail mit Wunschtermin.",
    lead_time_weeks=4,
    contact_email="kontakt@traeger.example",
    contact_phone="",
    contact_name="",
    requirements="Klassenraum",
    preparation="",
    curriculum_link="",
    evaluation_kind="feedback",
    evaluation_summary="",
    external_rating="",
    external_rating_url="",
    languages=["de"],
    accessibility_note="",
)


def content(**changes) -> dict:
    return {**CONTENT, **changes}


def provider(db: Session, *, verified: bool = True, name: str = "Petra Träger") -> tuple[User, Organisation]:
    organisation = make_organisation(db, verified=verified)
    user = make_user(db, name=name)
    add_member(db, user, organisation, "admin")
    return user, organisation


def reviewer(db: Session, name: str = "Rita Prüferin", role: str = "reviewer") -> User:
    return make_user(db, name=name, office_role=role)


def fresh(db: Session, model, row_id: int):
    row = db.get(model, row_id)
    db.refresh(row)
    return row


def draft(db: Session, user: User, organisation: Organisation, **changes) -> OfferRevision:
    return offers.create_offer(db, actor=user, organisation_id=organisation.id, content=content(**changes))


def submit(db: Session, user: User, revision_id: int, policy: Policy | None = None) -> OfferRevision:
    offers.submit_revision(
        db,
        actor=user,
        revision_id=revision_id,
        expected_version=fresh(db, OfferRevision, revision_id).version,
        policy=policy or Policy(),
    )
    return fresh(db, OfferRevision, revision_id)


def submitted(db: Session, user: User, organisation: Organisation, **changes) -> OfferRevision:
    return submit(db, user, draft(db, user, organisation, **changes).id)


def start(db: Session, actor: User, revision_id: int, policy: Policy | None = None) -> Review:
    return review.start_review(
        db,
        actor=actor,
        revision_id=revision_id,
        expected_version=fresh(db, OfferRevision, revision_id).version,
        policy=policy or Policy(),
    )


def criteria(db: Session, review_row: Review) -> list[Criterion]:
    return list(
        db.scalars(
            select(Criterion)
            .where(Criterion.criteria_set_id == review_row.criteria_set_id)
            .order_by(Criterion.sort_order)
        )
    )


def ratings(db: Session, review_row: Review, default: str = "erfuellt", **overrides) -> dict[str, review.Rating]:
    """Every criterion rated `default`; overrides: code=rating or code=(rating, condition)."""
    result = {}
    for criterion in criteria(db, review_row):
        given = overrides.get(criterion.code, default)
        rating, condition = given if isinstance(given, tuple) else (given, "")
        result[criterion.code] = review.Rating(rating, "", condition)
    return result


def decide(
    db: Session,
    actor: User,
    review_id: int,
    decision: str,
    *,
    rated: dict | None = None,
    reasons: tuple[str, ...] = (),
    message: str = "",
    note: str = "",
    revision_version: int | None = None,
    policy: Policy | None = None,
) -> str:
    row = fresh(db, Review, review_id)
    revision = fresh(db, OfferRevision, row.revision_id)
    return review.decide_review(
        db,
        actor=actor,
        review_id=review_id,
        expected_version=row.version,
        revision_version=revision.version if revision_version is None else revision_version,
        decision=decision,
        ratings=rated if rated is not None else ratings(db, row),
        reason_codes=list(reasons),
        message=message,
        internal_note=note,
        policy=policy or Policy(),
    )


def approve(db: Session, actor: User, revision_id: int, policy: Policy | None = None) -> Review:
    row = start(db, actor, revision_id, policy)
    decide(db, actor, row.id, "approve", policy=policy)
    return row


def events(db: Session, offer_id: int, action: str | None = None) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.offer_id == offer_id).order_by(AuditEvent.id)
    if action:
        query = query.where(AuditEvent.action == action)
    return list(db.scalars(query))
