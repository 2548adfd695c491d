"""Offers and their revisions. `offer` is identity + listing; content lives in revisions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import uuid4

from sqlalchemy import Column, ForeignKey, Index, Integer, Numeric, Text, text
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow
from catalogue.offers.workflow import OPEN_STATES

_OPEN_SQL = "state IN (" + ", ".join(f"'{state}'" for state in OPEN_STATES) + ")"


def _text(nullable: bool = False):
    """A long-text column; required texts default to '' so drafts can be saved incomplete."""
    return Field(default="", sa_column=Column(Text, nullable=nullable, default=""))


class Offer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(max_length=60, unique=True, index=True)
    # Stable public identifier (the HSDS service id): set once, never changed or reused.
    public_id: str = Field(default_factory=lambda: str(uuid4()), max_length=36, unique=True, index=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="RESTRICT")
    # unlisted (never approved) | live | paused | withdrawn | expired
    listing: str = Field(default="unlisted", max_length=20, index=True)
    listing_reason: str = Field(default="", max_length=500)
    # use_alter: offer and offer_revision point at each other.
    live_revision_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer,
            ForeignKey("offer_revision.id", use_alter=True, ondelete="SET NULL", name="fk_offer_live_revision"),
            nullable=True,
        ),
    )
    # The seal end date a renewal reminder was last sent for; keeps the job idempotent.
    renewal_notice_for: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    version: int = Field(default=1)


class OfferRevision(SQLModel, table=True):
    __tablename__ = "offer_revision"
    __table_args__ = (
        # At most one open (not yet decided) revision per offer.
        Index(
            "uq_offer_revision_open",
            "offer_id",
            unique=True,
            sqlite_where=text(_OPEN_SQL),
            postgresql_where=text(_OPEN_SQL),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    offer_id: int = Field(foreign_key="offer.id", index=True, ondelete="CASCADE")
    number: int
    # draft | submitted | in_review | changes_requested | approved | rejected | superseded
    state: str = Field(default="draft", max_length=20, index=True)
    version: int = Field(default=1)
    created_by_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    submitted_at: datetime | None = None
    decided_at: datetime | None = None
    seal_awarded_on: date | None = None
    seal_valid_until: date | None = None
    checked_on: date | None = None
    checked_by_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")

    # Content: what the offer is
    title: str = Field(default="", max_length=200)
    summary: str = Field(default="", max_length=500)
    description: str = _text()
    goals: str = _text()
    theory: str = _text()
    need: str = _text()
    # Who it is for
    grade_from: int | None = None
    grade_to: int | None = None
    age_from: int | None = None
    age_to: int | None = None
    # How it runs
    duration_value: Decimal | None = Field(default=None, sa_column=Column(Numeric(6, 1)))
    duration_unit: str | None = Field(default=None, max_length=30)
    sessions: int | None = None
    group_min: int | None = None
    group_max: int | None = None
    staff_count: int | None = None
    staff_qualification: str = _text()
    # Cost
    is_free: bool = Field(default=False)
    cost_amount: Decimal | None = Field(default=None, sa_column=Column(Numeric(10, 2)))
    cost_unit: str | None = Field(default=None, max_length=30)
    cost_note: str = _text()
    funding_note: str = _text()
    # Booking
    booking_info: str = _text()
    lead_time_weeks: int | None = None
    contact_name: str = Field(default="", max_length=200)
    contact_email: str = Field(default="", max_length=254)
    contact_phone: str = Field(default="", max_length=60)
    # Practicalities and quality
    requirements: str = _text()
    preparation: str = _text()
    curriculum_link: str = _text()
    evaluation_kind: str | None = Field(default=None, max_length=30)
    evaluation_summary: str = _text()
    external_rating: str = Field(default="", max_length=300)
    external_rating_url: str = Field(default="", max_length=500)
    accessibility_note: str = _text()


class RevisionTerm(SQLModel, table=True):
    """The multi-valued vocabularies of a revision (fields, topics, formats, …)."""

    __tablename__ = "revision_term"

    revision_id: int = Field(foreign_key="offer_revision.id", primary_key=True, ondelete="CASCADE")
    term_id: int = Field(foreign_key="vocabulary_term.id", primary_key=True, index=True, ondelete="RESTRICT")
