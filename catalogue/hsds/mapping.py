"""Our records in HSDS 3.0 terms: service ↔ offer, organization ↔ provider, taxonomy ↔ vocabulary.

Pure functions from loaded rows to the JSON objects of the compiled HSDS schemas
(docs/hsds-profile.md explains each choice). Fields we have no value for are left out,
never sent as null or "", because the schemas type every field as a plain string or number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from catalogue.formatting import cost_text, duration_text, german_date, grade_text
from catalogue.hsds.ids import FACTS_TAXONOMY, Links, clean, derived_id, term_id
from catalogue.hsds.taxonomies import CONTENT_FACTS, FACTS, taxonomy_term
from catalogue.offers.queries import LiveOffer
from catalogue.providers.models import Organisation, OrganisationContact
from catalogue.vocabularies.models import VocabularyTerm
from catalogue.vocabularies.registry import BY_NAME
from catalogue.vocabularies.seed import COST_UNITS

HSDS_VERSION = "3.0"


@dataclass
class ServiceRecord:
    """A live offer with what its HSDS service shows of the provider."""

    item: LiveOffer
    contacts: list[OrganisationContact]
    last_modified: datetime
    districts: list[VocabularyTerm] = field(default_factory=list)  # served by the provider


def timestamp(value: datetime) -> str:
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _number(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _joined(*parts: str | None) -> str:
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


# -- services --------------------------------------------------------------------------


def _attribute(owner_id: str, vocabulary: str, code: str, label: str, links: Links, value=None, entity="service"):
    term = taxonomy_term(vocabulary, code, label, links)
    return clean(
        {
            "id": derived_id("attribute", owner_id, vocabulary, code),
            "link_id": owner_id,
            "link_type": vocabulary,
            "link_entity": entity,
            "taxonomy_term_id": term["id"],
            "value": value,
            "taxonomy_term": term,
        }
    )


def fact_value(value) -> str | None:
    """A fact as attribute value: plain text, numbers without trailing zeros, ISO dates."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return str(_number(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _facts(record: ServiceRecord) -> dict[str, str | None]:
    rev = record.item.revision
    facts = {code: fact_value(getattr(rev, key)) for key, code in CONTENT_FACTS.items()}
    facts["qualitaetssiegel_vergeben_am"] = fact_value(rev.seal_awarded_on)
    facts["qualitaetssiegel_gueltig_bis"] = fact_value(rev.seal_valid_until)
    facts["zuletzt_geprueft_am"] = fact_value(rev.checked_on)
    return facts


def _attributes(record: ServiceRecord, service_id: str, links: Links) -> list[dict]:
    found = [
        _attribute(service_id, vocabulary, t.code, t.label, links)
        for vocabulary, terms in record.item.terms.items()
        if vocabulary in BY_NAME
        for t in terms
    ]
    found += [
        _attribute(service_id, FACTS_TAXONOMY, code, FACTS[code], links, value)
        for code, value in _facts(record).items()
        if value
    ]
    return found


def _cost_options(record: ServiceRecord, service_id: str) -> list[dict]:
    rev = record.item.revision
    option = {
        "id": derived_id("cost_option", service_id),
        "service_id": service_id,
        "currency": "EUR",
        "amount_description": rev.cost_note,
    }
    if rev.is_free:
        option.update(option="kostenfrei", amount=0)
    elif rev.cost_amount is not None:
        option.update(option=COST_UNITS.get(rev.cost_unit or "", rev.cost_unit), amount=_number(rev.cost_amount))
    elif not rev.cost_note:
        return []
    return [clean(option)]


def _languages(record: ServiceRecord, service_id: str) -> list[dict]:
    return [
        clean(
            {
                "id": derived_id("language", service_id, t.code),
                "service_id": service_id,
                "name": t.label,
                "code": t.code,
            }
        )
        for t in record.item.terms.get("language", [])
    ]


def _service_areas(record: ServiceRecord, service_id: str, links: Links) -> list[dict]:
    return [
        clean(
            {
                "id": derived_id("service_area", service_id, t.code),
                "service_id": service_id,
                "name": t.label,
                "uri": links.api(f"/taxonomy_terms/{term_id('district', t.code)}"),
            }
        )
        for t in record.item.terms.get("district", [])
    ]


def _phone(owner: str, owner_id: str, number: str, **links) -> dict:
    return clean({"id": derived_id("phone", owner, owner_id, number), "number": number, "type": "voice", **links})


def _service_contacts(record: ServiceRecord, service_id: str) -> list[dict]:
    rev = record.item.revision
    if not (rev.contact_name or rev.contact_email or rev.contact_phone):
        return []
    contact_id = derived_id("contact", service_id)
    phones = [_phone("contact", contact_id, rev.contact_phone, contact_id=contact_id)] if rev.contact_phone else []
    return [
        clean(
            {
                "id": contact_id,
                "service_id": service_id,
                "name": rev.contact_name,
                "title": "Buchung und Rückfragen",
                "email": rev.contact_email,
                "phones": phones,
            }
        )
    ]


def _schedules(record: ServiceRecord, service_id: str) -> list[dict]:
    """No fixed dates (offers are booked on request); what is known is their length (in words)."""
    rev = record.item.revision
    length = duration_text(rev.duration_value, rev.duration_unit)
    sessions = f"{rev.sessions} Termine" if rev.sessions and rev.sessions > 1 else ""
    description = ", ".join(part for part in (sessions, length) if part)
    if not description:
        return []
    return [
        {
            "id": derived_id("schedule", service_id),
            "service_id": service_id,
            "description": f"Nach Vereinbarung; Umfang: {description}",
            "attending_type": "in person or online" if _is_online(record) else "in person",
        }
    ]


