"""The quality criteria (versioned sets) and review decisions with per-criterion ratings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow

RATINGS = ("erfuellt", "teilweise", "nicht_erfuellt", "nicht_anwendbar")


class CriteriaSet(SQLModel, table=True):
    __tablename__ = "criteria_set"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(unique=True)
    name: str = Field(max_length=200)
    is_current: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow)


class Criterion(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("criteria_set_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    criteria_set_id: int = Field(foreign_key="criteria_set.id", index=True, ondelete="CASCADE")
    code: str = Field(max_length=10)
    title: str = Field(max_length=300)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    kind: str = Field(max_length=20)  # muss | soll | exclusion
    sort_order: int = Field(default=0)


class Review(SQLModel, table=True):
    """One reviewer's review of one specific revision."""

    # The quality report counts the change requests of a period.
    __table_args__ = (Index("ix_review_decision_decided_at", "decision", "decided_at"),)

    id: int | None = Field(default=None, primary_key=True)
    revision_id: int = Field(foreign_key="offer_revision.id", index=True, ondelete="CASCADE")
    reviewer_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    criteria_set_id: int = Field(foreign_key="criteria_set.id", ondelete="RESTRICT")
    started_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None
    decision: str | None = Field(default=None, max_length=20)  # approve | request_changes | reject
    reason_codes: str = Field(default="", max_length=300)  # comma-separated
    message_to_provider: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    internal_note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # On "request changes": the revision's content as it was (JSON), so that the next
    # round shows what the provider changed since, field by field.
    content_snapshot: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    version: int = Field(default=1)


class ReviewRating(SQLModel, table=True):
    __tablename__ = "review_rating"
    __table_args__ = (UniqueConstraint("review_id", "criterion_id"),)

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="review.id", index=True, ondelete="CASCADE")
    criterion_id: int = Field(foreign_key="criterion.id", ondelete="RESTRICT")
    rating: str = Field(max_length=20)
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # For "teilweise" on a Muss criterion: the condition under which it is accepted.
    condition: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # The provider's answer to this rating's comment when resubmitting ("Was haben Sie geändert?").
    provider_reply: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
