"""Office pages for embeddable lists: admins create, change and delete (audited); the office sees the snippet."""

from __future__ import annotations

import html
import json

import pytest
from sqlalchemy import select

from catalogue.audit import AuditEvent
from catalogue.embed.models import Embed, EmbedOrigin
from tests.conftest import csrf_from
from tests.factories import add_member, make_organisation, make_user
from tests.functional.embed.conftest import make_embed
from tests.functional.org_helpers import post_form, text
from tests.helpers import log_in

BASE = "/koordination/einbetten"
NEW = f"{BASE}/neu"
VALID = {
    "name": "Suchtprävention Klassen 5–8",
    "handlungsfeld": "sucht",
    "klasse": "5",
    "klasse_bis": "8",
    "sort": "titel",
    "max_items": "",
    "origins": "https://www.Stadt-Beispiel.de/\nhttp://localhost:8080",
}


def events(db, action: str) -> list[dict]:
    return [json.loads(e.details) for e in db.scalars(select(AuditEvent).where(AuditEvent.action == action))]


def embeds(db) -> list[Embed]:
    db.expire_all()
    return list(db.scalars(select(Embed).order_by(Embed.id)))


def origins(db, embed_id: int) -> list[str]:
    return list(db.scalars(select(EmbedOrigin.origin).where(EmbedOrigin.embed_id == embed_id).order_by(EmbedOrigin.id)))


@pytest.fixture
def admin(client, office_admin):
    log_in(client, office_admin)
    return office_admin


def test_admin_creates_an_embed_with_a_canonical_filter_and_an_audit_event(client, db, admin):
    response = post_form(client, NEW, VALID)
    [embed] = embeds(db)
    assert response.status_code == 302 and response.headers["Location"].endswith(f"{BASE}/{embed.id}")
    assert embed.slug == "suchtpraevention-klassen-5-8"
    assert embed.filter_query == "handlungsfeld=sucht&klasse=5&klasse_bis=8"
    assert embed.sort == "titel" and embed.max_items is None
    assert origins(db, embed.id) == ["https://www.stadt-beispiel.de", "http://localhost:8080"]
    [event] = events(db, "embed.created")
    assert event["embed_id"] == embed.id and event["origins"] == [
        "https://www.stadt-beispiel.de",
        "http://localhost:8080",
    ]


def test_every_search_filter_can_be_fixed(client, db, admin):
    data = {
        **VALID,
        "thema": ["alkohol", "cannabis"],
        "zielgruppe": "schueler",
        "format": "workshop",
        "sprache": "de",
        "gebiet": "nord",
        "ebene": "universell",
        "alter": "12",
        "kostenfrei": "y",
        "max_kosten": "150,50",
        "q": "Rausch",
    }
    assert post_form(client, NEW, data).status_code == 302
    [embed] = embeds(db)
    assert embed.filter_query == (
        "q=Rausch&handlungsfeld=sucht&thema=alkohol&thema=cannabis&zielgruppe=schueler&format=workshop"
        "&gebiet=nord&sprache=de&ebene=universell&klasse=5&klasse_bis=8&alter=12&kostenfrei=1&max_kosten=150%2C5"
    )


def test_the_detail_page_offers_the_snippet_in_a_labelled_read_only_field_and_a_preview(client, db, admin):
    embed = make_embed(db, admin)
    body = text(client.get(f"{BASE}/{embed.id}"))
    assert '<label for="snippet">' in body and '<textarea id="snippet" readonly' in body
    snippet = html.unescape(body.split('<textarea id="snippet"')[1].split(">", 1)[1].split("</textarea>")[0])
    assert snippet == (
        f'<iframe src="http://katalog.test/einbetten/{embed.slug}" title="Suchtprävention Klassen 5–8 – Angebote aus '
        'dem Präventionskatalog" width="100%" height="600" loading="lazy" style="border: 0;"></iframe>'
    )
    assert f'<iframe class="embed-preview" src="/einbetten/{embed.slug}"' in body
    assert "Handlungsfeld: Suchtprävention; Klassenstufe 5–8" in body


