"""Partner catalogues and stored partner offers for the page tests (the pull is tested in integration)."""

from __future__ import annotations

import json

from catalogue.changefeed import record_partner_change
from catalogue.partners.models import PartnerCatalogue, PartnerOffer


def partner(db, name: str = "Landesrat", label: str = "Landespräventionsrat", **extra) -> PartnerCatalogue:
    catalogue = PartnerCatalogue(name=name, label=label, base_url="https://land.example/api/hsds/v3", **extra)
    db.add(catalogue)
    db.flush()
    return catalogue


def partner_offer(db, catalogue: PartnerCatalogue, title: str, *, codes: dict | None = None, **extra) -> PartnerOffer:
    values = {
        "summary": "Ein Projekttag aus dem Nachbarkatalog.",
        "description": "Ablauf des Projekttags.",
        "provider_name": "Fachstelle Land",
        "original_url": "https://land.example/angebote/7",
        "seal_text": "Grüne Liste Prävention, Stufe 2",
        **extra,
    }
    offer = PartnerOffer(
        partner_id=catalogue.id,
        service_id=f"svc-{title}",
        title=title,
        codes=json.dumps(codes or {"field": ["sucht"]}),
        **values,
    )
    db.add(offer)
    db.flush()
    record_partner_change(db, partner_offer_id=offer.id)
    db.flush()
    return offer
