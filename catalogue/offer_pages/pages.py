"""What every provider offer page needs: the blueprint and loading the offer, revision and organisation."""

from __future__ import annotations

from flask import Blueprint

from catalogue.db import get_session
from catalogue.errors import NotFound
from catalogue.offers import services
from catalogue.offers.models import Offer, OfferRevision
from catalogue.providers.models import Organisation
from catalogue.security import current_actor

bp = Blueprint("offers", __name__, url_prefix="/traeger/angebote")


def load_offer(offer_id: int) -> Offer:
    return services.provider_offer(get_session(), current_actor(), offer_id)


def load_revision(offer_id: int, revision_id: int) -> tuple[Offer, OfferRevision]:
    offer, revision = services.provider_revision(get_session(), current_actor(), revision_id)
    if offer.id != offer_id:
        raise NotFound()
    return offer, revision


def organisation_of(offer: Offer) -> Organisation:
    return get_session().get(Organisation, offer.organisation_id)
