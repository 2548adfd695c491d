"""Synonyms the office maintains, and anonymous counts of searches that found nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
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
