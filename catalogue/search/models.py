"""Synonyms the office maintains, and anonymous counts of searches that found nothing."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow


class Synonym(SQLModel, table=True):
    """An everyday word and the catalogue words it should also find (Kippe → Tabak, Rauchen)."""

    id: int | None = Field(default=None, primary_key=True)
    term: str = Field(max_length=100, unique=True)
    expansions: str = Field(max_length=500)  # comma-separated
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class SearchMiss(SQLModel, table=True):
    """Searches that found nothing, per normalised term and month; no personal data."""

    __tablename__ = "search_miss"
    __table_args__ = (UniqueConstraint("month", "term"),)

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(max_length=7, index=True)  # "2026-11"
    term: str = Field(max_length=100)
    count: int = Field(default=0)


class SearchEmptyFilter(SQLModel, table=True):
    """Per month: how often a search found nothing that it would have found without this filter."""

    __tablename__ = "search_empty_filter"
    __table_args__ = (UniqueConstraint("month", "filter_key"),)

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(max_length=7, index=True)
    filter_key: str = Field(max_length=40)  # a vocabulary name, "grade", "age", "max_cost" or "free_only"
    count: int = Field(default=0)


class OfferViewDay(SQLModel, table=True):
    """Views of an offer's public page: one counter per offer and day, nothing about the visitor."""

    __tablename__ = "offer_view_day"
    # The second index holds all the demand report reads, so views per offer are summed from it alone.
    __table_args__ = (
        UniqueConstraint("offer_id", "day"),
        Index("ix_offer_view_day_offer_day_count", "offer_id", "day", "count"),
    )

    id: int | None = Field(default=None, primary_key=True)
    offer_id: int = Field(foreign_key="offer.id", ondelete="CASCADE")
    day: date = Field(index=True)
    count: int = Field(default=0)
