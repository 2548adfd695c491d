"""Import and export of the JSON Lines exchange format against a real database."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from catalogue.exchange.dump import export_lines
from catalogue.exchange.load import import_catalogue
from catalogue.exchange.validate import ExchangeError
from catalogue.offers.models import Offer, OfferRevision
from catalogue.providers.models import Organisation


def provider(ref="jugendhilfe-nord", **extra):
    return {
        "kind": "provider",
        "ref": ref,
        "name": "Jugendhilfe Nord e. V.",
        "org_type": "verein",
        "email": "info@jugendhilfe-nord.example",
        "districts": ["nord"],
        "verified_on": "2025-05-01",
        "contacts": [{"name": "Maria Beispiel", "role": "Leitung", "consent_on": "2025-05-02"}],
        **extra,
    }


def content(**extra):
    values = {
        "title": "Stark gegen Mobbing",
        "summary": "Projekttag zu Mobbing und Klassenklima.",
        "description": "Ablauf in drei Phasen.",
        "goals": "Die Klasse vereinbart drei Regeln.",
        "theory": "Bystander-Ansatz",
        "fields": ["gewalt"],
        "topics": ["mobbing"],
        "audiences": ["schueler"],
        "grade_from": 5,
        "grade_to": 7,
        "levels": ["universell"],
        "formats": ["projekttag"],
        "duration_value": 6,
        "duration_unit": "unterrichtsstunden",
        "sessions": 1,
        "group_min": 10,
        "group_max": 30,
        "staff_count": 2,
        "staff_qualification": "Sozialpädagogik (B. A.)",
        "venues": ["schule"],
        "districts": ["nord"],
        "is_free": False,
        "cost_amount": 180.5,
        "cost_unit": "pro_klasse",
        "booking_info": "Per E-Mail",
        "lead_time_weeks": 6,
        "contact_email": "buchung@jugendhilfe-nord.example",
        "requirements": "Ein Klassenraum",
        "evaluation_kind": "feedback",
        "languages": ["de"],
    }
    values.update(extra)
    return values


def offer(ref="stark-gegen-mobbing", **extra):
    record = {
        "kind": "offer",
        "ref": ref,
        "provider": "jugendhilfe-nord",
        "listing": "live",
        "live": content(),
        "seal": {"awarded_on": "2025-06-01", "valid_until": "2027-06-01", "checked_on": "2025-06-01"},
    }
    record.update(extra)
    return record


def lines(*records):
    return [json.dumps(r, ensure_ascii=False) for r in records]


def count(db, model):
    return db.scalar(select(func.count()).select_from(model))


def test_valid_file_imports_providers_offers_and_the_live_revision(db):
    assert import_catalogue(db, lines(provider(), offer())) == (1, 1)
    imported = db.scalar(select(Offer).where(Offer.ref == "stark-gegen-mobbing"))
    live = db.get(OfferRevision, imported.live_revision_id)
    assert (imported.listing, live.state, live.title) == ("live", "approved", "Stark gegen Mobbing")


def test_invalid_line_imports_nothing_and_names_line_and_field(db):
    bad = offer(ref="zweites-angebot", live=content(grade_from=9, grade_to=5))
    with pytest.raises(ExchangeError) as error:
        import_catalogue(db, lines(provider(), offer(), bad))
    assert error.value.errors == ['Zeile 3, Feld "live.grade_to": muss größer oder gleich grade_from sein']
    assert count(db, Organisation) == 0 and count(db, Offer) == 0


@pytest.mark.parametrize(
    "change, message",
    [
        ({"fields": ["astrologie"]}, 'Feld "live.fields": unbekannte Codes im Vokabular "field": astrologie'),
        ({"summary": "x" * 501}, 'Feld "live.summary": ist länger als 500 Zeichen (501)'),
        ({"is_free": False, "cost_amount": None}, 'Feld "live.cost_amount": ist bei kostenpflichtigen'),
        ({"title": ""}, 'Feld "live.title": ist erforderlich'),
        ({"external_rating_url": "javascript:alert(1)"}, 'Feld "live.external_rating_url": muss eine Web-Adresse'),
        ({"contact_email": "keine-adresse"}, 'Feld "live.contact_email": "keine-adresse" ist keine gültige'),
        ({"sessions": "drei"}, 'Feld "live.sessions": muss eine ganze Zahl sein'),
    ],
)
def test_each_invalid_field_is_reported_with_line_and_field(db, change, message):
    with pytest.raises(ExchangeError) as error:
        import_catalogue(db, lines(provider(), offer(live=content(**change))))
    assert any(e.startswith("Zeile 2, " + message) for e in error.value.errors), error.value.errors


def test_malformed_json_is_reported_with_its_line(db):
    with pytest.raises(ExchangeError) as error:
        import_catalogue(db, [lines(provider())[0], "{kaputt"])
    assert error.value.errors[0].startswith('Zeile 2, Feld "-": kein gültiges JSON')


def test_offer_of_undefined_provider_is_refused(db):
    with pytest.raises(ExchangeError, match='Zeile 1, Feld "provider"'):
        import_catalogue(db, lines(offer()))


def test_importing_an_existing_ref_again_imports_nothing(db):
    import_catalogue(db, lines(provider(), offer()))
    with pytest.raises(ExchangeError, match='Zeile 1, Feld "ref": Träger "jugendhilfe-nord" existiert bereits'):
        import_catalogue(db, lines(provider(), offer()))
    assert count(db, Offer) == 1


def test_draft_may_be_incomplete_but_a_submitted_revision_may_not(db):
    draft = offer(
        ref="entwurf",
        listing="unlisted",
        live=None,
        seal=None,
        pending={"state": "draft", "content": {"title": "Erst ein Titel"}},
    )
    submitted = offer(
        ref="eingereicht",
        listing="unlisted",
        live=None,
        seal=None,
        pending={"state": "submitted", "content": {"title": "Erst ein Titel"}},
    )
    assert import_catalogue(db, lines(provider(), draft)) == (1, 1)
    with pytest.raises(ExchangeError, match='Zeile 2, Feld "pending.content.summary": ist erforderlich'):
        import_catalogue(db, lines(provider(ref="anderer-traeger"), {**submitted, "provider": "anderer-traeger"}))


def test_rebase_dates_moves_every_date_by_the_distance_to_the_reference_date(db):
    meta = {"kind": "meta", "format": "praeventionskatalog/1", "exported_at": "2026-01-01"}
    import_catalogue(db, lines(meta, provider(), offer()), rebase_to=date(2026, 1, 11))
    live = db.scalar(select(OfferRevision))
    assert (live.seal_awarded_on, live.seal_valid_until) == (date(2025, 6, 11), date(2027, 6, 11))
    assert db.scalar(select(Organisation.verified_on)) == date(2025, 5, 11)


def test_export_then_import_into_an_empty_database_round_trips(db):
    pending = {
        "state": "submitted",
        "content": content(title="Stark gegen Mobbing (neu)", is_free=True, cost_amount=None, cost_unit=None),
    }
    original = lines(
        provider(), offer(pending=pending), offer(ref="pausiert", listing="paused", listing_reason="Personalwechsel")
    )
    import_catalogue(db, original)
    exported = list(export_lines(db, today=date(2026, 11, 22)))
    db.rollback()  # back to the empty database
    import_catalogue(db, exported)
    assert list(export_lines(db, today=date(2026, 11, 22))) == exported
    assert len(exported) == 4
