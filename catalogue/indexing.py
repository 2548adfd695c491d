"""Bridge between the database and the search index: the change feed.

Every service that may change what the public sees calls `record_search_change` in the
same transaction; sync (see the search issue) applies the feed to the Whoosh index.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from catalogue.db import utcnow


class SearchChange(SQLModel, table=True):
    __tablename__ = "search_change"

    seq: int | None = Field(default=None, primary_key=True)  # ever-increasing
    offer_id: int = Field(index=True)  # no FK: a deleted offer must still be removed
    created_at: datetime = Field(default_factory=utcnow)


def record_search_change(session: Session, *, offer_id: int) -> None:
    session.add(SearchChange(offer_id=offer_id))
