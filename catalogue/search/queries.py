"""Read-side queries of the public pages: live offers by id, one offer, providers, vocabularies.

"Live" always means publicly listed (`offers.queries.publicly_listed`: listing "live" and a
seal still valid today). Everything public is read through `offers.queries.live_query`, so a
stale search index can name an offer that is no longer listed, but never make it appear.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.offers.queries import LiveOffer, live_query, publicly_listed, terms_by_revision
from catalogue.providers.models import Organisation, OrganisationContact, OrganisationDistrict
from catalogue.vocabularies.models import VocabularyTerm
from catalogue.vocabularies.seed import TERMS


@dataclass(frozen=True)
class Option:
    code: str
    label: str


@dataclass
class ProviderPage:
    organisation: Organisation
    districts: list[VocabularyTerm]
    contacts: list[OrganisationContact]
    offers: list[LiveOffer]


def _with_terms(session: Session, rows) -> list[LiveOffer]:
    terms = terms_by_revision(session, [revision.id for _, revision, _ in rows])
    return [LiveOffer(offer, revision, org, terms[revision.id]) for offer, revision, org in rows]


def live_offers_by_ids(session: Session, ids: list[int] | tuple[int, ...]) -> list[LiveOffer]:
    """The live offers among `ids`, in the order given; anything not live is left out."""
    if not ids:
        return []
    rows = session.execute(live_query().where(Offer.id.in_(list(ids)))).all()
    by_id = {offer.id: item for item, (offer, _, _) in zip(_with_terms(session, rows), rows, strict=True)}
    return [by_id[i] for i in ids if i in by_id]


def live_stamps(session: Session, ids: list[int] | tuple[int, ...]) -> dict[int, tuple]:
    """For the live offers among `ids`: what their search result card shows changes only
    with this tuple (live revision and its last change, seal, provider name and change)."""
    if not ids:
        return {}
    rows = session.execute(
        live_query(
            Offer.id,
            Offer.live_revision_id,
            OfferRevision.updated_at,
            OfferRevision.seal_valid_until,
            Organisation.name,
            Organisation.updated_at,
        ).where(Offer.id.in_(list(ids)))
    )
    return {row[0]: tuple(row) for row in rows}


def live_offer(session: Session, offer_id: int) -> LiveOffer | None:
    offers = live_offers_by_ids(session, [offer_id])
    return offers[0] if offers else None


def vocabulary_options(session: Session) -> dict[str, list[Option]]:
    """Active terms of every vocabulary, in the office's order."""
    options: dict[str, list[Option]] = {name: [] for name in TERMS}
    rows = session.execute(
        select(VocabularyTerm.vocabulary, VocabularyTerm.code, VocabularyTerm.label)
        .where(VocabularyTerm.active.is_(True))
        .order_by(VocabularyTerm.vocabulary, VocabularyTerm.sort_order, VocabularyTerm.id)
    )
    for vocabulary, code, label in rows:  # plain rows: entities cost ~1 ms per search page
        options.setdefault(vocabulary, []).append(Option(code, label))
    return options


def field_counts(session: Session) -> list[tuple[Option, int]]:
    """Handlungsfelder with their number of live offers (start page entry points)."""
    rows = session.execute(
        select(VocabularyTerm, func.count(Offer.id))
        .join(RevisionTerm, RevisionTerm.term_id == VocabularyTerm.id)
        .join(Offer, Offer.live_revision_id == RevisionTerm.revision_id)
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .where(VocabularyTerm.vocabulary == "field", VocabularyTerm.active.is_(True), publicly_listed())
        .group_by(VocabularyTerm.id)
        .order_by(VocabularyTerm.sort_order, VocabularyTerm.id)
    ).all()
    return [(Option(term.code, term.label), count) for term, count in rows]


def provider_page(session: Session, slug: str) -> ProviderPage | None:
    """A verified provider with its districts, consented contacts and live offers."""
    organisation = session.scalar(
        select(Organisation).where(Organisation.slug == slug, Organisation.verified_on.is_not(None))
    )
    if organisation is None:
        return None
    districts = list(
        session.scalars(
            select(VocabularyTerm)
            .join(OrganisationDistrict, OrganisationDistrict.term_id == VocabularyTerm.id)
            .where(OrganisationDistrict.organisation_id == organisation.id)
            .order_by(VocabularyTerm.sort_order)
        )
    )
    contacts = list(
        session.scalars(
            select(OrganisationContact)
            .where(OrganisationContact.organisation_id == organisation.id)
            .order_by(OrganisationContact.id)
        )
    )
    rows = session.execute(
        live_query().where(Offer.organisation_id == organisation.id).order_by(OfferRevision.title, Offer.id)
    ).all()
    return ProviderPage(organisation, districts, contacts, _with_terms(session, rows))
