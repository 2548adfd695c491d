"""The vocabulary terms in the database, as looked up by checks and imports."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.vocabularies.models import VocabularyTerm


def term_ids(session: Session) -> dict[tuple[str, str], int]:
    return {
        (v, c): i
        for i, v, c in session.execute(select(VocabularyTerm.id, VocabularyTerm.vocabulary, VocabularyTerm.code))
    }


def vocabulary_codes(session: Session) -> dict[str, set[str]]:
    codes: dict[str, set[str]] = {}
    for vocabulary, code in term_ids(session):
        codes.setdefault(vocabulary, set()).add(code)
    return codes
