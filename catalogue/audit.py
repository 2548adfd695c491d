"""The append-only audit log: who did what, when, to which offer revision."""
from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Column, Text
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    actor_id: int | None = Field(default=None, index=True)  # no FK: events outlive accounts
    action: str = Field(max_length=60, index=True)
    organisation_id: int | None = Field(default=None, index=True)
    offer_id: int | None = Field(default=None, index=True)
    revision_id: int | None = None
    details: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))


def record_event(session: Session, *, action: str, actor_id: int | None,
                 organisation_id: int | None = None, offer_id: int | None = None,
                 revision_id: int | None = None, **details) -> AuditEvent:
    """Append one audit event in the caller's transaction."""
    event = AuditEvent(action=action, actor_id=actor_id, organisation_id=organisation_id,
                       offer_id=offer_id, revision_id=revision_id,
                       details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True))
    session.add(event)
    return event


def offer_history(session: Session, offer_id: int) -> list[tuple[AuditEvent, str]]:
    """An offer's audit events, oldest first, each with the actor's name ('System' for jobs)."""
    from sqlalchemy import select

    from catalogue.accounts.models import User
    rows = session.execute(
        select(AuditEvent, User.name).outerjoin(User, User.id == AuditEvent.actor_id)
        .where(AuditEvent.offer_id == offer_id).order_by(AuditEvent.id)).all()
    return [(event, name or "System") for event, name in rows]


def event_details(event: AuditEvent) -> dict:
    return json.loads(event.details or "{}")
