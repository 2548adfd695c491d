"""Two editors of one draft: a stale save is merged, clashing fields are chosen, nothing is lost."""

from __future__ import annotations

import re

import pytest

from tests.conftest import csrf_from
from tests.factories import add_member, make_user
from tests.functional.offers.helpers import complete_content, create_draft, edit_url, form_data, newest_revision
from tests.helpers import log_in
from tests.html_forms import form_with

START = complete_content(title="Ursprung", summary="Kurz gefasst", goals="Alte Ziele")


@pytest.fixture
def second(app, db, provider):
    """A second editor of the same organisation, in a browser of her own."""
    lea = make_user(db, name="Lea Lektorin")
    add_member(db, lea, provider.organisation)
    browser = app.test_client()
    log_in(browser, lea)
    return browser


def opened(client, revision) -> tuple[str, int, str]:
    """Open the edit page: the CSRF token, the version and the signed base it starts from."""
    page = client.get(edit_url(revision)).get_data(as_text=True)
    version = int(re.search(r'name="version" type="hidden" value="(\d+)"', page).group(1))
    return csrf_from(page), version, re.search(r'name="base" value="([^"]+)"', page).group(1)


def save(client, revision, opened_page, **changes):
    csrf, version, base = opened_page
    return client.post(edit_url(revision), data={**form_data({**START, **changes}, csrf, version), "base": base})


def repost(client, revision, response, **choices):
    """Send the form of a merge page as shown, with the given choice per clashing field."""
    data = form_with(response.get_data(as_text=True), "version")
    data.update({f"wahl-{name}": [choice] for name, choice in choices.items()})
    return client.post(edit_url(revision), data=data)


@pytest.fixture
def draft(client, db, provider):
    return newest_revision(db, create_draft(client, provider.organisation.id, START))


def test_disjoint_changes_of_two_editors_are_both_kept(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    assert save(second, draft, hers, title="Von Lea").status_code == 302
    response = save(client, draft, mine, summary="Von Erika")
    assert response.status_code == 302
    saved = newest_revision(db, draft.offer_id)
    assert (saved.title, saved.summary) == ("Von Lea", "Von Erika")
    note = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Ihre Änderungen wurden damit zusammengeführt" in note
    assert "Übernommen von Lea Lektorin: Titel." in note and "Ihre Änderungen: Kurzbeschreibung." in note


def test_disjoint_changes_to_vocabulary_lists_are_both_kept(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, topics=["zivilcourage", "mobbing"])
    assert save(client, draft, mine, formats=["workshop"]).status_code == 302
    saved = newest_revision(db, draft.offer_id)
    assert (saved.title, saved.summary) == ("Ursprung", "Kurz gefasst")
    page = client.get(edit_url(saved)).get_data(as_text=True)
    assert 'value="mobbing" checked' in page and 'value="workshop" checked' in page


def test_both_changing_a_field_shows_both_values_for_a_choice_and_saves_nothing(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, title="Von Lea", goals="Neue Ziele von Lea")
    response = save(client, draft, mine, title="Von Erika", summary="Von Erika")
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert 'name="wahl-title" value="mine" checked' in page and 'name="wahl-title" value="theirs"' in page
    assert 'Ihre Fassung <span class="merge-value">Von Erika</span>' in page
    assert re.search(r"Gespeicherte Fassung von Lea Lektorin, \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr", page)
    assert "Von der gespeicherten Fassung übernommen: Ziele." in page
    assert "Ihre Änderungen bleiben: Kurzbeschreibung." in page
    saved = newest_revision(db, draft.offer_id)
    assert (saved.title, saved.summary, saved.goals) == ("Von Lea", "Kurz gefasst", "Neue Ziele von Lea")


@pytest.mark.parametrize(("choice", "title"), [("mine", "Von Erika"), ("theirs", "Von Lea")])
def test_each_choice_on_the_merge_page_is_honoured(client, db, second, draft, choice, title):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, title="Von Lea", goals="Neue Ziele von Lea")
    merge_page = save(client, draft, mine, title="Von Erika", summary="Von Erika")
    assert repost(client, draft, merge_page, title=choice).status_code == 302
    saved = newest_revision(db, draft.offer_id)
    assert (saved.title, saved.summary, saved.goals) == (title, "Von Erika", "Neue Ziele von Lea")


def test_saving_the_merge_page_as_shown_never_reverts_the_other_editors_change(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, title="Von Lea", goals="Neue Ziele von Lea")
    merge_page = save(client, draft, mine, title="Von Erika")
    assert repost(client, draft, merge_page).status_code == 302
    assert newest_revision(db, draft.offer_id).goals == "Neue Ziele von Lea"


def test_a_merge_page_outdated_by_another_save_is_merged_again(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, title="Von Lea")
    merge_page = save(client, draft, mine, title="Von Erika", summary="Von Erika")
    save(second, draft, opened(second, draft), title="Von Lea", goals="Spätere Ziele von Lea")
    assert repost(client, draft, merge_page, title="mine").status_code == 302
    saved = newest_revision(db, draft.offer_id)
    assert (saved.title, saved.summary, saved.goals) == ("Von Erika", "Von Erika", "Spätere Ziele von Lea")


def test_a_choice_for_the_saved_value_follows_a_newer_save_of_that_field(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, title="Von Lea")
    merge_page = save(client, draft, mine, title="Von Erika")
    save(second, draft, opened(second, draft), title="Von Lea, zweiter Versuch")
    assert repost(client, draft, merge_page, title="theirs").status_code == 302
    assert newest_revision(db, draft.offer_id).title == "Von Lea, zweiter Versuch"


def test_keeping_mine_against_a_newer_save_of_that_field_asks_again(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, title="Von Lea")
    merge_page = save(client, draft, mine, title="Von Erika")
    save(second, draft, opened(second, draft), title="Von Lea, zweiter Versuch")
    again = repost(client, draft, merge_page, title="mine")
    assert again.status_code == 409
    assert "Von Lea, zweiter Versuch</span>" in again.get_data(as_text=True)
    assert newest_revision(db, draft.offer_id).title == "Von Lea, zweiter Versuch"


def test_a_merged_save_asked_to_submit_is_saved_but_not_submitted(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, title="Von Lea")
    response = save(client, draft, mine, summary="Von Erika", einreichen="1")
    assert response.status_code == 302
    assert newest_revision(db, draft.offer_id).state == "draft"
    assert "Eingereicht ist die Fassung noch nicht" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_a_vocabulary_list_both_changed_is_chosen_as_a_whole_and_shown_by_labels(client, db, second, draft):
    mine, hers = opened(client, draft), opened(second, draft)
    save(second, draft, hers, fields=["gewalt", "sucht"])
    merge_page = save(client, draft, mine, fields=["sucht"])
    page = merge_page.get_data(as_text=True)
    assert merge_page.status_code == 409
    assert re.search(
        r"Gespeicherte Fassung von Lea Lektorin, [^<]+<span class=\"merge-value\">Gewaltprävention, ", page
    )
    assert repost(client, draft, merge_page, fields="theirs").status_code == 302
    page = client.get(edit_url(draft)).get_data(as_text=True)
    assert 'value="gewalt" checked' in page and 'value="sucht" checked' in page
