"""An embeddable list: a fixed search filter, its order and length, and the origins allowed to frame it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow


class Embed(SQLModel, table=True):
    """One list a city or school page can include; deleted ones keep their slug (never reused)."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=80, unique=True)
    name: str = Field(max_length=100)
    # The search page's URL parameters (handlungsfeld=sucht&klasse=5&klasse_bis=8), canonical form.
    filter_query: str = Field(default="", max_length=2000)
    sort: str = Field(default="titel", max_length=20)  # a key of search.params.SORTS
    max_items: int | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = Field(default=None)


class EmbedOrigin(SQLModel, table=True):
    """An origin (scheme://host[:port]) that may show the embed in a frame (CSP frame-ancestors)."""

    __tablename__ = "embed_origin"
    __table_args__ = (UniqueConstraint("embed_id", "origin"),)

    id: int | None = Field(default=None, primary_key=True)
    embed_id: int = Field(foreign_key="embed.id", index=True, ondelete="CASCADE")
    origin: str = Field(max_length=300)
