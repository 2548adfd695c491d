"""Reference data: vocabularies and the first criteria set, inserted where missing.

Idempotent. Terms the office retired stay retired (they are deactivated, never deleted),
and a new criteria version is the office's to create, so seeding adds only what is absent.
New entries of the shipped synonym list are added; entries the office edited or deleted
are left as they are (catalogue/search/defaults.py).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.review.criteria_seed import CRITERIA_V1
from catalogue.review.models import CriteriaSet, Criterion
from catalogue.search.defaults import add_default_synonyms
from catalogue.vocabularies.models import VocabularyTerm
from catalogue.vocabularies.seed import TERMS
from search_index import DEFAULT_SYNONYMS


def seed_reference_data(session: Session) -> int:
    """Insert missing vocabulary terms and shipped synonyms; on an empty database criteria set 1."""
    added = _seed_vocabularies(session)
    if not session.scalar(select(func.count()).select_from(CriteriaSet)):
        _seed_criteria(session)
        added += len(CRITERIA_V1)
    added += add_default_synonyms(session, defaults=DEFAULT_SYNONYMS)
    session.flush()
    return added


def _seed_vocabularies(session: Session) -> int:
    existing = set(session.execute(select(VocabularyTerm.vocabulary, VocabularyTerm.code)))
    added = 0
    for vocabulary, terms in TERMS.items():
        for order, (code, label) in enumerate(terms):
            if (vocabulary, code) not in existing:
                session.add(VocabularyTerm(vocabulary=vocabulary, code=code, label=label, sort_order=order))
                added += 1
    return added


def _seed_criteria(session: Session) -> None:
    criteria_set = CriteriaSet(version=1, name="Qualitätskriterien 2026 (Q01–Q20)", is_current=True)
    session.add(criteria_set)
    session.flush()
    for order, (code, kind, title) in enumerate(CRITERIA_V1):
        session.add(Criterion(criteria_set_id=criteria_set.id, code=code, kind=kind, title=title, sort_order=order))
