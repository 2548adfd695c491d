"""The search change feed: services append a row whenever what the public sees may change.

`catalogue.search.indexing` applies the feed to the index in sequence order; this module
stays low so every service can record a change without importing the search side.

On PostgreSQL a trigger (migration 0011) sends NOTIFY on CHANNEL in the transaction that
inserts feed rows, so other nodes hear of a change the moment it is committed;
`ChangeListener` waits for that announcement (the jobs loop of every node uses it).
"""

from __future__ import annotations

import logging
import select as selectors
import time
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import column, func, select, table
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)
CHANNEL = "search_change"
RECONNECT_PAUSE = 5.0  # seconds between attempts while PostgreSQL is unreachable


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


class ChangeListener:
    """Waits for the feed's NOTIFY on PostgreSQL; elsewhere (SQLite) waiting is plain sleeping."""

    def __init__(self, database_url: str):
        url = make_url(database_url)
        postgres = url.get_backend_name() == "postgresql"
        self._dsn = url.set(drivername="postgresql").render_as_string(hide_password=False) if postgres else None
        self._connection: psycopg.Connection | None = None
        self._heard = False

    def wait(self, timeout: float) -> bool:
        """Block for up to `timeout` seconds; True as soon as a change was announced."""
        if self._dsn is None:
            time.sleep(timeout)
            return False
        # Imported here: only the jobs loop on PostgreSQL listens; psycopg (~13 MB) stays out
        # of the web workers and of every process on SQLite.
        import psycopg

        try:
            connection = self._connect()
            if not self._heard and selectors.select([connection.fileno()], [], [], timeout)[0]:
                connection.execute("SELECT 1")  # reads what arrived; each NOTIFY calls _hear
        except psycopg.Error as exc:
            # Lost or refused: the periodic sync stays the backstop until PostgreSQL is back.
            log.warning("LISTEN %s unterbrochen: %s", CHANNEL, exc)
            self.close()
            time.sleep(min(timeout, RECONNECT_PAUSE))
        heard, self._heard = self._heard, False
        return heard

    def _connect(self) -> psycopg.Connection:
        if self._connection is None:
            import psycopg

            connection = psycopg.connect(self._dsn, autocommit=True, connect_timeout=10)
            connection.add_notify_handler(self._hear)
            connection.execute(f"LISTEN {CHANNEL}")
            self._connection = connection
            self._heard = True  # changes committed while nobody listened are applied by a sync now
        return self._connection

    def _hear(self, _notification) -> None:
        self._heard = True

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
