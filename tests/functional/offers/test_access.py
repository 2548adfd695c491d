"""Offers of other organisations do not exist for a provider; anonymous visitors must log in."""

from __future__ import annotations

import pytest

from tests.factories import add_member, make_live_offer, make_organisation, make_user
from tests.functional.offers.helpers import (
    BASE,
    action_url,
    complete_content,
    count_events,
    create_draft,
    edit_url,
    form_data,
    newest_revision,
    offer_row,
    post_action,
    token,
)
from tests.helpers import log_in


@pytest.fixture
def foreign_draft(client, db, provider):
    """A draft of organisation A; afterwards the client is logged in as a member of organisation B."""
    offer_id = create_draft(client, provider.organisation.id, complete_content(title="Angebot von A"))
    other = make_user(db, name="Bernd B")
    add_member(db, other, make_organisation(db, name="Verein B"), role="admin")
    client.post("/konto/abmelden", data={"csrf_token": token(client)})
    log_in(client, other)
    return newest_revision(db, offer_id)


def test_member_of_another_organisation_gets_404_on_every_offer_page(client, foreign_draft):
    revision = foreign_draft
    assert client.get(f"{BASE}/{revision.offer_id}").status_code == 404
    assert client.get(edit_url(revision)).status_code == 404
    assert "Angebot von A" not in client.get(f"{BASE}/").get_data(as_text=True)


def test_refused_posts_from_another_organisation_change_nothing(client, db, foreign_draft):
    revision = foreign_draft
    version = revision.version
    assert post_action(client, action_url(revision, "einreichen"), version).status_code == 404
    assert post_action(client, action_url(revision, "verwerfen"), version).status_code == 404
    saved = client.post(edit_url(revision), data=form_data({"title": "Übernommen"}, token(client), version))
    assert saved.status_code == 404
    current = newest_revision(db, revision.offer_id)
    assert (current.state, current.title, current.version) == ("draft", "Angebot von A", version)
    assert count_events(db, "revision.submit", revision.offer_id) == 0


def test_pausing_another_organisations_offer_is_404_and_changes_nothing(client, db, provider):
    offer = make_live_offer(db, make_organisation(db), title="Fremdes Angebot")
    response = client.post(
        f"{BASE}/{offer.id}/sichtbarkeit/pausieren",
        data={"pause-csrf_token": token(client), "pause-version": str(offer.version), "pause-reason": "Sabotage"},
    )
    assert response.status_code == 404
    assert offer_row(db, offer.id).listing == "live"


def test_revision_of_another_offer_is_404_even_for_a_member(client, db, provider):
    first = create_draft(client, provider.organisation.id, {"title": "Erstes"})
    second = newest_revision(db, create_draft(client, provider.organisation.id, {"title": "Zweites"}))
    assert client.get(f"{BASE}/{first}/fassung/{second.id}/bearbeiten").status_code == 404


def test_anonymous_visitor_is_sent_to_the_login_page(client, db):
    for url in (f"{BASE}/", f"{BASE}/1", f"{BASE}/neu?organisation=1"):
        response = client.get(url)
        assert response.status_code == 302 and "/konto/anmelden" in response.headers["Location"]
