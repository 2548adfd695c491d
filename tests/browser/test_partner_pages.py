"""Partner catalogues in the browser: the office's list and form, a partner offer in search and on
its own page; zero axe-core violations and reflow at 320 CSS pixels."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from catalogue.changefeed import record_partner_change
from catalogue.db import make_engine
from catalogue.partners.models import PartnerCatalogue, PartnerOffer
from catalogue.paths import ROOT
from tests.browser.test_accessibility_pages import assert_accessible
from tests.browser.test_review_journey import log_in_by_keyboard


def _sync_index(live_folder) -> None:
    env = {
        "APP_ENV": "development",
        "INSTANCE_PATH": str(live_folder / "instance"),
        "DATABASE_URL": f"sqlite:///{live_folder / 'live.sqlite3'}",
        "SEARCH_INDEX_DIR": str(live_folder / "index"),
        "PYTHONWARNINGS": "ignore",
    }
    command = [sys.executable, "-m", "flask", "--app", "wsgi", "search", "sync"]
    subprocess.run(command, cwd=ROOT, env={**os.environ, **env}, check=True, capture_output=True)


@pytest.fixture
def partner_offer_id(live_server, live_folder):
    """A partner catalogue with one offer in the live database, indexed; removed afterwards."""
    engine = make_engine(f"sqlite:///{live_folder / 'live.sqlite3'}")
    with Session(engine, expire_on_commit=False) as session:
        partner = PartnerCatalogue(name="Landesrat", label="Landespräventionsrat", base_url="https://land.example/hsds")
        session.add(partner)
        session.flush()
        offer = PartnerOffer(
            partner_id=partner.id,
            service_id="svc-1",
            title="Sicher radeln im Landkreis",
            summary="Ein Verkehrstag aus dem Nachbarkatalog.",
            description="Ablauf des Verkehrstags.",
            provider_name="Verkehrswacht Land",
            original_url="https://land.example/angebote/1",
            seal_text="Grüne Liste Prävention",
            codes=json.dumps({"field": ["verkehr"]}),
        )
        session.add(offer)
        session.flush()
        record_partner_change(session, partner_offer_id=offer.id)
        session.commit()
    _sync_index(live_folder)
    yield offer.id, partner.id
    with Session(engine) as session:
        record_partner_change(session, partner_offer_id=offer.id)
        session.execute(delete(PartnerOffer).where(PartnerOffer.id == offer.id))
        session.execute(delete(PartnerCatalogue).where(PartnerCatalogue.id == partner.id))
        session.commit()
    _sync_index(live_folder)
    engine.dispose()


@pytest.mark.browser
def test_partner_offer_in_search_and_on_its_page_is_accessible(page, axe_violations, partner_offer_id):
    offer_id, _ = partner_offer_id
    assert_accessible(page, "/suche?herkunft=partner", axe_violations)
    assert page.locator(".offer-partner").first.inner_text().count("aus dem Katalog von Landespräventionsrat") == 1
    page.locator("#f-herkunft-eigene").check()  # the filter works without script too (Filter anwenden)
    assert_accessible(page, f"/partnerangebote/{offer_id}", axe_violations)
    assert page.get_by_role("link", name="Zum Original im Katalog von Landespräventionsrat").count() == 1


@pytest.mark.browser
def test_office_partner_pages_are_accessible(page, axe_violations, partner_offer_id):
    log_in_by_keyboard(page, "admin@demo.example")
    _, partner_id = partner_offer_id
    assert_accessible(page, "/koordination/partnerkataloge", axe_violations)
    assert page.locator("td", has_text="Landespräventionsrat").count() == 1
    assert_accessible(page, f"/koordination/partnerkataloge/{partner_id}", axe_violations)
    assert page.locator("h1").inner_text() == "Partnerkatalog „Landesrat“ bearbeiten"
