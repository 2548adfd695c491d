"""The office's partner catalogues: register, edit, deactivate (admins, audited); the overview reports pulls."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from catalogue.audit import AuditEvent
from catalogue.changefeed import SearchChange, partner_key
from catalogue.partners.models import PartnerCatalogue, PartnerOffer
from tests.factories import make_user
from tests.functional.org_helpers import post_form, text
from tests.functional.partners.helpers import partner, partner_offer
from tests.helpers import log_in

LIST = "/koordination/partnerkataloge"
FORM = {"name": "Landesrat", "label": "Landespräventionsrat", "base_url": "https://land.example/api/hsds/v3/"}


def events(db, action: str) -> list[dict]:
    return [json.loads(e.details) for e in db.scalars(select(AuditEvent).where(AuditEvent.action == action))]


def stored(db, name: str) -> PartnerCatalogue | None:
    db.expire_all()
    return db.scalar(select(PartnerCatalogue).where(PartnerCatalogue.name == name))


@pytest.fixture
def admin(client, db):
    user = make_user(db, office_role="admin")
    log_in(client, user)
    return user


def test_admin_registers_a_partner_with_chosen_fields(client, db, admin):
    response = post_form(client, LIST, {**FORM, "fields": ["sucht", "medien"]})
    assert response.status_code == 302
    catalogue = stored(db, "Landesrat")
    assert catalogue.base_url == "https://land.example/api/hsds/v3" and catalogue.field_codes == ("sucht", "medien")
    assert events(db, "partner.registered")[0]["fields"] == ["sucht", "medien"]
    assert "Landespräventionsrat" in text(client.get(LIST)) and "Noch nicht abgerufen" in text(client.get(LIST))


def test_a_base_url_that_is_no_web_address_is_refused_next_to_the_field_keeping_the_input(client, db, admin):
    response = post_form(client, LIST, {**FORM, "base_url": "ftp://land.example"})
    html = text(response)
    assert response.status_code == 400 and stored(db, "Landesrat") is None
    assert 'id="base_url-fehler"' in html and "mit http:// oder https:// beginnt" in html
    assert 'value="Landespräventionsrat"' in html


def test_a_second_partner_of_the_same_name_is_refused(client, db, admin):
    partner(db, name="Landesrat")
    response = post_form(client, LIST, FORM)
    assert response.status_code == 400 and "Einen Partnerkatalog mit diesem Namen gibt es schon." in text(response)


def test_missing_fields_are_named_in_german(client, db, admin):
    response = post_form(client, LIST, {"name": "", "label": "", "base_url": ""})
    assert response.status_code == 400 and text(response).count("Bitte füllen Sie dieses Feld aus.") >= 3


def test_editing_the_label_keeps_the_offers_and_reindexes_them(client, db, admin):
    catalogue = partner(db)
    offer = partner_offer(db, catalogue, "Klartext")
    path = f"{LIST}/{catalogue.id}"
    response = post_form(client, path, {"name": catalogue.name, "label": "Neuer Name", "base_url": catalogue.base_url})
    assert response.status_code == 302 and stored(db, catalogue.name).label == "Neuer Name"
    assert db.get(PartnerOffer, offer.id) is not None
    changes = db.scalars(select(SearchChange.offer_id).where(SearchChange.offer_id == partner_key(offer.id))).all()
    assert len(changes) == 2  # arrival and relabelling
    assert events(db, "partner.updated")[0]["partner"] == catalogue.name


def test_a_new_address_drops_the_offers_for_a_full_pull(client, db, admin):
    catalogue = partner(db, cursor="2026-11-01T00:00:00Z")
    partner_offer(db, catalogue, "Klartext")
    post_form(
        client, f"{LIST}/{catalogue.id}", {**FORM, "name": catalogue.name, "base_url": "https://neu.example/hsds"}
    )
    db.expire_all()
    assert db.scalars(select(PartnerOffer)).all() == [] and stored(db, catalogue.name).cursor == ""


def test_the_edit_form_shows_the_chosen_fields(client, db, admin):
    catalogue = partner(db, fields="gewalt")
    html = text(client.get(f"{LIST}/{catalogue.id}"))
    assert re.search(r'<input checked id="fields-\d+" name="fields" type="checkbox" value="gewalt">', html)
    assert not re.search(r'<input checked [^>]*value="sucht">', html)


def test_deactivate_and_reactivate_are_audited(client, db, admin):
    catalogue = partner(db)
    post_form(client, f"{LIST}/{catalogue.id}/deaktivieren", {}, form_page=LIST)
    assert not stored(db, catalogue.name).active
    post_form(client, f"{LIST}/{catalogue.id}/aktivieren", {}, form_page=LIST)
    assert stored(db, catalogue.name).active
    assert len(events(db, "partner.deactivated")) == len(events(db, "partner.reactivated")) == 1


def test_reviewer_sees_the_list_without_the_form(client, db):
    partner(db)
    log_in(client, make_user(db, office_role="reviewer"))
    html = text(client.get(LIST))
    assert "Landespräventionsrat" in html and "Partnerkatalog eintragen" not in html


def test_unknown_partner_is_404(client, db, admin):
    assert client.get(f"{LIST}/999999").status_code == 404


def test_overview_reports_the_last_success(client, db, admin):
    partner(
        db,
        last_success_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        last_attempt_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
    )
    html = text(client.get("/koordination/"))
    assert "Partnerkataloge" in html and "Zuletzt erfolgreich abgerufen: 01.12.2026" in html


def test_overview_says_when_a_partner_never_succeeded(client, db, admin):
    partner(
        db, last_attempt_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC), last_error="Der Partner antwortete mit HTTP 500"
    )
    html = text(client.get("/koordination/"))
    assert "Letzter Abruf fehlgeschlagen" in html and "Noch nie erfolgreich abgerufen." in html
