"""Office services for partner catalogues: register, edit, deactivate and reactivate (audited)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.audit import AuditAction, record_event
from catalogue.changefeed import record_partner_change
from catalogue.clock import utcnow
from catalogue.errors import NotFound, ValidationFailed
from catalogue.partners.models import PartnerCatalogue, PartnerOffer
from catalogue.permissions import is_office_admin, require
from catalogue.weburl import WEB_URL_MESSAGE, is_web_url

ADMINS_ONLY = "Partnerkataloge verwalten dürfen nur Administrator*innen der Koordinierungsstelle."


def _check(session: Session, *, name: str, base_url: str, partner_id: int | None = None) -> None:
    if not is_web_url(base_url):
        raise ValidationFailed(WEB_URL_MESSAGE, field="base_url")
    taken = session.scalar(select(PartnerCatalogue.id).where(PartnerCatalogue.name == name))
    if taken is not None and taken != partner_id:
        raise ValidationFailed("Einen Partnerkatalog mit diesem Namen gibt es schon.", field="name")


def register_partner(
    session: Session, *, actor: User, name: str, label: str, base_url: str, fields: list[str]
) -> PartnerCatalogue:
    """A new partner catalogue; its offers arrive with the next pull."""
    require(is_office_admin(actor), ADMINS_ONLY)
    base_url = base_url.strip().rstrip("/")
    _check(session, name=name, base_url=base_url)
    partner = PartnerCatalogue(name=name, label=label, base_url=base_url, fields=",".join(fields))
    session.add(partner)
    session.flush()
    record_event(
        session,
        action=AuditAction.PARTNER_REGISTERED,
        actor_id=actor.id,
        partner=name,
        base_url=base_url,
        fields=fields,
    )
    session.flush()
    return partner


def update_partner(
    session: Session, *, actor: User, partner_id: int, name: str, label: str, base_url: str, fields: list[str]
) -> PartnerCatalogue:
    """Change name, label, address or Handlungsfelder; a new address or new fields start a full pull."""
    require(is_office_admin(actor), ADMINS_ONLY)
    partner = _get(session, partner_id)
    base_url = base_url.strip().rstrip("/")
    _check(session, name=name, base_url=base_url, partner_id=partner_id)
    if base_url != partner.base_url or ",".join(fields) != partner.fields:
        partner.cursor = partner.list_etag = ""
        for offer in _offers(session, partner_id):  # taken again from the (new) source at the next pull
            record_partner_change(session, partner_offer_id=offer.id)
            session.delete(offer)
    elif label != partner.label:
        for offer in _offers(session, partner_id):  # the label is indexed with each offer
            record_partner_change(session, partner_offer_id=offer.id)
    partner.name, partner.label, partner.base_url, partner.fields = name, label, base_url, ",".join(fields)
    partner.updated_at = utcnow()
    record_event(
        session, action=AuditAction.PARTNER_UPDATED, actor_id=actor.id, partner=name, base_url=base_url, fields=fields
    )
    session.flush()
    return partner


def set_partner_active(session: Session, *, actor: User, partner_id: int, active: bool) -> PartnerCatalogue:
    """A deactivated partner is not pulled and its offers leave search at once; they return on reactivation."""
    require(is_office_admin(actor), ADMINS_ONLY)
    partner = _get(session, partner_id)
    partner.active = active
    partner.updated_at = utcnow()
    for offer in _offers(session, partner_id):
        record_partner_change(session, partner_offer_id=offer.id)
    action = AuditAction.PARTNER_REACTIVATED if active else AuditAction.PARTNER_DEACTIVATED
    record_event(session, action=action, actor_id=actor.id, partner=partner.name)
    session.flush()
    return partner


def _get(session: Session, partner_id: int) -> PartnerCatalogue:
    partner = session.get(PartnerCatalogue, partner_id)
    if partner is None:
        raise NotFound()
    return partner


def _offers(session: Session, partner_id: int) -> list[PartnerOffer]:
    return list(session.scalars(select(PartnerOffer).where(PartnerOffer.partner_id == partner_id)))
