"""Search in the database when the full-text index cannot answer.

Plain substring matching (every word somewhere in title, summary or description) with
the same filters as the index; no stemming, synonyms or facet counts. Slower and less
clever, but it keeps the catalogue searchable while the index is missing or broken.
"""

from __future__ import annotations

import re

from sqlalchemy import and_, exists, false, func, nulls_last, or_, select
from sqlalchemy.orm import Session

from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.offers.queries import publicly_listed
from catalogue.search.params import SearchParams
from catalogue.vocabularies.models import VocabularyTerm

MAX_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)
TEXT_COLUMNS = (OfferRevision.title, OfferRevision.summary, OfferRevision.description)


def words_of(text: str) -> list[str]:
    return list(dict.fromkeys(w.lower() for w in _WORD.findall(text)))[:MAX_WORDS]


def _text_condition(text: str):
    conditions = [
        or_(*(func.lower(column).contains(word, autoescape=True) for column in TEXT_COLUMNS)) for word in words_of(text)
    ]
    return and_(*conditions) if conditions else None


def _codes_condition(vocabulary: str, codes: tuple[str, ...]):
    return exists(
        select(RevisionTerm.revision_id)
        .join(VocabularyTerm, VocabularyTerm.id == RevisionTerm.term_id)
        .where(
            RevisionTerm.revision_id == OfferRevision.id,
            VocabularyTerm.vocabulary == vocabulary,
            VocabularyTerm.code.in_(codes),
        )
    )


def _range_condition(low, high, value: int, upper: int | None = None):
    """As the index does it: no bounds at all → no match; one missing bound is open-ended;
    with `upper`, ranges overlapping value..upper."""
    top = value if upper is None else max(value, upper)
    return and_(
        or_(low.is_not(None), high.is_not(None)), or_(low.is_(None), low <= top), or_(high.is_(None), high >= value)
    )


def conditions(params: SearchParams) -> list:
    found = [publicly_listed()]
    if params.origins and "eigene" not in params.origins:
        found.append(false())  # the database search knows only own offers; partner offers need the index
    text = _text_condition(params.text)
    if text is not None:
        found.append(text)
    found += [_codes_condition(v, codes) for v, codes in params.codes.items() if codes]
    if params.grade is not None:
        found.append(_range_condition(OfferRevision.grade_from, OfferRevision.grade_to, params.grade, params.grade_to))
    if params.age is not None:
        found.append(_range_condition(OfferRevision.age_from, OfferRevision.age_to, params.age))
    if params.free_only:
        found.append(OfferRevision.is_free.is_(True))
    if params.max_cost is not None:
        found.append(
            or_(
                OfferRevision.is_free.is_(True),
                and_(OfferRevision.cost_amount.is_not(None), OfferRevision.cost_amount <= params.max_cost),
            )
        )
    return found


def _base(params: SearchParams):
    return select(Offer.id).join(OfferRevision, OfferRevision.id == Offer.live_revision_id).where(*conditions(params))


def count(session: Session, params: SearchParams) -> int:
    return session.scalar(select(func.count()).select_from(_base(params).subquery())) or 0


def page_ids(session: Session, params: SearchParams, page: int) -> list[int]:
    if params.sort == "newest":
        order = (nulls_last(OfferRevision.decided_at.desc()), OfferRevision.seal_awarded_on.desc(), Offer.id)
    else:
        order = (OfferRevision.title, Offer.id)
    query = _base(params).order_by(*order).limit(params.per_page).offset((page - 1) * params.per_page)
    return list(session.scalars(query))
