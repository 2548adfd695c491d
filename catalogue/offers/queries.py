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
    terms: dict[str, list[Term]] = field(default_factory=dict)


@dataclass(frozen=True)
class Term:
    """A vocabulary term as read by the public pages: the columns of VocabularyTerm.

    Plain rows instead of ORM entities: twenty search results carry ~200 terms, and
    building them as entities was a tenth of a search page's time."""

    id: int
    vocabulary: str
    code: str
    label: str
    sort_order: int
    active: bool


_TERM_COLUMNS = tuple(getattr(VocabularyTerm, name) for name in Term.__dataclass_fields__)


def terms_by_revision(session: Session, revision_ids: list[int]) -> dict[int, dict[str, list[Term]]]:
    """Vocabulary terms of many revisions in one query, grouped by vocabulary."""
    grouped: dict[int, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
    if not revision_ids:
        return grouped
    rows = session.execute(
        select(RevisionTerm.revision_id, *_TERM_COLUMNS)
        .join(VocabularyTerm, VocabularyTerm.id == RevisionTerm.term_id)
        .where(RevisionTerm.revision_id.in_(revision_ids))
        .order_by(VocabularyTerm.sort_order)
    )
    for revision_id, *columns in rows:
        term = Term(*columns)
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
