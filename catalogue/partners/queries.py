"""Read-side queries of partner catalogues and their offers.

A partner offer is shown only while its partner catalogue is active; it is never an `offer`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from catalogue.partners.models import PartnerCatalogue, PartnerOffer
from catalogue.vocabularies.models import VocabularyTerm


@dataclass
class PartnerListing:
    """A partner offer as the public pages show it, with its partner and term labels."""

    offer: PartnerOffer
    partner: PartnerCatalogue
    labels: dict[str, list[str]] = field(default_factory=dict)  # vocabulary → German labels

    @property
    def codes(self) -> dict[str, list[str]]:
        return json.loads(self.offer.codes or "{}")

    @property
    def other_terms(self) -> list[str]:
        return [line for line in self.offer.other_terms.splitlines() if line]


def _labels(session: Session) -> dict[tuple[str, str], str]:
    return {(t.vocabulary, t.code): t.label for t in session.scalars(select(VocabularyTerm))}


def listed_by_ids(session: Session, ids: list[int] | tuple[int, ...] | None) -> list[PartnerListing]:
    """The shown partner offers among `ids` (partner offer ids), in the order given; all when None."""
    if ids is not None and not ids:
        return []
    query = (
        select(PartnerOffer, PartnerCatalogue)
        .join(PartnerCatalogue, PartnerCatalogue.id == PartnerOffer.partner_id)
        .where(PartnerCatalogue.active.is_(True))
        .order_by(PartnerOffer.id)
    )
    rows = session.execute(query if ids is None else query.where(PartnerOffer.id.in_(list(ids)))).all()
    labels = _labels(session)
    found = {}
    for offer, partner in rows:
        listing = PartnerListing(offer, partner)
        listing.labels = {v: [labels.get((v, c), c) for c in codes] for v, codes in listing.codes.items()}
        found[offer.id] = listing
    return list(found.values()) if ids is None else [found[i] for i in ids if i in found]


def listed(session: Session, partner_offer_id: int) -> PartnerListing | None:
    found = listed_by_ids(session, [partner_offer_id])
    return found[0] if found else None


def all_partners(session: Session) -> list[tuple[PartnerCatalogue, int]]:
    """Every partner catalogue with its number of stored offers, active ones first."""
    count = (
        select(func.count())
        .select_from(PartnerOffer)
        .where(PartnerOffer.partner_id == PartnerCatalogue.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(PartnerCatalogue, count).order_by(PartnerCatalogue.active.desc(), PartnerCatalogue.name)
    ).all()
    return [(partner, offers) for partner, offers in rows]


def active_partner_ids(session: Session, name: str | None = None, tried_before: datetime | None = None) -> list[int]:
    """Active partners (by name, if given) not tried since `tried_before`."""
    query = select(PartnerCatalogue.id).where(PartnerCatalogue.active.is_(True)).order_by(PartnerCatalogue.id)
    if name is not None:
        query = query.where(PartnerCatalogue.name == name)
    if tried_before is not None:
        query = query.where(
            or_(PartnerCatalogue.last_attempt_at.is_(None), PartnerCatalogue.last_attempt_at <= tried_before)
        )
    return list(session.scalars(query))


def active_origins(session: Session) -> list[PartnerCatalogue]:
    """Active partners, for the search filter "Herkunft"."""
    return list(
        session.scalars(
            select(PartnerCatalogue).where(PartnerCatalogue.active.is_(True)).order_by(PartnerCatalogue.label)
        )
    )


def field_options(session: Session) -> list[tuple[str, str]]:
    """Our Handlungsfelder (code, label): what the office may choose to take from a partner."""
    return [
        (t.code, t.label)
        for t in session.scalars(
            select(VocabularyTerm)
            .where(VocabularyTerm.vocabulary == "field", VocabularyTerm.active.is_(True))
            .order_by(VocabularyTerm.sort_order, VocabularyTerm.id)
        )
    ]


def known_codes(session: Session) -> dict[str, set[str]]:
    """Our active codes per vocabulary: partner codes outside these are kept as text."""
    found: dict[str, set[str]] = {}
    for term in session.scalars(select(VocabularyTerm).where(VocabularyTerm.active.is_(True))):
        found.setdefault(term.vocabulary, set()).add(term.code)
    return found
