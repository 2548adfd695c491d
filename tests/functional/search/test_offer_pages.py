"""Public offer detail, print view and provider page."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from catalogue.offers.models import Offer, OfferRevision
from catalogue.providers.models import OrganisationContact, OrganisationDistrict
from tests.factories import make_organisation, term
from tests.functional.search.helpers import listed, page, plain

DETAIL = dict(
    summary="Ein Parcours zu Alkohol und Rauchen.",
    goals="Die Klasse kennt drei Wege, Nein zu sagen.",
    description="Fünf Stationen.\n\nAbschluss im Stuhlkreis.",
    theory="Social-Norms-Ansatz",
    cost_note="Mindestens 75 Euro pro Termin.",
    funding_note="Förderung über den Präventionsfonds.",
    sessions=2,
    group_min=10,
    group_max=28,
    lead_time_weeks=6,
    booking_info="Anfrage per E-Mail.",
    contact_email="buchung@traeger.example",
    contact_phone="0371 123456",
    requirements="Turnhalle",
    preparation="Heft für Lehrkräfte",
    curriculum_link="Biologie Klasse 8",
    evaluation_kind="extern",
    evaluation_summary="Wirkung belegt.",
    external_rating="Grüne Liste Stufe 2",
    external_rating_url="https://www.gruene-liste-praevention.example/stufe2",
    accessibility_note="Rollstuhlgerecht.",
    checked_on=date(2026, 2, 1),
    cost_amount=Decimal("5"),
    cost_unit="pro_person",
    grade_from=7,
    grade_to=9,
)


@pytest.fixture
def offer(db):
    organisation = make_organisation(db, name="Suchtberatung Mitte e. V.")
    return listed(
        db,
        "Durchblick – Parcours",
        organisation=organisation,
        terms={
            "field": ("sucht",),
            "venue": ("schule",),
            "district": ("nord",),
            "school_type": ("gymnasium",),
            "format": ("projekttag",),
            "language": ("de", "ar"),
        },
        **DETAIL,
    )


def test_detail_page_starts_with_what_schools_decide_on(client, offer):
    body = page(client, f"/angebote/{offer.id}")
    text = plain(body).replace("\u00a0", " ")
    facts = text[text.index("Das Wichtigste für Ihre Entscheidung") : text.index("Ziele Die Klasse")]
    for expected in (
        "Kosten 5 € pro Person",
        "Mindestens 75 Euro pro Termin.",
        "Finanzierung: Förderung über den Präventionsfonds.",
        "Dauer 4 Unterrichtsstunden",
        "Termine 2 Termine",
        "Gruppengröße 10–28 Personen",
        "Für Klassen 7–9",
        "Schularten Gymnasium",
        "Vorlaufzeit 6 Wochen",
        "Durchführungsort In der Schule",
        "Einsatzgebiet Nord",
        "So buchen Sie Anfrage per E-Mail.",
        "Telefon: 0371 123456",
    ):
        assert expected in facts
    assert 'href="mailto:buchung@traeger.example"' in body


def test_detail_page_shows_content_seal_and_provider(client, offer):
    body = page(client, f"/angebote/{offer.id}")
    text = plain(body)
    for expected in (
        "Social-Norms-Ansatz",
        "Abschluss im Stuhlkreis.",
        "Format Projekttag",
        "Turnhalle",
        "Heft für Lehrkräfte",
        "Biologie Klasse 8",
        "Externe Wirkungsevaluation",
        "Wirkung belegt.",
        "Grüne Liste Stufe 2",
        "Sprachen: Deutsch, Arabisch",
        "Rollstuhlgerecht.",
        "Siegel vergeben am 15.01.2026",
        "Gültig bis 15.01.2028",
        "Zuletzt geprüft am 01.02.2026",
    ):
        assert expected in text
    assert 'href="https://www.gruene-liste-praevention.example/stufe2"' in body
    assert f'href="/traeger-profil/{offer_slug(offer)}"' in body
    assert f'href="/angebote/{offer.id}/drucken"' in body


def offer_slug(offer) -> str:
    from sqlalchemy.orm import object_session

    from catalogue.providers.models import Organisation

    return object_session(offer).get(Organisation, offer.organisation_id).slug


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,hi", "ftp://x.example", "//evil.example", "https://", "http://a b.example"],
)
def test_only_http_links_are_rendered_as_links(client, db, url):
    offer = listed(db, "Angebot", external_rating="Stufe 1", external_rating_url=url)
    body = page(client, f"/angebote/{offer.id}")
    assert f'href="{url}' not in body and "Stufe 1" in body


@pytest.mark.parametrize("listing", ["paused", "withdrawn", "expired", "unlisted"])
def test_offers_not_listed_live_have_no_public_page(client, db, listing):
    offer = listed(db, "Angebot", listing=listing)
    assert client.get(f"/angebote/{offer.id}").status_code == 404
    assert client.get(f"/angebote/{offer.id}/drucken").status_code == 404


def test_an_offer_without_a_live_revision_has_no_public_page(client, db):
    offer = listed(db, "Angebot")
    db.get(Offer, offer.id).live_revision_id = None
    db.flush()
    assert client.get(f"/angebote/{offer.id}").status_code == 404


def test_unknown_and_absurd_offer_ids_give_404(client, db):
    assert client.get("/angebote/999999").status_code == 404
    assert client.get("/angebote/99999999999999999999999").status_code == 404


def test_detail_shows_the_live_revision_not_a_newer_draft(client, db, offer):
    db.add(OfferRevision(offer_id=offer.id, number=2, state="draft", title="Neuer Entwurf"))
    db.flush()
    body = page(client, f"/angebote/{offer.id}")
    assert "Durchblick – Parcours" in body and "Neuer Entwurf" not in body


def test_print_view_is_one_plain_page_without_navigation(client, offer):
    body = page(client, f"/angebote/{offer.id}/drucken")
    assert "Hauptnavigation" not in body and "site-footer" not in body
    assert "Durchblick – Parcours" in body and "5\u00a0€ pro Person" in body
    assert f"http://katalog.test/angebote/{offer.id}" in body
    assert "<script>" not in body and "onclick" not in body


def test_print_view_includes_format_and_curriculum_reference(client, offer):
    body = plain(page(client, f"/angebote/{offer.id}/drucken"))
    assert "Format: Projekttag" in body
    assert "Lehrplanbezug: Biologie Klasse 8" in body


def test_provider_page_shows_description_contact_districts_consented_contacts_and_live_offers(client, db, offer):
    from catalogue.providers.models import Organisation

    organisation = db.get(Organisation, offer.organisation_id)
    organisation.description = "Beratung und Prävention seit 1990."
    organisation.website = "https://www.suchtberatung.example"
    db.add(OrganisationDistrict(organisation_id=organisation.id, term_id=term(db, "district", "ost").id))
    db.add(
        OrganisationContact(
            organisation_id=organisation.id,
            name="Katrin Eulitz",
            role="Fachstelle",
            email="k.eulitz@traeger.example",
            consent_on=date(2025, 1, 20),
        )
    )
    listed(db, "Pausiert", organisation=organisation, listing="paused")
    listed(db, "Zweites Angebot", organisation=organisation)
    body = page(client, f"/traeger-profil/{organisation.slug}")
    text = plain(body)
    for expected in (
        "Suchtberatung Mitte e. V.",
        "Beratung und Prävention seit 1990.",
        "Einsatzgebiet Ost",
        "Katrin Eulitz, Fachstelle",
        "Geprüfte Angebote (2)",
        "Durchblick – Parcours",
        "Zweites Angebot",
    ):
        assert expected in text
    assert "Pausiert" not in text
    assert f'href="/angebote/{offer.id}"' in body and 'href="https://www.suchtberatung.example"' in body
    assert f'href="mailto:{organisation.email}"' in body


def test_unverified_or_unknown_providers_have_no_public_page(client, db):
    organisation = make_organisation(db, verified=False)
    assert client.get(f"/traeger-profil/{organisation.slug}").status_code == 404
    assert client.get("/traeger-profil/gibt-es-nicht").status_code == 404


def test_start_page_cards_link_to_the_detail_page(client, offer):
    assert f'href="/angebote/{offer.id}"' in page(client, "/")
