"""Organisation profile edits by its admins, with an optimistic lock on `version`."""

from __future__ import annotations

import re

from sqlalchemy import select

from catalogue.changefeed import SearchChange
from tests.conftest import csrf_from
from tests.factories import add_member, make_live_offer, make_organisation, make_user
from tests.functional.org_helpers import post_form, text
from tests.helpers import log_in


def profile_url(organisation) -> str:
    return f"/traeger/{organisation.slug}/profil"


def profile_data(organisation, **changes) -> dict:
    data = {
        "name": organisation.name,
        "legal_form": "e. V.",
        "org_type": "verein",
        "description": "Wir arbeiten mit Schulklassen.",
        "email": organisation.email,
        "phone": "",
        "website": "https://traeger.example",
        "street": "",
        "postcode": "",
        "city": "Chemnitz",
        "version": str(organisation.version),
    }
    return {**data, **changes}


def admin_of(db, organisation):
    admin = make_user(db)
    add_member(db, admin, organisation, "admin")
    return admin


def hidden_version(page: str) -> str:
    return re.search(r'<input[^>]*name="version"[^>]*>', page).group(0)


def test_admin_sees_the_profile_form_with_current_values(client, db):
    organisation = make_organisation(db, name="Netzwerk Prävention e. V.")
    log_in(client, admin_of(db, organisation).email)
    page = text(client.get(profile_url(organisation)))
    assert 'value="Netzwerk Prävention e. V."' in page
    assert 'name="version"' in page and 'type="hidden"' in page


def test_admin_saves_the_profile_and_the_version_increases(client, db):
    organisation = make_organisation(db)
    log_in(client, admin_of(db, organisation).email)
    response = post_form(client, profile_url(organisation), profile_data(organisation, city="Leipzig"))
    assert response.status_code == 302
    db.refresh(organisation)
    assert (organisation.city, organisation.version) == ("Leipzig", 2)
    assert "Das Profil wurde gespeichert." in text(client.get(response.headers["Location"]))


def test_stale_edit_gives_409_keeps_the_input_and_changes_nothing(client, db):
    organisation = make_organisation(db, name="Altname e. V.")
    log_in(client, admin_of(db, organisation).email)
    form_page = text(client.get(profile_url(organisation)))
    organisation.name, organisation.version = "Von anderer Hand e. V.", 2  # someone saved meanwhile
    db.flush()
    response = client.post(
        profile_url(organisation),
        data={**profile_data(organisation, name="Mein Entwurf e. V.", version="1"), "csrf_token": csrf_from(form_page)},
    )
    page = text(response)
    assert response.status_code == 409
    assert "inzwischen von jemand anderem geändert" in page
    assert 'value="Mein Entwurf e. V."' in page
    assert "Von anderer Hand e. V." in page  # shown as what is saved now
    db.refresh(organisation)
    assert (organisation.name, organisation.version) == ("Von anderer Hand e. V.", 2)


def test_saving_again_after_the_stale_message_succeeds(client, db):
    organisation = make_organisation(db)
    log_in(client, admin_of(db, organisation).email)
    form_page = text(client.get(profile_url(organisation)))
    organisation.version = 2
    db.flush()
    stale = client.post(
        profile_url(organisation),
        data={**profile_data(organisation, city="Zwickau", version="1"), "csrf_token": csrf_from(form_page)},
    )
    assert 'value="2"' in hidden_version(text(stale))
    response = client.post(
        profile_url(organisation),
        data={**profile_data(organisation, city="Zwickau", version="2"), "csrf_token": csrf_from(form_page)},
    )
    assert response.status_code == 302
    db.refresh(organisation)
    assert (organisation.city, organisation.version) == ("Zwickau", 3)


def test_saving_without_changes_keeps_the_version(client, db):
    organisation = make_organisation(db)
    log_in(client, admin_of(db, organisation).email)
    post_form(client, profile_url(organisation), profile_data(organisation))
    db.refresh(organisation)
    response = post_form(client, profile_url(organisation), profile_data(organisation))
    db.refresh(organisation)
    assert organisation.version == 2
    assert "Es gab keine Änderungen" in text(client.get(response.headers["Location"]))


def test_javascript_website_is_refused_next_to_the_field(client, db):
    organisation = make_organisation(db)
    log_in(client, admin_of(db, organisation).email)
    response = post_form(client, profile_url(organisation), profile_data(organisation, website="javascript:alert(1)"))
    assert 'id="website-fehler"' in text(response)
    db.refresh(organisation)
    assert organisation.website == ""


def test_saved_profile_records_a_search_change_for_each_offer(client, db):
    organisation = make_organisation(db)
    offers = [make_live_offer(db, organisation), make_live_offer(db, organisation)]
    log_in(client, admin_of(db, organisation).email)
    post_form(client, profile_url(organisation), profile_data(organisation, name="Neuer Name e. V."))
    changed = set(db.scalars(select(SearchChange.offer_id)))
    assert {offer.id for offer in offers} <= changed


def test_editor_gets_403_on_the_profile(client, db):
    organisation = make_organisation(db)
    editor = make_user(db)
    add_member(db, editor, organisation, "editor")
    log_in(client, editor)
    assert client.get(profile_url(organisation)).status_code == 403


def test_admin_of_another_organisation_gets_404_and_changes_nothing(client, db):
    own, other = make_organisation(db), make_organisation(db, name="Fremd e. V.")
    log_in(client, admin_of(db, own).email)
    assert client.get(profile_url(other)).status_code == 404
    response = post_form(client, profile_url(other), profile_data(other, name="Gekapert"), form_page="/traeger/")
    assert response.status_code == 404
    db.refresh(other)
    assert (other.name, other.version) == ("Fremd e. V.", 1)
