"""Two admins editing one organisation profile: a stale save is merged, clashes are chosen, nothing is lost."""

from __future__ import annotations

import re

import pytest

from tests.conftest import csrf_from
from tests.factories import add_member, make_organisation, make_user
from tests.functional.test_profile import profile_data, profile_url
from tests.helpers import log_in
from tests.html_forms import form_with


@pytest.fixture
def organisation(db):
    return make_organisation(db, name="Netzwerk Prävention e. V.")


@pytest.fixture
def editors(app, db, organisation):
    """Two admins of the organisation, each logged in in a browser of their own."""
    browsers = []
    for name in ("Erika Editor", "Lea Lektorin"):
        person = make_user(db, name=name)
        add_member(db, person, organisation, "admin")
        browser = app.test_client()
        log_in(browser, person)
        browsers.append(browser)
    return browsers


def opened(browser, organisation) -> dict:
    """The profile form as the browser shows it (values, CSRF token, version and signed base)."""
    page = browser.get(profile_url(organisation)).get_data(as_text=True)
    data = form_with(page, "base")
    assert csrf_from(page)
    return data


def save(browser, organisation, form: dict, **changes):
    return browser.post(profile_url(organisation), data={**form, **{k: [v] for k, v in changes.items()}})


def test_disjoint_profile_changes_of_two_admins_are_both_kept(db, editors, organisation):
    erika, lea = editors
    mine, hers = opened(erika, organisation), opened(lea, organisation)
    assert save(lea, organisation, hers, city="Leipzig").status_code == 302
    response = save(erika, organisation, mine, phone="0341 123456")
    assert response.status_code == 302
    db.refresh(organisation)
    assert (organisation.city, organisation.phone) == ("Leipzig", "0341 123456")
    note = erika.get(response.headers["Location"]).get_data(as_text=True)
    assert "Übernommen von Lea Lektorin: Ort." in note and "Ihre Änderungen: Telefon." in note


def test_both_changing_a_profile_field_offers_a_choice_and_saves_nothing(db, editors, organisation):
    erika, lea = editors
    mine, hers = opened(erika, organisation), opened(lea, organisation)
    save(lea, organisation, hers, city="Leipzig")
    response = save(erika, organisation, mine, city="Zwickau")
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert 'name="wahl-city" value="mine" checked' in page
    assert re.search(r'Gespeicherte Fassung von Lea Lektorin, [^<]+<span class="merge-value">Leipzig</span>', page)
    db.refresh(organisation)
    assert organisation.city == "Leipzig"


@pytest.mark.parametrize(("choice", "city"), [("mine", "Zwickau"), ("theirs", "Leipzig")])
def test_each_profile_choice_is_honoured(db, editors, organisation, choice, city):
    erika, lea = editors
    mine, hers = opened(erika, organisation), opened(lea, organisation)
    save(lea, organisation, hers, city="Leipzig", phone="0341 1")
    merge_page = save(erika, organisation, mine, city="Zwickau")
    data = form_with(merge_page.get_data(as_text=True), "base")
    assert erika.post(profile_url(organisation), data={**data, "wahl-city": [choice]}).status_code == 302
    db.refresh(organisation)
    assert (organisation.city, organisation.phone) == (city, "0341 1")


def test_a_profile_merge_page_outdated_by_another_save_is_merged_again(db, editors, organisation):
    erika, lea = editors
    mine, hers = opened(erika, organisation), opened(lea, organisation)
    save(lea, organisation, hers, city="Leipzig")
    merge_page = save(erika, organisation, mine, city="Zwickau")
    save(lea, organisation, opened(lea, organisation), street="Markt 1")
    data = form_with(merge_page.get_data(as_text=True), "base")
    assert erika.post(profile_url(organisation), data={**data, "wahl-city": ["mine"]}).status_code == 302
    db.refresh(organisation)
    assert (organisation.city, organisation.street) == ("Zwickau", "Markt 1")


def test_a_stale_profile_form_without_base_values_decides_nothing_for_the_person(client, db, organisation, editors):
    erika, _lea = editors
    form = opened(erika, organisation)
    organisation.city, organisation.version = "Von anderer Hand", organisation.version + 1
    db.flush()
    stale = {**profile_data(organisation, city="Meins", version=form["version"][0]), "csrf_token": form["csrf_token"]}
    response = erika.post(profile_url(organisation), data=stale)
    assert response.status_code == 409
    assert 'name="wahl-city"' in response.get_data(as_text=True)
