"""The state of this node as a load balancer and the metrics see it: database, index, queues."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from catalogue import db
from catalogue.changefeed import SearchChange
from catalogue.clock import utcnow
from catalogue.db import write_intent
from catalogue.mail import MailOutbox
from catalogue.offers.models import OfferRevision
from catalogue.review.queries import QUEUE_STATES
from search_index import SearchIndex, SearchIndexError, index_exists

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NodeStatus:
    database_ok: bool
    index_state: str  # ok | missing | needs_rebuild | unreadable
    feed_lag: int | None = None  # None: unknown (database or index unavailable)
    outbox_backlog: int | None = None
    review_queue: int | None = None
    review_queue_age_seconds: float | None = None

    @property
    def index_ok(self) -> bool:
        return self.index_state == "ok"

    @property
    def ready(self) -> bool:
        return self.database_ok and self.index_ok


def index_position(directory: str) -> tuple[str, int | None]:
    """(state, last applied sequence) of the index in `directory`, never creating one."""
    if not index_exists(directory):
        return "missing", None
    try:
        index = SearchIndex(directory)
        try:
            return ("needs_rebuild" if index.needs_rebuild else "ok"), index.last_seq
        finally:
            index.close()
    except (SearchIndexError, OSError, ValueError, KeyError):
        return "unreadable", None


def node_status(app: Flask) -> NodeStatus:
    """Read within an app context; the session is left rolled back (only reads)."""
    index_state, applied = index_position(app.config["SEARCH_INDEX_DIR"])
    session = db.get_session()
    token = write_intent.set(False)
    try:
        # Counted, not subtracted: sequence numbers have gaps (rolled-back transactions on PostgreSQL).
        lag = (
            session.scalar(select(func.count()).select_from(SearchChange).where(SearchChange.seq > applied))
            if applied is not None
            else None
        )
        backlog = session.scalar(select(func.count()).select_from(MailOutbox).where(MailOutbox.sent_at.is_(None)))
        waiting, oldest = session.execute(
            select(func.count(), func.min(OfferRevision.submitted_at)).where(OfferRevision.state.in_(QUEUE_STATES))
        ).one()
    except SQLAlchemyError as exc:
        # The reason goes to the log only: it may name hosts or users.
        log.warning("readiness: database not reachable: %s", exc.__class__.__name__)
        session.rollback()
        return NodeStatus(database_ok=False, index_state=index_state)
    finally:
        write_intent.reset(token)
    session.rollback()
    age = (utcnow() - _aware(oldest)).total_seconds() if oldest is not None else 0.0
    return NodeStatus(
        database_ok=True,
        index_state=index_state,
        feed_lag=lag,
        outbox_backlog=backlog,
        review_queue=waiting,
        review_queue_age_seconds=max(age, 0.0),
    )


def _aware(moment: datetime) -> datetime:
    """SQLite hands timestamps back without their zone; they are stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
