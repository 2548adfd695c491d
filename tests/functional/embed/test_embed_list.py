"""The public embed /einbetten/<slug or id>: the fixed filter's listed offers, framing per embed, no cookies."""

from __future__ import annotations

import re
from datetime import date

import pytest

from catalogue.embed import services
from tests.factories import make_live_offer, make_organisation
from tests.functional.embed.conftest import make_embed
from tests.functional.search.helpers import build_index, listed, plain
from tests.helpers import log_in

TITLE = re.compile(r'<h2 id="angebot-\d+"><a href="(/angebote/\d+)" target="_top">(.*?)</a></h2>')


def titles(response) -> list[str]:
    assert response.status_code == 200, response.status_code
    return [title for _, title in TITLE.findall(response.get_data(as_text=True))]


def test_shows_the_listed_offers_that_match_the_fixed_filter(app, client, db, office_admin):
    listed(db, "Klarer Kopf", terms={"field": ("sucht",)}, grade_from=7, grade_to=9)
    listed(db, "Rauchfrei ab der Grundschule", terms={"field": ("sucht",)}, grade_from=1, grade_to=4)
    listed(db, "Gewaltfrei streiten", terms={"field": ("gewalt",)}, grade_from=5, grade_to=8)
    embed = make_embed(db, office_admin)
    build_index(app, db)
    assert titles(client.get(f"/einbetten/{embed.slug}")) == ["Klarer Kopf"]


def test_the_filter_applies_without_a_search_index_too(client, db, office_admin):
    listed(db, "Klarer Kopf", terms={"field": ("sucht",)}, grade_from=7, grade_to=9)
    listed(db, "Gewaltfrei streiten", terms={"field": ("gewalt",)}, grade_from=5, grade_to=8)
    embed = make_embed(db, office_admin)
    assert titles(client.get(f"/einbetten/{embed.slug}")) == ["Klarer Kopf"]


def test_offers_that_are_not_publicly_listed_are_left_out(app, client, db, office_admin):
    organisation = make_organisation(db)
    listed(db, "Sichtbar", organisation=organisation, terms={"field": ("sucht",)})
    listed(db, "Pausiert", organisation=organisation, terms={"field": ("sucht",)}, listing="paused")
    make_live_offer(db, organisation, title="Siegel abgelaufen", fields=("sucht",), valid_until=date(2026, 2, 1))
    embed = make_embed(db, office_admin, filter_query="handlungsfeld=sucht")
    build_index(app, db)
    assert titles(client.get(f"/einbetten/{embed.slug}")) == ["Sichtbar"]


def test_each_offer_shows_provider_format_grades_cost_and_seal(app, client, db, office_admin):
    organisation = make_organisation(db, name="Suchtberatung Mitte e. V.")
    listed(
        db, "Klarer Kopf", organisation=organisation, terms={"field": ("sucht",), "format": ("workshop",)}, is_free=True
    )
    embed = make_embed(db, office_admin, filter_query="handlungsfeld=sucht")
    build_index(app, db)
    text = plain(client.get(f"/einbetten/{embed.slug}").get_data(as_text=True))
    assert "Suchtberatung Mitte e. V." in text
    assert "Format: Workshop" in text
    assert "Für: Klassen 5–8" in text
    assert "Kosten: kostenfrei" in text
    assert "Qualitätssiegel: geprüft, gültig bis 15.01.2028" in text


def test_titles_link_to_the_detail_page_in_the_whole_window(app, client, db, office_admin):
    offer = listed(db, "Klarer Kopf", terms={"field": ("sucht",)})
    embed = make_embed(db, office_admin, filter_query="handlungsfeld=sucht")
    body = client.get(f"/einbetten/{embed.slug}").get_data(as_text=True)
    assert f'<a href="/angebote/{offer.id}" target="_top">Klarer Kopf</a>' in body


def test_max_items_and_sort_shorten_the_list_and_link_to_the_whole_search(app, client, db, office_admin):
    for title in ("Cäsar", "Anton", "Berta"):
        listed(db, title, terms={"field": ("sucht",)})
    embed = make_embed(db, office_admin, filter_query="handlungsfeld=sucht", max_items=2)
    build_index(app, db)
    response = client.get(f"/einbetten/{embed.slug}")
    assert titles(response) == ["Anton", "Berta"]
    body = response.get_data(as_text=True)
    assert "2 von 3 Angeboten" in plain(body)
    assert '<a href="/suche?handlungsfeld=sucht&amp;sortierung=titel" target="_top">Alle 3 passenden Angebote' in body


