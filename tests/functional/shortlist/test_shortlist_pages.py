"""Merkliste: mark while searching, see, share as a link, print; nothing stored server-side."""

from __future__ import annotations

import html

import pytest

from tests.conftest import csrf_from
from tests.factories import make_live_offer, make_organisation

LIST = "/merkliste/"


@pytest.fixture
def offers(db):
    organisation = make_organisation(db, name="Jugendhilfe Nord e. V.")
    return [
        make_live_offer(db, organisation, title=title) for title in ("Mutig gegen Mobbing", "Klar im Netz", "Rauchfrei")
    ]


def mark(client, csrf, offer_id: int, back: str = "/suche"):
    return client.post("/merkliste/merken", data={"offer_id": offer_id, "next": back, "csrf_token": csrf()})


def cookie(app, client):
    return client.get_cookie("merkliste", domain=app.config["SERVER_NAME"])


def text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(response.get_data(as_text=True))


def test_marking_redirects_back_to_the_page_it_came_from(client, csrf, offers):
    response = mark(client, csrf, offers[0].id, back="/suche?q=mobbing#treffer-1")
    assert response.status_code == 302
    assert response.headers["Location"] == "/suche?q=mobbing#treffer-1"


def test_marked_offers_appear_on_the_list_in_marking_order(client, csrf, offers):
    for offer in (offers[2], offers[0]):
        mark(client, csrf, offer.id)
    body = text(client, LIST)
    assert body.index("Rauchfrei") < body.index("Mutig gegen Mobbing")
    assert "Klar im Netz" not in body


def test_the_list_lives_in_a_cookie_of_the_browser(app, client, csrf, offers):
    mark(client, csrf, offers[1].id)
    assert cookie(app, client).value == str(offers[1].id)


def test_marking_does_not_leave_the_site(client, csrf, offers):
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        assert mark(client, csrf, offers[0].id, back=target).headers["Location"] == "/merkliste/"


def test_marking_without_csrf_token_is_refused(client, offers):
    assert client.post("/merkliste/merken", data={"offer_id": offers[0].id}).status_code == 400


def test_removing_takes_the_offer_off_the_list(client, csrf, offers):
    mark(client, csrf, offers[0].id)
    mark(client, csrf, offers[1].id)
    client.post("/merkliste/entfernen", data={"offer_id": offers[0].id, "csrf_token": csrf()})
    body = text(client, LIST)
    assert "Mutig gegen Mobbing" not in body and "Klar im Netz" in body


def test_search_results_offer_a_merken_button_that_turns_into_entfernen(client, csrf, offers):
    detail = f"/angebote/{offers[0].id}"
    assert "Merken<span" in text(client, detail)
    mark(client, csrf, offers[0].id, back=detail)
    assert "Entfernen<span" in text(client, detail)


def test_share_link_opens_the_same_list_in_another_browser(app, client, csrf, offers):
    for offer in offers:
        mark(client, csrf, offer.id)
    own = text(client, LIST)
    share = f"/merkliste/?angebote={offers[0].id}-{offers[1].id}-{offers[2].id}"
    assert f'{share}"' in own  # the absolute share link ends with the list
    other = app.test_client()
    shared = text(other, share)
    assert "Geteilte Merkliste" in shared
    assert [shared.index(o) for o in ("Mutig gegen Mobbing", "Klar im Netz", "Rauchfrei")] == sorted(
        shared.index(o) for o in ("Mutig gegen Mobbing", "Klar im Netz", "Rauchfrei")
    )


def test_a_shared_list_can_be_adopted_as_ones_own(app, offers):
    other = app.test_client()
    token = other.get("/konto/anmelden").get_data(as_text=True)
    other.post(
        "/merkliste/uebernehmen", data={"angebote": f"{offers[2].id}-{offers[1].id}", "csrf_token": csrf_from(token)}
    )
    assert cookie(app, other).value == f"{offers[2].id}-{offers[1].id}"


def test_withdrawn_offer_stays_on_the_list_as_nicht_mehr_im_katalog(db, client, offers):
    offers[1].listing = "withdrawn"
    db.flush()
    body = text(client, f"/merkliste/?angebote={offers[0].id}-{offers[1].id}")
    assert "Klar im Netz" in body
    assert "Nicht mehr im Katalog" in body


def test_an_offer_never_published_shows_no_title(db, client, offers):
    offers[1].live_revision_id = None
    offers[1].listing = "unlisted"
    db.flush()
    body = text(client, f"/merkliste/?angebote={offers[1].id}")
    assert "Klar im Netz" not in body
    assert f"Angebot Nr. {offers[1].id}" in body


def test_print_view_renders_every_offer_as_one_document(client, offers):
    body = text(client, f"/merkliste/drucken?angebote={offers[0].id}-{offers[2].id}")
    assert "Merkliste: 2 Angebote" in body
    assert "Mutig gegen Mobbing" in body and "Rauchfrei" in body and "Klar im Netz" not in body


def test_edited_share_link_with_junk_still_opens(client, offers):
    body = text(client, f"/merkliste/?angebote={offers[0].id}-abc-%3Cscript%3E")
    assert "Mutig gegen Mobbing" in body


def test_empty_list_explains_how_to_mark(client):
    assert "Ihre Merkliste ist leer" in text(client, LIST)


def test_clearing_empties_the_list(app, client, csrf, offers):
    mark(client, csrf, offers[0].id)
    client.post("/merkliste/leeren", data={"next": LIST, "csrf_token": csrf()})
    assert cookie(app, client) is None
