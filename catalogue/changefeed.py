"""The search change feed: services append a row whenever what the public sees may change.

`catalogue.search.indexing` applies the feed to the index in sequence order; this module
stays low so every service can record a change without importing the search side.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from catalogue.db import utcnow


class SearchChange(SQLModel, table=True):
    __tablename__ = "search_change"
    # Never reuse a sequence number, even after old rows are pruned.
    __table_args__ = {"sqlite_autoincrement": True}

    seq: int | None = Field(default=None, primary_key=True)  # ever-increasing
    offer_id: int = Field(index=True)  # no FK: a deleted offer must still be removed
    created_at: datetime = Field(default_factory=utcnow)


def record_search_change(session: Session, *, offer_id: int) -> None:
    session.add(SearchChange(offer_id=offer_id))
    session.info["search_changed"] = True


def latest_seq(session: Session) -> int:
    return session.scalar(select(func.max(SearchChange.seq))) or 0