def test_an_empty_selection_says_so(client, db, office_admin):
    embed = make_embed(db, office_admin, filter_query="handlungsfeld=verkehr")
    assert "Zurzeit gibt es hier keine passenden Angebote." in client.get(f"/einbetten/{embed.slug}").get_data(
        as_text=True
    )


def test_the_embed_is_found_by_its_id_too(client, db, office_admin):
    listed(db, "Klarer Kopf", terms={"field": ("sucht",)})
    embed = make_embed(db, office_admin, filter_query="handlungsfeld=sucht")
    assert titles(client.get(f"/einbetten/{embed.id}")) == ["Klarer Kopf"]


@pytest.mark.parametrize("key", ["gibt-es-nicht", "999999", "99999999999999999999"])
def test_an_unknown_embed_is_a_404_page(client, db, key):
    response = client.get(f"/einbetten/{key}")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.get_data(as_text=True)
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_a_deleted_embed_is_a_404_page_by_slug_and_id(client, db, office_admin):
    embed = make_embed(db, office_admin)
    services.delete_embed(db, actor=office_admin, embed_id=embed.id)
    db.commit()
    assert client.get(f"/einbetten/{embed.slug}").status_code == 404
    assert client.get(f"/einbetten/{embed.id}").status_code == 404


def test_csp_lets_only_the_listed_origins_frame_each_embed(client, db, office_admin):
    first = make_embed(db, office_admin, origins="https://www.stadt-beispiel.de\nhttp://localhost:8080")
    second = make_embed(db, office_admin, name="Medien", origins="https://schule.example:8443")
    first_policy = client.get(f"/einbetten/{first.slug}").headers["Content-Security-Policy"]
    second_policy = client.get(f"/einbetten/{second.slug}").headers["Content-Security-Policy"]
    assert first_policy.endswith("frame-ancestors 'self' https://www.stadt-beispiel.de http://localhost:8080")
    assert second_policy.endswith("frame-ancestors 'self' https://schule.example:8443")


def test_the_embed_allows_no_script_and_sends_no_x_frame_options(client, db, office_admin):
    embed = make_embed(db, office_admin)
    response = client.get(f"/einbetten/{embed.slug}")
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'none';") and "script-src" not in policy
    assert "X-Frame-Options" not in response.headers
    body = response.get_data(as_text=True)
    assert "<script" not in body and "<form" not in body and '<html lang="de">' in body


@pytest.mark.parametrize("path", ["/", "/suche", "/konto/anmelden", "/api/v1/", "/einbetten/stil.css"])
def test_every_other_page_still_refuses_every_frame(client, db, path):
    response = client.get(path)
    response.close()  # the stylesheet streams from an open file
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


def test_a_signed_in_visitor_gets_an_anonymous_embed_without_any_cookie(client, db, office_admin):
    embed = make_embed(db, office_admin)
    log_in(client, office_admin)
    for path in (f"/einbetten/{embed.slug}", "/einbetten/stil.css"):
        response = client.get(path)
        response.close()
        assert response.status_code == 200
        assert "Set-Cookie" not in response.headers
        assert "Cookie" not in response.headers.get("Vary", "")
    assert "Anna Admin" not in client.get(f"/einbetten/{embed.slug}").get_data(as_text=True)
    assert client.get("/koordination/").status_code == 200  # the session itself is untouched


def test_the_embed_may_be_cached_and_is_revalidated(client, db, office_admin):
    embed = make_embed(db, office_admin)
    response = client.get(f"/einbetten/{embed.slug}")
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers["Last-Modified"]
    again = client.get(f"/einbetten/{embed.slug}", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304 and again.get_data() == b""


def test_new_origins_change_the_etag(client, db, office_admin):
    embed = make_embed(db, office_admin)
    before = client.get(f"/einbetten/{embed.slug}").headers["ETag"]
    values = {"name": embed.name, "filter_query": embed.filter_query, "sort": "titel", "max_items": None}
    services.update_embed(db, actor=office_admin, embed_id=embed.id, origins="https://neu.example", **values)
    db.commit()
    response = client.get(f"/einbetten/{embed.slug}", headers={"If-None-Match": before})
    assert response.status_code == 200 and response.headers["ETag"] != before


def test_the_stylesheet_is_served_below_the_embed_path(client, db):
    response = client.get("/einbetten/stil.css")
    assert response.status_code == 200 and response.mimetype == "text/css"
    assert ".embed-list" in response.get_data(as_text=True)
    response.close()
