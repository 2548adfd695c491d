"""Partner offers in /suche and /api/v1/offers: marked, filterable by "Herkunft", never mixed with own offers."""

from __future__ import annotations

import re

from catalogue.partners.services import set_partner_active
from tests.factories import make_user
from tests.functional.partners.helpers import partner, partner_offer
from tests.functional.search.helpers import RESULT_TITLE, build_index, listed, page

PARTNER_TITLE = re.compile(r'<h3 id="partner-treffer-(\d+)"><a href="([^"]*)">(.*?)</a></h3>', re.S)


def titles(html: str) -> tuple[list[str], list[str]]:
    """(own titles, partner titles) on a results page."""
    return sorted(t for _, t in RESULT_TITLE.findall(html)), sorted(t for _, _, t in PARTNER_TITLE.findall(html))


def _catalogue(app, db):
    own = listed(db, "Suchtprävention im Klassenzimmer", terms={"field": ("sucht",)})
    land = partner(db)
    other = partner(db, name="Kreis", label="Kreisrat Nord")
    partner_offer(db, land, "Suchtprävention auf dem Land")
    partner_offer(db, other, "Streit im Kreis", is_free=True, codes={"field": ["gewalt"]})
    build_index(app, db)
    return own, land, other


def test_partner_offers_appear_marked_with_their_catalogue(app, db, client):
    _catalogue(app, db)
    html = page(client, q="Suchtprävention")
    assert titles(html) == (["Suchtprävention im Klassenzimmer"], ["Suchtprävention auf dem Land"])
    assert "aus dem Katalog von Landespräventionsrat" in html and "Grüne Liste Prävention, Stufe 2" in html


def test_herkunft_eigene_shows_only_own_offers(app, db, client):
    _catalogue(app, db)
    assert titles(page(client, herkunft="eigene")) == (["Suchtprävention im Klassenzimmer"], [])


def test_herkunft_partner_shows_every_partner_catalogue(app, db, client):
    _catalogue(app, db)
    assert titles(page(client, herkunft="partner")) == ([], ["Streit im Kreis", "Suchtprävention auf dem Land"])


def test_herkunft_per_partner(app, db, client):
    _, land, _ = _catalogue(app, db)
    html = page(client, herkunft=land.origin_code)
    assert titles(html) == ([], ["Suchtprävention auf dem Land"])
    assert "Herkunft: Katalog von Landespräventionsrat" in html  # the active filter, named


def test_the_filter_herkunft_offers_each_active_partner_with_counts(app, db, client):
    _, land, _ = _catalogue(app, db)
    html = page(client)
    assert 'id="f-herkunft-eigene"' in html and f'id="f-herkunft-{land.origin_code}"' in html
    assert re.search(r"Katalog von Kreisrat Nord <span class=\"count\">\(1", html)


def test_no_filter_herkunft_without_partners(app, db, client):
    listed(db, "Nur eigene")
    build_index(app, db)
    assert "f-herkunft" not in page(client)


def test_a_deactivated_partner_s_offers_leave_search(app, db, client):
    _, land, _ = _catalogue(app, db)
    set_partner_active(db, actor=make_user(db, office_role="admin"), partner_id=land.id, active=False)
    build_index(app, db)
    assert titles(page(client, herkunft="partner")) == ([], ["Streit im Kreis"])


def test_page_ignores_an_unknown_herkunft_with_a_notice(app, db, client):
    _catalogue(app, db)
    html = page(client, herkunft="fremd")
    assert "„herkunft“ erwartet eigene, partner oder partner-&lt;Nummer&gt;." in html
    assert len(titles(html)[0] + titles(html)[1]) == 3


def test_api_marks_each_result_with_its_origin(app, db, client):
    _, land, _ = _catalogue(app, db)
    body = client.get("/api/v1/offers", query_string={"q": "Suchtprävention"}).get_json()
    origins = {r["title"]: r["origin"] for r in body["results"]}
    assert origins["Suchtprävention im Klassenzimmer"] == {"code": "eigene"}
    land_origin = origins["Suchtprävention auf dem Land"]
    assert land_origin["code"] == land.origin_code and land_origin["text"] == "aus dem Katalog von Landespräventionsrat"
    assert land_origin["original_url"] == "https://land.example/angebote/7"


def test_api_filters_and_counts_by_herkunft(app, db, client):
    _, land, _ = _catalogue(app, db)
    body = client.get("/api/v1/offers", query_string={"herkunft": "partner"}).get_json()
    assert {r["origin"]["code"] for r in body["results"]} == {land.origin_code, "partner-" + str(land.id + 1)}
    assert body["facets"]["herkunft"]["eigene"] == 1 and body["facets"]["herkunft"]["partner"] == 2


def test_api_refuses_an_unknown_herkunft(app, db, client):
    response = client.get("/api/v1/offers", query_string={"herkunft": "Eigene"})
    assert response.status_code == 400 and response.get_json()["error"]["parameter"] == "herkunft"


def test_database_fallback_knows_only_own_offers(app, db, client):
    _catalogue(app, db)
    app.config["SEARCH_INDEX_DIR"] = app.config["SEARCH_INDEX_DIR"] + "-fehlt"
    app.extensions.pop("search_indexes", None)
    assert titles(page(client, herkunft="partner")) == ([], [])
    assert titles(page(client, herkunft="eigene"))[0] == ["Suchtprävention im Klassenzimmer"]
