"""The shipped synonym list reaching installations that already have one.

`flask db upgrade` adds the default entries a newer release ships, and brings entries up to
date that still read exactly as they were seeded. It never touches a term the coordination
office created, edited or deleted: those edits are in the audit log (SYNONYM_CREATED,
SYNONYM_UPDATED, SYNONYM_DELETED), and every seeding writes one SYNONYM_DEFAULTS_ADDED event
with a digest per entry it wrote, so an entry removed after seeding is not added again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.audit import AuditAction, AuditEvent, event_details, record_event
from catalogue.clock import utcnow
from catalogue.search.models import Synonym

OFFICE_ACTIONS = (AuditAction.SYNONYM_CREATED, AuditAction.SYNONYM_UPDATED, AuditAction.SYNONYM_DELETED)


def digest(expansions: str) -> str:
    """A short fingerprint of an entry's expansions as stored."""
    return hashlib.sha256(expansions.encode("utf-8")).hexdigest()[:16]


def office_terms(session: Session) -> set[str]:
    """Terms the office ever created, edited (before or after) or deleted."""
    actions = [action.value for action in OFFICE_ACTIONS]
    terms: set[str] = set()
    for details in map(event_details, session.scalars(select(AuditEvent).where(AuditEvent.action.in_(actions)))):
        terms.add(details.get("term", ""))
        terms.add((details.get("before") or {}).get("term", ""))
    return terms - {""}


def seeded_digests(session: Session) -> dict[str, str]:
    """Term → digest of what seeding last wrote for it."""
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.action == AuditAction.SYNONYM_DEFAULTS_ADDED.value).order_by(AuditEvent.id)
    )
    seeded: dict[str, str] = {}
    for event in events:
        seeded.update(event_details(event).get("entries", {}))
    return seeded


def add_default_synonyms(session: Session, *, defaults: Mapping[str, Sequence[str]]) -> int:
    """Add new default entries and refresh untouched ones; returns how many were written."""
    touched = office_terms(session)
    seeded = seeded_digests(session)
    rows = {row.term: row for row in session.scalars(select(Synonym))}
    written: dict[str, str] = {}
    for term, words in defaults.items():
        expansions = ", ".join(words)
        row = rows.get(term)
        if term in touched or (row is not None and row.expansions == expansions):
            continue
        if row is None and term not in seeded:
            session.add(Synonym(term=term, expansions=expansions))
        elif row is not None and seeded.get(term, digest(row.expansions)) == digest(row.expansions):
            # Still as seeded (or seeded before digests were kept and never edited since).
            row.expansions, row.updated_at = expansions, utcnow()
        else:
            continue
        written[term] = digest(expansions)
    if written:
        record_event(session, action=AuditAction.SYNONYM_DEFAULTS_ADDED, actor_id=None, entries=written)
    session.flush()
    return len(written)
