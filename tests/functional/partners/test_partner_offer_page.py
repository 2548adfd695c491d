"""The page of a partner offer: its own URL, marked, with the partner's seal and a link to the original."""

from __future__ import annotations

from catalogue.partners.services import set_partner_active
from tests.factories import make_user
from tests.functional.partners.helpers import partner, partner_offer
from tests.functional.search.helpers import page


def test_partner_offer_page_names_catalogue_seal_and_original(db, client):
    offer = partner_offer(db, partner(db), "Klartext Cannabis", seal_text="Siegel des Landesrats bis 2027")
    html = page(client, f"/partnerangebote/{offer.id}")
    assert '<h1 id="angebot-titel">Klartext Cannabis</h1>' in html
    assert "Aus dem Katalog von Landespräventionsrat." in html and "Siegel des Landesrats bis 2027" in html
    assert '<a href="https://land.example/angebote/7" rel="noopener noreferrer">Zum Original' in html


def test_partner_offer_page_shows_our_labels_and_foreign_terms(db, client):
    offer = partner_offer(
        db, partner(db), "Klartext", codes={"field": ["sucht"], "format": ["workshop"]}, other_terms="Azubis"
    )
    html = page(client, f"/partnerangebote/{offer.id}")
    assert "<li>Suchtprävention</li>" in html and "<li>Azubis</li>" in html and "Workshop" in html


def test_a_link_that_is_not_a_web_address_is_not_shown(db, client):
    offer = partner_offer(db, partner(db), "Klartext", original_url="javascript:alert(1)")
    assert "javascript:" not in page(client, f"/partnerangebote/{offer.id}")


def test_partner_offer_page_is_gone_when_the_partner_is_deactivated(db, client):
    catalogue = partner(db)
    offer = partner_offer(db, catalogue, "Klartext")
    set_partner_active(db, actor=make_user(db, office_role="admin"), partner_id=catalogue.id, active=False)
    assert client.get(f"/partnerangebote/{offer.id}").status_code == 404


def test_unknown_partner_offer_is_404(client):
    assert client.get("/partnerangebote/999999").status_code == 404
