"""Read-side queries for provider staff."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import Membership
from catalogue.offers.models import OPEN_STATES, Offer, OfferRevision
from catalogue.providers.models import Organisation


@dataclass
class OfferRow:
    offer: Offer
    live: OfferRevision | None
    open: OfferRevision | None

    @property
    def title(self) -> str:
        return (self.open or self.live).title if (self.open or self.live) else ""


def memberships_of(session: Session, user_id: int) -> list[tuple[Organisation, str]]:
    return session.execute(
        select(Organisation, Membership.role)
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user_id).order_by(Organisation.name)).all()


def offers_of(session: Session, organisation_id: int) -> list[OfferRow]:
    offers = session.scalars(select(Offer).where(Offer.organisation_id == organisation_id)
                             .order_by(Offer.id)).all()
    revisions = session.scalars(select(OfferRevision).where(
        OfferRevision.offer_id.in_([o.id for o in offers]))).all()
    live = {r.id: r for r in revisions}
    open_ = {r.offer_id: r for r in revisions if r.state in OPEN_STATES}
    return [OfferRow(o, live.get(o.live_revision_id), open_.get(o.id)) for o in offers]
