"""Submitting a draft, the lock while the office has it, withdrawing, double clicks, discarding."""

from __future__ import annotations

from sqlalchemy import select

from catalogue.mail import MailOutbox
from tests.functional.offers.helpers import (
    BASE,
    action_url,
    complete_content,
    count_events,
    create_draft,
    edit_url,
    form_data,
    newest_revision,
    post_action,
    token,
)


def _submitted(client, db, provider, **content):
    offer_id = create_draft(client, provider.organisation.id, complete_content(**content))
    revision = newest_revision(db, offer_id)
    assert post_action(client, action_url(revision, "einreichen"), revision.version).status_code == 302
    return newest_revision(db, offer_id)


def test_submitting_an_incomplete_draft_shows_each_problem_at_its_field_and_keeps_the_input(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Halbfertig", "grade_from": 5})
    revision = newest_revision(db, offer_id)
    response = post_action(client, action_url(revision, "einreichen"), revision.version)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "noch nicht vollständig" in page
    assert '<p class="error" id="summary-fehler">Ist erforderlich.</p>' in page
    assert '<p class="error" id="fields-fehler">Ist erforderlich.</p>' in page
    assert "„Klassenstufe von“ und „Klassenstufe bis“ nur gemeinsam angeben" in page
    assert 'value="Halbfertig"' in page and 'name="grade_from" type="number" value="5"' in page
    assert f'action="{edit_url(revision)}"' in page
    assert newest_revision(db, offer_id).state == "draft"


def test_submitting_a_complete_draft_marks_it_submitted_and_queues_mail_to_the_office(app, client, db, provider):
    revision = _submitted(client, db, provider, title="Fertiges Angebot")
    assert revision.state == "submitted" and revision.submitted_at is not None
    mail = db.scalar(select(MailOutbox).where(MailOutbox.subject == "Neue Einreichung: Fertiges Angebot"))
    assert mail.to_addr == app.config["OFFICE_EMAIL"]
    assert count_events(db, "revision.submit", revision.offer_id) == 1


def test_submitted_revision_has_no_edit_button_and_its_edit_page_answers_409(client, db, provider):
    revision = _submitted(client, db, provider)
    offer_page = client.get(f"{BASE}/{revision.offer_id}").get_data(as_text=True)
    assert edit_url(revision) not in offer_page
    response = client.get(edit_url(revision))
    assert response.status_code == 409
    assert "liegt der Koordinierungsstelle vor" in response.get_data(as_text=True)


def test_saving_a_submitted_revision_is_refused_with_409_and_changes_nothing(client, db, provider):
    revision = _submitted(client, db, provider, title="Eingereicht")
    response = client.post(
        edit_url(revision), data=form_data(complete_content(title="Heimlich geändert"), token(client), revision.version)
    )
    assert response.status_code == 409
    assert newest_revision(db, revision.offer_id).title == "Eingereicht"


def test_withdrawing_a_submission_makes_the_revision_a_draft_again(client, db, provider):
    revision = _submitted(client, db, provider)
    response = post_action(client, action_url(revision, "zurueckziehen"), revision.version)
    assert response.status_code == 302
    assert newest_revision(db, revision.offer_id).state == "draft"
    assert client.get(edit_url(revision)).status_code == 200


def test_double_clicked_submit_records_one_submit_event(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, complete_content())
    revision = newest_revision(db, offer_id)
    url, version = action_url(revision, "einreichen"), revision.version
    first, second = post_action(client, url, version), post_action(client, url, version)
    assert first.status_code == 302
    assert second.status_code == 409
    assert "nicht möglich" in second.get_data(as_text=True)
    assert count_events(db, "revision.submit", offer_id) == 1


def test_discarding_a_draft_keeps_the_offer_with_its_history(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Verworfen"})
    revision = newest_revision(db, offer_id)
    assert post_action(client, action_url(revision, "verwerfen"), revision.version).status_code == 302
    assert newest_revision(db, offer_id).state == "discarded"
    page = client.get(f"{BASE}/{offer_id}").get_data(as_text=True)
    assert "Fassung 1 verworfen" in page
