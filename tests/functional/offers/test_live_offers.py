"""A listed offer: change it through a new revision, renew it, pause, resume and withdraw it."""

from __future__ import annotations

from datetime import date, timedelta

from tests.factories import make_live_offer
from tests.functional.offers.helpers import BASE, count_events, newest_revision, offer_row, post_action, token

_ACTIONS = {"pausieren": "pause", "fortsetzen": "resume", "zurueckziehen": "withdraw"}


def _listing(client, offer, verb, reason=""):
    """Post the pause/resume/withdraw form; its fields carry the action as prefix."""
    prefix = _ACTIONS[verb]
    return client.post(
        f"{BASE}/{offer.id}/sichtbarkeit/{verb}",
        data={
            f"{prefix}-csrf_token": token(client),
            f"{prefix}-version": str(offer.version),
            f"{prefix}-reason": reason,
        },
    )


def test_changing_a_live_offer_starts_a_draft_while_the_live_revision_stays_public(client, db, provider):
    offer = make_live_offer(db, provider.organisation, title="Klassenrat lernen")
    live_id = offer.live_revision_id
    response = post_action(client, f"{BASE}/{offer.id}/aendern", offer.version)
    draft = newest_revision(db, offer.id)
    assert response.headers["Location"].endswith(f"/{offer.id}/fassung/{draft.id}/bearbeiten")
    assert (draft.number, draft.state, draft.title) == (2, "draft", "Klassenrat lernen")
    assert offer_row(db, offer.id).live_revision_id == live_id
    assert "Klassenrat lernen" in client.get("/").get_data(as_text=True)


def test_pausing_with_a_reason_hides_the_offer_from_the_start_page(client, db, provider):
    offer = make_live_offer(db, provider.organisation, title="Mutig im Netz")
    response = _listing(client, offer, "pausieren", reason="Referentin in Elternzeit")
    assert response.status_code == 302
    assert (offer_row(db, offer.id).listing, offer.listing_reason) == ("paused", "Referentin in Elternzeit")
    assert "Mutig im Netz" not in client.get("/").get_data(as_text=True)


def test_resuming_a_paused_offer_shows_it_on_the_start_page_again(client, db, provider):
    offer = make_live_offer(db, provider.organisation, title="Mutig im Netz")
    _listing(client, offer, "pausieren", reason="Kurze Pause")
    response = _listing(client, offer_row(db, offer.id), "fortsetzen")
    assert response.status_code == 302
    assert offer_row(db, offer.id).listing == "live"
    assert "Mutig im Netz" in client.get("/").get_data(as_text=True)


def test_pausing_without_a_reason_is_refused_and_changes_nothing(client, db, provider):
    offer = make_live_offer(db, provider.organisation, title="Ohne Grund")
    response = _listing(client, offer, "pausieren", reason="  ")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert '<p class="error" id="pause-reason-fehler">Bitte geben Sie einen Grund an.</p>' in page
    assert offer_row(db, offer.id).listing == "live"
    assert count_events(db, "offer.pause", offer.id) == 0


def test_withdrawing_a_listed_offer_records_the_reason_in_the_history(client, db, provider):
    offer = make_live_offer(db, provider.organisation, title="Auslaufmodell")
    assert _listing(client, offer, "zurueckziehen", reason="Projekt endet").status_code == 302
    assert offer_row(db, offer.id).listing == "withdrawn"
    assert "Angebot zurückgezogen. Grund: Projekt endet" in client.get(f"{BASE}/{offer.id}").get_data(as_text=True)


def test_renew_button_appears_only_when_renewal_is_due(client, db, provider):
    due = make_live_offer(db, provider.organisation, valid_until=date.today() + timedelta(days=20))
    later = make_live_offer(db, provider.organisation, valid_until=date.today() + timedelta(days=400))
    assert f"{BASE}/{due.id}/erneuern" in client.get(f"{BASE}/{due.id}").get_data(as_text=True)
    assert f"{BASE}/{later.id}/erneuern" not in client.get(f"{BASE}/{later.id}").get_data(as_text=True)


def test_renewing_starts_a_renewal_revision(client, db, provider):
    offer = make_live_offer(db, provider.organisation, valid_until=date.today() + timedelta(days=20))
    assert post_action(client, f"{BASE}/{offer.id}/erneuern", offer.version).status_code == 302
    assert newest_revision(db, offer.id).state == "draft"
    assert count_events(db, "revision.renewal_started", offer.id) == 1