def test_the_snippet_escapes_the_name_so_it_cannot_break_out_of_the_page(client, db, admin):
    embed = make_embed(db, admin, name='Liste "A" </textarea><b>fett</b>')
    body = text(client.get(f"{BASE}/{embed.id}"))
    assert "<b>fett" not in body
    shown = html.unescape(body.split('<textarea id="snippet"')[1].split(">", 1)[1].split("</textarea>")[0])
    assert 'title="Liste &#34;A&#34; &lt;/textarea&gt;&lt;b&gt;fett&lt;/b&gt; – Angebote' in shown


@pytest.mark.parametrize("height, shown", [("400", "400"), ("50", "200"), ("99999", "3000"), ("hoch", "600")])
def test_the_snippet_height_can_be_chosen(client, db, admin, height, shown):
    embed = make_embed(db, admin)
    body = text(client.get(f"{BASE}/{embed.id}", query_string={"hoehe": height}))
    assert f"height=&#34;{shown}&#34;" in body  # in the snippet (as text)
    assert f'title="Vorschau: {embed.name}" height="{shown}"' in body  # in the preview


def test_the_embed_page_frames_in_the_office_preview(client, db, admin):
    embed = make_embed(db, admin)
    assert "frame-ancestors 'self' " in client.get(f"/einbetten/{embed.slug}").headers["Content-Security-Policy"]


def test_admin_changes_an_embed_but_never_its_address(client, db, admin):
    embed = make_embed(db, admin)
    form = text(client.get(f"{BASE}/{embed.id}/bearbeiten"))
    assert 'value="sucht" checked' in form and "https://www.stadt-beispiel.de</textarea>" in form
    changed = {**VALID, "name": "Medienkompetenz", "handlungsfeld": "medien", "klasse_bis": "", "max_items": "5"}
    changed["origins"] = "https://schule.example"
    response = post_form(client, f"{BASE}/{embed.id}/bearbeiten", changed)
    assert response.status_code == 302
    [saved] = embeds(db)
    assert (saved.name, saved.slug, saved.filter_query, saved.max_items) == (
        "Medienkompetenz",
        embed.slug,
        "handlungsfeld=medien&klasse=5",
        5,
    )
    assert origins(db, embed.id) == ["https://schule.example"]
    [event] = events(db, "embed.updated")
    assert event["before"]["name"] == "Suchtprävention Klassen 5–8"
    assert event["before"]["origins"] == ["https://www.stadt-beispiel.de"]


def test_admin_deletes_an_embed_and_its_address_is_not_given_again(client, db, admin):
    embed = make_embed(db, admin)
    token = csrf_from(text(client.get(f"{BASE}/{embed.id}")))
    response = client.post(f"{BASE}/{embed.id}/loeschen", data={"csrf_token": token})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"{BASE}/")
    assert events(db, "embed.deleted") == [{"embed_id": embed.id, "name": embed.name}]
    assert f'href="{BASE}/{embed.id}"' not in text(client.get(f"{BASE}/"))
    assert client.get(f"{BASE}/{embed.id}").status_code == 404
    again = make_embed(db, admin)
    assert again.slug == f"{embed.slug}-2"


