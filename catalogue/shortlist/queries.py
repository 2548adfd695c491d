"""The shortlist's entries: live offers in full, anything else as "nicht mehr im Katalog"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.queries import LiveOffer
from catalogue.search.queries import live_offers_by_ids


@dataclass(frozen=True)
class Entry:
    offer_id: int
    item: LiveOffer | None  # None: withdrawn, paused, expired or unknown
    former_title: str = ""  # the title it had while it was public, if it ever was


def shortlist_entries(session: Session, ids: list[int]) -> list[Entry]:
    """One entry per id in the list's order; offers no longer public keep their old title."""
    live = {item.offer.id: item for item in live_offers_by_ids(session, ids)}
    gone = [i for i in ids if i not in live]
    titles = _former_titles(session, gone) if gone else {}
    return [Entry(i, live.get(i), titles.get(i, "")) for i in ids]


def _former_titles(session: Session, ids: list[int]) -> dict[int, str]:
    """Titles of the last published revision; never the title of an unpublished draft."""
    rows = session.execute(
        select(Offer.id, OfferRevision.title)
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .where(Offer.id.in_(ids), OfferRevision.seal_awarded_on.is_not(None))
    )
    return dict(rows.all())
