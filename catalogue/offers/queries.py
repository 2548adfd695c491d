"""Read-side queries over offers and revisions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from catalogue.clock import today
from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.providers.models import Organisation
from catalogue.vocabularies.models import VocabularyTerm


@dataclass
class LiveOffer:
    offer: Offer
    revision: OfferRevision
    organisation: Organisation
    terms: dict[str, list[VocabularyTerm]] = field(default_factory=dict)


def terms_by_revision(session: Session, revision_ids: list[int]) -> dict[int, dict[str, list[VocabularyTerm]]]:
    """Vocabulary terms of many revisions in one query, grouped by vocabulary."""
    grouped: dict[int, dict[str, list[VocabularyTerm]]] = defaultdict(lambda: defaultdict(list))
    if not revision_ids:
        return grouped
    rows = session.execute(
        select(RevisionTerm.revision_id, VocabularyTerm)
        .join(VocabularyTerm, VocabularyTerm.id == RevisionTerm.term_id)
        .where(RevisionTerm.revision_id.in_(revision_ids))
        .order_by(VocabularyTerm.sort_order)
    )
    for revision_id, term in rows:
        grouped[revision_id][term.vocabulary].append(term)
    return grouped


def publicly_listed():
    """The one definition of "the public may see it": listed live, and the seal of the live
    revision (joined as OfferRevision) still valid today, even before the expiry job ran."""
    return and_(Offer.listing == "live", OfferRevision.seal_valid_until >= today())


def live_query(*columns):
    """Offers the public may see, with their live revision and provider."""
    return (
        select(*(columns or (Offer, OfferRevision, Organisation)))
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .join(Organisation, Organisation.id == Offer.organisation_id)
        .where(publicly_listed())
    )


def count_live_offers(session: Session) -> int:
    return session.scalar(live_query(func.count(Offer.id))) or 0


def list_live_offers(session: Session, *, page: int, per_page: int) -> list[LiveOffer]:
    """A page of publicly listed offers, newest seal first."""
    rows = session.execute(
        live_query()
        .order_by(OfferRevision.seal_awarded_on.desc(), OfferRevision.title)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    terms = terms_by_revision(session, [rev.id for _, rev, _ in rows])
    return [LiveOffer(offer, rev, org, terms[rev.id]) for offer, rev, org in rows]
