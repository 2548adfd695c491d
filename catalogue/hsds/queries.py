"""What the HSDS API reads: published services, their providers, the vocabularies.

Only offers the public may see appear (`live_query`); an organization appears while it
has at least one of them. Lists are ordered by a stable key (the row id), so a client
paging through a harvest neither skips nor repeats a record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from catalogue.hsds.mapping import ServiceRecord
from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.offers.queries import LiveOffer, live_query, publicly_listed, terms_by_revision
from catalogue.providers.models import Organisation, OrganisationContact, OrganisationDistrict
from catalogue.search.fallback import conditions
from catalogue.search.params import SearchParams
from catalogue.vocabularies.models import VocabularyTerm


@dataclass(frozen=True)
class ServiceFilters:
    """The filters of /services, AND-combined: our search parameters plus the HSDS ones."""

    params: SearchParams = field(default_factory=SearchParams)
    organization_id: str | None = None
    modified_after: datetime | None = None
    vocabularies: tuple[str, ...] = ()  # taxonomy_id: services with any term of these


@dataclass
class Page:
    items: list
    total: int
    page: int
    per_page: int


def _has_vocabulary(vocabulary: str):
    return exists(
        select(RevisionTerm.revision_id)
        .join(VocabularyTerm, VocabularyTerm.id == RevisionTerm.term_id)
        .where(RevisionTerm.revision_id == OfferRevision.id, VocabularyTerm.vocabulary == vocabulary)
    )


def _service_conditions(filters: ServiceFilters) -> list:
    found = conditions(filters.params)
    if filters.organization_id is not None:
        found.append(Organisation.public_id == filters.organization_id)
    if filters.modified_after is not None:
        moment = filters.modified_after
        found.append(
            or_(Offer.updated_at >= moment, OfferRevision.decided_at >= moment, Organisation.updated_at >= moment)
        )
    found += [_has_vocabulary(vocabulary) for vocabulary in filters.vocabularies]
    return found


def _last_modified(offer: Offer, revision: OfferRevision, organisation: Organisation) -> datetime:
    moments = [offer.updated_at, revision.decided_at or revision.updated_at, organisation.updated_at]
    return max(moment for moment in moments if moment is not None)


def _districts(session: Session, organisation_ids: set[int]) -> dict[int, list[VocabularyTerm]]:
    found: dict[int, list[VocabularyTerm]] = {}
    rows = session.execute(
        select(OrganisationDistrict.organisation_id, VocabularyTerm)
        .join(VocabularyTerm, VocabularyTerm.id == OrganisationDistrict.term_id)
        .where(OrganisationDistrict.organisation_id.in_(organisation_ids))
        .order_by(VocabularyTerm.sort_order)
    )
    for organisation_id, term in rows:
        found.setdefault(organisation_id, []).append(term)
    return found


def _contacts(session: Session, organisation_ids: set[int]) -> dict[int, list[OrganisationContact]]:
    """Named contacts, each published only with the consent recorded for it."""
    found: dict[int, list[OrganisationContact]] = {}
    rows = session.scalars(
        select(OrganisationContact)
        .where(
            OrganisationContact.organisation_id.in_(organisation_ids),
            OrganisationContact.consent_on.is_not(None),
        )
        .order_by(OrganisationContact.id)
    )
    for contact in rows:
        found.setdefault(contact.organisation_id, []).append(contact)
    return found


def _records(session: Session, rows, *, with_contacts: bool) -> list[ServiceRecord]:
    terms = terms_by_revision(session, [revision.id for _, revision, _ in rows])
    organisation_ids = {org.id for _, _, org in rows} if with_contacts else set()
    contacts, districts = _contacts(session, organisation_ids), _districts(session, organisation_ids)
    return [
        ServiceRecord(
            LiveOffer(offer, revision, org, terms[revision.id]),
            contacts.get(org.id, []),
            _last_modified(offer, revision, org),
            districts.get(org.id, []),
        )
        for offer, revision, org in rows
    ]


def services_page(session: Session, filters: ServiceFilters, *, page: int, per_page: int, full: bool = False) -> Page:
    where = _service_conditions(filters)
    total = session.scalar(live_query(func.count(Offer.id)).where(*where)) or 0
    rows = session.execute(
        live_query().where(*where).order_by(Offer.id).limit(per_page).offset((page - 1) * per_page)
    ).all()
    return Page(_records(session, rows, with_contacts=full), total, page, per_page)


def service(session: Session, public_id: str) -> ServiceRecord | None:
    rows = session.execute(live_query().where(Offer.public_id == public_id)).all()
    records = _records(session, rows, with_contacts=True)
    return records[0] if records else None


def _has_public_offer():
    return exists(
        select(Offer.id)
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .where(Offer.organisation_id == Organisation.id, publicly_listed())
    )


def organizations_page(session: Session, *, text: str, page: int, per_page: int) -> Page:
    where = [_has_public_offer()]
    if text:
        where.append(func.lower(Organisation.name).contains(text.lower(), autoescape=True))
    total = session.scalar(select(func.count(Organisation.id)).where(*where)) or 0
    rows = session.scalars(
        select(Organisation).where(*where).order_by(Organisation.id).limit(per_page).offset((page - 1) * per_page)
    ).all()
    return Page(list(rows), total, page, per_page)


def organization(
    session: Session, public_id: str
) -> tuple[Organisation, list[OrganisationContact], list[VocabularyTerm]] | None:
    org = session.scalar(select(Organisation).where(Organisation.public_id == public_id, _has_public_offer()))
    if org is None:
        return None
    return org, _contacts(session, {org.id}).get(org.id, []), _districts(session, {org.id}).get(org.id, [])


def all_terms(session: Session) -> list[VocabularyTerm]:
    """Every term, also retired ones: published services may still name them."""
    return list(
        session.scalars(
            select(VocabularyTerm).order_by(VocabularyTerm.vocabulary, VocabularyTerm.sort_order, VocabularyTerm.id)
        )
    )
