"""Write a validated exchange file into the database (one transaction, all or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.audit import AuditAction, record_event
from catalogue.changefeed import record_search_change
from catalogue.clock import utcnow
from catalogue.exchange.validate import ExchangeError, ParsedFile, parse_file
from catalogue.offers.content import write_content
from catalogue.offers.models import Offer, OfferRevision
from catalogue.providers.models import Organisation, OrganisationContact, OrganisationDistrict
from catalogue.vocabularies.queries import term_ids, vocabulary_codes

Progress = Callable[[int, int], None]


def import_catalogue(
    session: Session,
    lines,
    *,
    actor: User | None = None,
    rebase_to: date | None = None,
    progress: Progress | None = None,
) -> tuple[int, int]:
    """Validate every line, then write providers and offers. Returns (providers, offers).

    Raises ExchangeError (nothing written) when any record is invalid or a ref exists.
    With `rebase_to`, every date is shifted by rebase_to − exported_at.
    """
    parsed = parse_file(lines, vocabulary_codes(session))
    _refuse_existing_refs(session, parsed)
    actor_id = actor.id if actor else None
    shift = timedelta(0)
    if rebase_to is not None and parsed.exported_at is not None:
        shift = rebase_to - parsed.exported_at
    terms = term_ids(session)
    organisations = {}
    total = len(parsed.providers) + len(parsed.offers)
    done = 0
    for provider in parsed.providers:
        organisations[provider["ref"]] = _add_provider(session, provider, terms, shift)
        done += 1
        if progress:
            progress(done, total)
    for offer in parsed.offers:
        _add_offer(session, offer, organisations[offer["provider"]], terms, shift, actor_id)
        done += 1
        if progress:
            progress(done, total)
    record_event(
        session,
        action=AuditAction.CATALOGUE_IMPORTED,
        actor_id=actor_id,
        providers=len(parsed.providers),
        offers=len(parsed.offers),
    )
    session.flush()
    return len(parsed.providers), len(parsed.offers)


def _refuse_existing_refs(session: Session, parsed: ParsedFile) -> None:
    errors = []
    slugs = {p["ref"]: p["line"] for p in parsed.providers}
    refs = {o["ref"]: o["line"] for o in parsed.offers}
    for slug in session.scalars(select(Organisation.slug).where(Organisation.slug.in_(slugs))):
        errors.append(f'Zeile {slugs[slug]}, Feld "ref": Träger "{slug}" existiert bereits')
    for ref in session.scalars(select(Offer.ref).where(Offer.ref.in_(refs))):
        errors.append(f'Zeile {refs[ref]}, Feld "ref": Angebot "{ref}" existiert bereits')
    if errors:
        raise ExchangeError(sorted(errors, key=lambda e: int(e.split()[1].rstrip(","))))


def _shifted(value: date | None, shift: timedelta) -> date | None:
    return value + shift if value is not None else None


def _add_provider(session, provider: dict, terms, shift) -> Organisation:
    columns = {k: v for k, v in provider.items() if k not in {"line", "ref", "districts", "contacts", "verified_on"}}
    organisation = Organisation(slug=provider["ref"], verified_on=_shifted(provider["verified_on"], shift), **columns)
    session.add(organisation)
    session.flush()
    for code in provider["districts"]:
        session.add(OrganisationDistrict(organisation_id=organisation.id, term_id=terms[("district", code)]))
    for contact in provider["contacts"]:
        session.add(
            OrganisationContact(
                organisation_id=organisation.id, **{**contact, "consent_on": _shifted(contact["consent_on"], shift)}
            )
        )
    return organisation


def _add_offer(session, offer: dict, organisation: Organisation, terms, shift, actor_id) -> Offer:
    row = Offer(
        ref=offer["ref"],
        organisation_id=organisation.id,
        listing=offer["listing"],
        listing_reason=offer["listing_reason"],
    )
    session.add(row)
    session.flush()
    number = 0
    if offer["live"] is not None:
        number += 1
        seal = {k: _shifted(v, shift) for k, v in (offer["seal"] or {}).items()}
        live = _add_revision(session, row.id, number, "approved", offer["live"])
        live.seal_awarded_on = seal.get("awarded_on")
        live.seal_valid_until = seal.get("valid_until")
        live.checked_on = seal.get("checked_on")
        live.decided_at = utcnow()
        session.flush()
        row.live_revision_id = live.id
    if offer["pending"] is not None:
        number += 1
        pending = _add_revision(session, row.id, number, offer["pending"]["state"], offer["pending"]["content"])
        if pending.state != "draft":
            pending.submitted_at = utcnow()
    record_event(
        session,
        action=AuditAction.OFFER_IMPORTED,
        actor_id=actor_id,
        organisation_id=organisation.id,
        offer_id=row.id,
        revision_id=row.live_revision_id,
        listing=row.listing,
    )
    record_search_change(session, offer_id=row.id)
    return row


def _add_revision(session, offer_id: int, number: int, state: str, content: dict) -> OfferRevision:
    revision = OfferRevision(offer_id=offer_id, number=number, state=state)
    session.add(revision)
    session.flush()
    # Keys the file left empty keep the column defaults (an incomplete draft has no is_free).
    write_content(session, revision, {key: value for key, value in content.items() if value is not None})
    return revision