def test_a_name_of_digits_gets_an_address_that_is_not_an_id(client, db, admin):
    assert make_embed(db, admin, name="2026").slug == "liste-2026"
    assert make_embed(db, admin, name="!!!").slug == "liste"


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"name": ""}, "name", "Bitte füllen Sie dieses Feld aus."),
        ({"origins": ""}, "origins", "Bitte füllen Sie dieses Feld aus."),
        ({"origins": "http://www.stadt-beispiel.de"}, "origins", "Unverschlüsseltes http:// ist nur für localhost"),
        ({"origins": "https://www.stadt-beispiel.de/schule"}, "origins", "ohne Pfad"),
        ({"origins": "https://*.stadt-beispiel.de"}, "origins", "Platzhalter (*) sind nicht erlaubt"),
        ({"klasse": "8", "klasse_bis": "5"}, "klasse_bis", "darf nicht vor „Klassenstufe von“ liegen"),
        ({"klasse": "", "klasse_bis": "8"}, "klasse", "ab welcher Klassenstufe"),
        ({"alter": "zwölf"}, "alter", "Das Alter „zwölf“ ist keine ganze Zahl von 0 bis 99"),
        ({"max_kosten": "viel"}, "max_kosten", "Der Höchstbetrag „viel“ ist kein Betrag"),
        ({"handlungsfeld": "erfunden"}, "handlungsfeld", "Den Wert „erfunden“ gibt es für Handlungsfeld nicht."),
        ({"max_items": "0"}, "max_items", "Bitte eine Zahl von 1 bis 100 angeben"),
        ({"sort": "zufall"}, "sort", "Keine gültige Auswahl"),
        ({"q": "ä" * 400}, "q", "Die Auswahl ist zu umfangreich"),
        ({"q": "x" * 501}, "q", "länger als 500 Zeichen"),
    ],
)
def test_invalid_input_is_explained_next_to_the_field_and_kept(client, db, admin, changes, field, message):
    response = post_form(client, NEW, {**VALID, **changes})
    assert response.status_code == 400
    body = html.unescape(text(response))
    error = body.split(f'id="{field}-fehler">')[1].split("</p>")[0]
    assert message in error
    assert 'value="Suchtprävention Klassen 5–8"' in body or field == "name"
    assert embeds(db) == []


def test_an_invalid_change_keeps_the_stored_embed(client, db, admin):
    embed = make_embed(db, admin)
    response = post_form(client, f"{BASE}/{embed.id}/bearbeiten", {**VALID, "origins": "ftp://x.example"})
    assert response.status_code == 400 and "nur Adressen mit https://" in html.unescape(text(response))
    assert origins(db, embed.id) == ["https://www.stadt-beispiel.de"]


def test_reviewers_see_the_lists_and_snippets_but_change_nothing(app, db, office_admin):
    embed = make_embed(db, office_admin)
    client = app.test_client()
    log_in(client, make_user(db, office_role="reviewer"))
    assert embed.name in text(client.get(f"{BASE}/"))
    detail = text(client.get(f"{BASE}/{embed.id}"))
    assert '<textarea id="snippet"' in detail and "Liste bearbeiten" not in detail
    assert client.get(NEW).status_code == 403
    assert client.get(f"{BASE}/{embed.id}/bearbeiten").status_code == 403
    token = csrf_from(detail)
    assert client.post(NEW, data={**VALID, "csrf_token": token}).status_code == 403
    assert client.post(f"{BASE}/{embed.id}/bearbeiten", data={**VALID, "csrf_token": token}).status_code == 403
    assert client.post(f"{BASE}/{embed.id}/loeschen", data={"csrf_token": token}).status_code == 403
    assert [e.name for e in embeds(db)] == [embed.name] and embeds(db)[0].deleted_at is None


def test_providers_are_refused_every_office_embed_page(app, db, office_admin):
    embed = make_embed(db, office_admin)
    provider = make_user(db)
    add_member(db, provider, make_organisation(db), role="admin")
    client = app.test_client()
    log_in(client, provider)
    for path in (f"{BASE}/", NEW, f"{BASE}/{embed.id}", f"{BASE}/{embed.id}/bearbeiten"):
        assert client.get(path).status_code == 403, path
    token = csrf_from(text(client.get("/konto/")))
    assert client.post(f"{BASE}/{embed.id}/loeschen", data={"csrf_token": token}).status_code == 403
    assert client.post(NEW, data={**VALID, "csrf_token": token}).status_code == 403
    assert len(embeds(db)) == 1 and embeds(db)[0].deleted_at is None


def test_anonymous_visitors_are_sent_to_the_login(client, db, office_admin):
    embed = make_embed(db, office_admin)
    for path in (f"{BASE}/", NEW, f"{BASE}/{embed.id}"):
        response = client.get(path)
        assert response.status_code == 302 and "/konto/anmelden" in response.headers["Location"]
    response = client.post(f"{BASE}/{embed.id}/loeschen")
    assert response.status_code in (302, 400)
    assert embeds(db)[0].deleted_at is None


def test_the_office_dashboard_links_to_the_embeds(client, db, admin):
    assert f'href="{BASE}/"' in text(client.get("/koordination/"))
