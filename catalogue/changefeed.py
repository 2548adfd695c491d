"""The search change feed: services append a row whenever what the public sees may change.

`catalogue.search.indexing` applies the feed to the index in sequence order; this module
stays low so every service can record a change without importing the search side.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import column, func, select, table
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow


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


# Partner offers share the feed and the index under keys of their own: no own offer id
# comes near this number, and the feed's column is a 32-bit integer on PostgreSQL.
PARTNER_KEY_BASE = 1_000_000_000


def partner_key(partner_offer_id: int) -> int:
    """The feed and index key of a partner offer (never an own offer's id)."""
    return PARTNER_KEY_BASE + partner_offer_id


def is_partner_key(key: int) -> bool:
    return key >= PARTNER_KEY_BASE


def record_partner_change(session: Session, *, partner_offer_id: int) -> None:
    """A partner offer arrived, changed or left: its index document follows at the next sync."""
    record_search_change(session, offer_id=partner_key(partner_offer_id))


# The offer table seen by name only: the feed stays below offers/ and providers/, which both use it.
_OFFER = table("offer", column("id"), column("organisation_id"))


def record_organisation_change(session: Session, *, organisation_id: int) -> None:
    """Offers show their provider's name and contact: each of the organisation's offers changes."""
    for offer_id in session.scalars(select(_OFFER.c.id).where(_OFFER.c.organisation_id == organisation_id)):
        record_search_change(session, offer_id=offer_id)


def latest_seq(session: Session) -> int:
    return session.scalar(select(func.max(SearchChange.seq))) or 0
