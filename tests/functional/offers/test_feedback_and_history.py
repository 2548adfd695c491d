"""What the provider sees of the office's review, and the offer's history."""

from __future__ import annotations

import pytest

from catalogue.policy import Policy
from catalogue.review.services import Rating, decide_review, start_review
from tests.factories import make_user
from tests.functional.offers.helpers import (
    BASE,
    action_url,
    complete_content,
    create_draft,
    edit_url,
    newest_revision,
    post_action,
)


def _reviewed(app, client, db, provider, decision: str, reasons: list[str]):
    """A submitted draft decided by an office reviewer through the review services."""
    offer_id = create_draft(client, provider.organisation.id, complete_content(title="Zur Prüfung"))
    revision = newest_revision(db, offer_id)
    post_action(client, action_url(revision, "einreichen"), revision.version)
    reviewer = make_user(db, name="Rita Reviewer", office_role="reviewer")
    revision = newest_revision(db, offer_id)
    review = start_review(
        db, actor=reviewer, revision_id=revision.id, expected_version=revision.version, policy=Policy()
    )
    revision = newest_revision(db, offer_id)
    decide_review(
        db,
        actor=reviewer,
        review_id=review.id,
        expected_version=review.version,
        revision_version=revision.version,
        decision=decision,
        ratings={
            "Q02": Rating("teilweise", "Ziele bitte messbar formulieren"),
            "Q15": Rating("nicht_erfuellt", "Feedbackbogen fehlt"),
        },
        reason_codes=reasons,
        message="Bitte überarbeiten Sie die Ziele.",
        internal_note="INTERN: Träger kennt die Kriterien nicht",
        policy=Policy(),
    )
    db.flush()
    return newest_revision(db, offer_id)


@pytest.mark.parametrize("decision, reasons", [("request_changes", []), ("reject", ["NO_EVALUATION"])])
def test_offer_page_shows_the_offices_message_and_ratings_but_never_the_internal_note(
    app, client, db, provider, decision, reasons
):
    revision = _reviewed(app, client, db, provider, decision, reasons)
    page = client.get(f"{BASE}/{revision.offer_id}").get_data(as_text=True)
    assert "Bitte überarbeiten Sie die Ziele." in page
    assert "Q02 (Muss): Ziele sind konkret" in page and "Ziele bitte messbar formulieren" in page
    assert "Feedbackbogen fehlt" in page and "nicht erfüllt" in page
    assert "INTERN" not in page and "Rita Reviewer" not in page


def test_edit_page_of_a_revision_with_requested_changes_shows_the_feedback(app, client, db, provider):
    revision = _reviewed(app, client, db, provider, "request_changes", [])
    response = client.get(edit_url(revision))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Rückmeldung der Koordinierungsstelle" in page and "Ziele bitte messbar formulieren" in page
    assert "INTERN" not in page


def test_dashboard_puts_requested_changes_first_with_a_notice(app, client, db, provider):
    create_draft(client, provider.organisation.id, complete_content(title="AAA Entwurf"))
    _reviewed(app, client, db, provider, "request_changes", [])
    page = client.get(f"{BASE}/").get_data(as_text=True)
    assert "Zu tun (2)" in page
    assert page.index("Zur Prüfung") < page.index("AAA Entwurf")
    assert "Die Koordinierungsstelle bittet um Änderungen." in page


def test_history_lists_each_step_in_german_with_date_time_and_who(app, client, db, provider):
    revision = _reviewed(app, client, db, provider, "request_changes", ["INCOMPLETE"])
    page = client.get(f"{BASE}/{revision.offer_id}").get_data(as_text=True)
    history = page[page.index('id="verlauf"') :]
    assert "Angebot angelegt (Fassung 1) (Erika Editor)" in history
    assert "Fassung 1 zur Prüfung eingereicht (Erika Editor)" in history
    assert "Änderungen an Fassung 1 erbeten. Gründe: Angaben unvollständig (Koordinierungsstelle)" in history
    assert history.index("erbeten") < history.index("eingereicht") < history.index("angelegt")
    assert " Uhr</time>" in history
