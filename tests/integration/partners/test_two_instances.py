"""Two catalogues over real HTTP on loopback: A serves HSDS 3.0, B pulls it as a partner catalogue.

A is a second app instance on its own database, served by werkzeug in a thread; B is the
test app. A publishes, edits and withdraws offers; B follows at each pull, in its search
and on its detail pages, and never mixes them with its own offers.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue import create_app
from catalogue.clock import utcnow
from catalogue.offers.models import Offer, OfferRevision
from catalogue.partners.client import Limits
from catalogue.partners.jobs import pull_partners
from catalogue.partners.models import PartnerOffer
from catalogue.partners.services import register_partner
from tests.conftest import app_config, aux_url
from tests.factories import make_live_offer, make_organisation, make_user
from tests.functional.search.helpers import build_index, listed, page
from tests.integration.partners.servers import serving

LIMITS = Limits(timeout=10, retries=0)
PARTNER_TITLE = re.compile(r'<h3 id="partner-treffer-(\d+)"><a href="([^"]*)">(.*?)</a></h3>', re.S)


@pytest.fixture(scope="module")
def instance_a(database_url, tmp_path_factory):
    """Catalogue A: its own database and app; three published offers (Sucht, Gewalt, Medien)."""
    url = aux_url(database_url, "partner_a", tmp_path_factory)
    tmp = tmp_path_factory.mktemp("instance_a")
    config = {**app_config(url, tmp), "SERVER_NAME": None, "BASE_URL": "http://katalog-a.test"}
    application = create_app(config, instance_path=str(tmp / "instance"))
    with Session(application.extensions["db_engine"], expire_on_commit=False) as session:
        org = make_organisation(session, name="Fachstelle Sucht Nordkreis")
        make_live_offer(session, org, title="Alkohol? Kenn dein Limit", fields=("sucht",), is_free=True)
        make_live_offer(session, org, title="Stark ohne Gewalt", fields=("gewalt",), grade_from=3, grade_to=4)
        make_live_offer(session, org, title="Medienhelden", fields=("medien",))
        session.commit()
    with serving(application) as base:
        yield application, base
    application.extensions["db_engine"].dispose()


def _on_a(application, change) -> None:
    """Change A's catalogue as its own services would: commit, and mark the offer changed."""
    with Session(application.extensions["db_engine"], expire_on_commit=False) as session:
        change(session)
        session.commit()


def _offer_a(session, title: str) -> tuple[Offer, OfferRevision]:
    return session.execute(
        select(Offer, OfferRevision)
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .where(OfferRevision.title == title)
    ).one()


def _partner_titles(client, **args) -> list[str]:
    return sorted(title for _, _, title in PARTNER_TITLE.findall(page(client, **args)))


def test_b_shows_a_s_offers_and_follows_edits_and_withdrawals(app, db, client, instance_a):
    application_a, base = instance_a
    admin = make_user(db, office_role="admin")
    own = listed(db, "Eigenes Angebot zur Suchtprävention", terms={"field": ("sucht",)})
    partner = register_partner(
        db,
        actor=admin,
        name="Katalog A",
        label="Präventionsrat A",
        base_url=f"{base}/api/hsds/v3/",
        fields=["sucht", "gewalt"],
    )
    db.commit()

    [report] = pull_partners(db, limits=LIMITS)
    assert report.ok and report.added == 2, report
    build_index(app, db)
    assert _partner_titles(client, herkunft="partner") == ["Alkohol? Kenn dein Limit", "Stark ohne Gewalt"]
    everything = page(client, q="Sucht")
    assert "aus dem Katalog von Präventionsrat A" in everything and f"treffer-{own.id}" in everything

    def edit_and_withdraw(session):
        offer, revision = _offer_a(session, "Alkohol? Kenn dein Limit")
        revision.title, offer.updated_at = "Alkohol? Kenn dein Limit – neu", utcnow()
        gone, _ = _offer_a(session, "Stark ohne Gewalt")
        gone.listing, gone.updated_at = "withdrawn", utcnow()

    _on_a(application_a, edit_and_withdraw)
    [report] = pull_partners(db, limits=LIMITS)
    assert (report.ok, report.changed, report.removed) == (True, 1, 1), report
    build_index(app, db)
    assert _partner_titles(client, herkunft="partner") == ["Alkohol? Kenn dein Limit – neu"]
    assert _partner_titles(client, herkunft="eigene") == []
    stored = db.scalars(select(PartnerOffer).where(PartnerOffer.partner_id == partner.id)).all()
    assert [row.title for row in stored] == ["Alkohol? Kenn dein Limit – neu"]


def test_partner_offer_has_its_own_page_and_api_record_linking_to_the_original(app, db, client, instance_a):
    _, base = instance_a
    admin = make_user(db, office_role="admin")
    register_partner(
        db, actor=admin, name="Katalog A", label="Präventionsrat A", base_url=f"{base}/api/hsds/v3", fields=["sucht"]
    )
    db.commit()
    pull_partners(db, limits=LIMITS)
    build_index(app, db)
    [(partner_offer_id, url, title)] = PARTNER_TITLE.findall(page(client, herkunft="partner"))
    detail = page(client, url)
    assert "Aus dem Katalog von Präventionsrat A" in detail
    assert 'href="http://katalog-a.test/angebote/' in detail  # the original at A
    assert "Qualitätssiegel der Koordinierungsstelle" in detail  # A's seal, as A states it
    [record] = client.get("/api/v1/offers", query_string={"herkunft": "partner"}).get_json()["results"]
    assert record["origin"]["catalogue"] == "Präventionsrat A" and record["id"] == int(partner_offer_id)
    assert record["origin"]["original_url"].startswith("http://katalog-a.test/angebote/")


def test_a_second_pull_without_changes_at_a_changes_nothing(app, db, instance_a):
    _, base = instance_a
    admin = make_user(db, office_role="admin")
    register_partner(db, actor=admin, name="Katalog A", label="A", base_url=f"{base}/api/hsds/v3", fields=[])
    db.commit()
    [first] = pull_partners(db, limits=LIMITS)
    before = {row.service_id: row.fetched_at for row in db.scalars(select(PartnerOffer))}
    [second] = pull_partners(db, limits=LIMITS)
    assert first.ok and first.added == len(before) >= 2
    assert (second.ok, second.added, second.changed, second.removed) == (True, 0, 0, 0)
    assert {row.service_id: row.fetched_at for row in db.scalars(select(PartnerOffer))} == before