def _is_online(record: ServiceRecord) -> bool:
    return any(t.code == "online" for t in record.item.terms.get("venue", []))


def _metadata(record: ServiceRecord, service_id: str) -> list[dict]:
    rev = record.item.revision
    decided = rev.decided_at or rev.updated_at
    return [
        {
            "id": derived_id("metadata", service_id, fact_value(rev.seal_awarded_on) or ""),
            "resource_id": service_id,
            "resource_type": "service",
            "last_action_date": timestamp(decided),
            "last_action_type": "approved",
            # Approval always moves a revision from review to approved.
            "field_name": "status",
            "previous_value": "in_review",
            "replacement_value": "approved",
            "updated_by": "Koordinierungsstelle",
        }
    ]


def service_summary(record: ServiceRecord, links: Links, *, office_email: str) -> dict:
    """The one-to-one fields of a service (list entries), with its organization's basics."""
    item, rev = record.item, record.item.revision
    service_id = item.offer.public_id
    seal = f"Qualitätssiegel der Koordinierungsstelle, gültig bis {german_date(rev.seal_valid_until)}"
    return clean(
        {
            "id": service_id,
            "organization_id": item.organisation.public_id,
            "name": rev.title,
            "alternate_name": item.offer.ref,
            "description": rev.description or rev.summary,
            "url": links.offer_page(item.offer.id),
            "email": rev.contact_email,
            "status": "active",
            "application_process": rev.booking_info,
            "fees_description": _joined(
                cost_text(rev.is_free, rev.cost_amount, rev.cost_unit), rev.cost_note, rev.funding_note
            ),
            "wait_time": None if rev.lead_time_weeks is None else f"{rev.lead_time_weeks} Wochen Vorlauf",
            "accreditations": _joined(seal, rev.external_rating),
            "eligibility_description": grade_text(rev.grade_from, rev.grade_to, rev.age_from, rev.age_to),
            "minimum_age": rev.age_from,
            "maximum_age": rev.age_to,
            "assured_date": _iso(rev.checked_on or rev.seal_awarded_on),
            "assurer_email": office_email,
            "last_modified": timestamp(record.last_modified),
            "organization": organization_summary(item.organisation, links),
        }
    )


def service_full(record: ServiceRecord, links: Links, *, office_email: str) -> dict:
    service_id = record.item.offer.public_id
    service = service_summary(record, links, office_email=office_email)
    phone = record.item.revision.contact_phone
    service.update(
        clean(
            {
                "phones": [_phone("service", service_id, phone, service_id=service_id)] if phone else [],
                "schedules": _schedules(record, service_id),
                "service_areas": _service_areas(record, service_id, links),
                "languages": _languages(record, service_id),
                "organization": organization_full(record.item.organisation, record.contacts, record.districts, links),
                "cost_options": _cost_options(record, service_id),
                "contacts": _service_contacts(record, service_id),
                "attributes": _attributes(record, service_id, links),
                "metadata": _metadata(record, service_id),
            }
        )
    )
    return service


# -- organizations ---------------------------------------------------------------------


def organization_summary(org: Organisation, links: Links) -> dict:
    return clean(
        {
            "id": org.public_id,
            "name": org.name,
            "description": org.description or org.name,
            "email": org.email,
            "website": org.website,
            "legal_status": org.legal_form,
            "uri": links.provider_page(org.slug) if org.is_verified else None,
        }
    )


def _address(org: Organisation, location_id: str, links: Links) -> list[dict]:
    if not (org.street and org.city and org.postcode):
        return []
    return [
        {
            "id": derived_id("address", location_id),
            "location_id": location_id,
            "address_1": org.street,
            "city": org.city,
            "state_province": links.state_province,
            "postal_code": org.postcode,
            "country": "DE",
            "address_type": "postal",
        }
    ]


def _locations(org: Organisation, links: Links) -> list[dict]:
    location_id = derived_id("location", org.public_id)
    addresses = _address(org, location_id, links)
    if not addresses:
        return []
    return [
        {
            "id": location_id,
            "location_type": "postal",
            "organization_id": org.public_id,
            "name": org.name,
            "addresses": addresses,
        }
    ]


def _org_contact(org: Organisation, contact: OrganisationContact) -> dict:
    contact_id = derived_id("contact", org.public_id, contact.name, contact.email)
    phones = [_phone("contact", contact_id, contact.phone, contact_id=contact_id)] if contact.phone else []
    return clean(
        {
            "id": contact_id,
            "organization_id": org.public_id,
            "name": contact.name,
            "title": contact.role,
            "email": contact.email,
            "phones": phones,
        }
    )


def _org_attributes(org: Organisation, districts: list[VocabularyTerm], links: Links) -> list[dict]:
    """The districts it serves, and its kind, key and verification as Merkmale."""
    found = [_attribute(org.public_id, "district", t.code, t.label, links, entity="organization") for t in districts]
    facts = {"traegerart": org.org_type, "kennung": org.slug, "traeger_geprueft_am": fact_value(org.verified_on)}
    found += [
        _attribute(org.public_id, FACTS_TAXONOMY, code, FACTS[code], links, value, entity="organization")
        for code, value in facts.items()
        if value
    ]
    return found


def organization_full(
    org: Organisation, contacts: list[OrganisationContact], districts: list[VocabularyTerm], links: Links
) -> dict:
    """The organization with its consented contacts, phone, postal address and Merkmale."""
    record = organization_summary(org, links)
    record.update(
        clean(
            {
                "phones": [_phone("organization", org.public_id, org.phone, organization_id=org.public_id)]
                if org.phone
                else [],
                "contacts": [_org_contact(org, contact) for contact in contacts],
                "locations": _locations(org, links),
                "attributes": _org_attributes(org, districts, links),
            }
        )
    )
    return record
