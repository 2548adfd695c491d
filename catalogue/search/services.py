"""Office services for search: the synonym list (Kippe → Tabak, Rauchen).

Only office admins edit synonyms. Every change is an audit event. Services never
commit; the view commits once and then lets this worker reload the list at once
(other workers follow within the cache TTL).
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.audit import AuditAction, record_event
from catalogue.clock import utcnow
from catalogue.errors import NotFound, ValidationFailed
from catalogue.permissions import is_office_admin, require
from catalogue.search.models import Synonym
from catalogue.search.synonyms import split_expansions
from search_index import query_terms

SYNONYMS_ADMIN_ONLY = "Synonyme pflegen dürfen nur Administrator*innen der Koordinierungsstelle."
MAX_TERM = 100
MAX_EXPANSIONS = 500
_ONE_WORD = re.compile(r"^[\w-]+$")


def all_synonyms(session: Session) -> list[Synonym]:
    return list(session.scalars(select(Synonym).order_by(Synonym.term)))


def get_synonym(session: Session, synonym_id: int) -> Synonym:
    synonym = session.get(Synonym, synonym_id)
    if synonym is None:
        raise NotFound("Diesen Eintrag gibt es nicht (mehr).")
    return synonym


def create_synonym(session: Session, *, actor: User, term: str, expansions: str) -> Synonym:
    require(is_office_admin(actor), SYNONYMS_ADMIN_ONLY)
    term, expansions = _clean(session, term, expansions)
    synonym = Synonym(term=term, expansions=expansions)
    session.add(synonym)
    session.flush()
    record_event(session, action=AuditAction.SYNONYM_CREATED, actor_id=actor.id, term=term, expansions=expansions)
    return synonym


def update_synonym(session: Session, *, actor: User, synonym_id: int, term: str, expansions: str) -> Synonym:
    require(is_office_admin(actor), SYNONYMS_ADMIN_ONLY)
    synonym = get_synonym(session, synonym_id)
    term, expansions = _clean(session, term, expansions, synonym_id)
    before = {"term": synonym.term, "expansions": synonym.expansions}
    synonym.term, synonym.expansions, synonym.updated_at = term, expansions, utcnow()
    session.flush()
    record_event(
        session, action=AuditAction.SYNONYM_UPDATED, actor_id=actor.id, before=before, term=term, expansions=expansions
    )
    return synonym


def delete_synonym(session: Session, *, actor: User, synonym_id: int) -> str:
    require(is_office_admin(actor), SYNONYMS_ADMIN_ONLY)
    synonym = get_synonym(session, synonym_id)
    term = synonym.term
    record_event(
        session, action=AuditAction.SYNONYM_DELETED, actor_id=actor.id, term=term, expansions=synonym.expansions
    )
    session.delete(synonym)
    session.flush()
    return term


def _clean(session: Session, term: str, expansions: str, synonym_id: int | None = None) -> tuple[str, str]:
    """Validated, normalised values; ValidationFailed names the field at fault."""
    term = " ".join((term or "").split()).lower()
    if not term:
        raise ValidationFailed("Bitte geben Sie das Suchwort an.", "term")
    if len(term) > MAX_TERM or not _ONE_WORD.match(term):
        raise ValidationFailed(
            f"Bitte geben Sie genau ein Wort an (Buchstaben, Ziffern, Bindestrich; höchstens {MAX_TERM} Zeichen).",
            "term",
        )
    if len(query_terms(term)) != 1:
        raise ValidationFailed(
            f"„{term}“ ist ein Füllwort, das die Suche ohnehin übergeht, oder mehr als "
            "ein Wort; bitte wählen Sie ein anderes.",
            "term",
        )
    taken = session.scalar(select(Synonym.id).where(func.lower(Synonym.term) == term))
    if taken is not None and taken != synonym_id:
        raise ValidationFailed(f"Für „{term}“ gibt es schon einen Eintrag; bitte bearbeiten Sie diesen.", "term")
    words = [w for w in split_expansions(expansions or "") if w.lower() != term]
    if not words:
        raise ValidationFailed(
            "Bitte geben Sie mindestens ein Wort an, das zusätzlich gefunden werden soll.", "expansions"
        )
    joined = ", ".join(words)
    if len(joined) > MAX_EXPANSIONS or any(len(w) > MAX_TERM for w in words):
        raise ValidationFailed(f"Höchstens {MAX_EXPANSIONS} Zeichen insgesamt und {MAX_TERM} je Eintrag.", "expansions")
    return term, joined
