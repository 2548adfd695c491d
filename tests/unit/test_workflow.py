"""The offer state machine over every state × action × actor."""

from datetime import date

import pytest

from catalogue.errors import InvalidTransition
from catalogue.offers import workflow

ACTORS = (workflow.PROVIDER, workflow.OFFICE, workflow.SYSTEM)
REVISION_ACTIONS = sorted({action for _, action in workflow.REVISION_TRANSITIONS})
LISTING_ACTIONS = sorted({action for _, action in workflow.LISTING_TRANSITIONS})

EXPECTED_REVISION = {
    ("draft", "submit", "provider"): "submitted",
    ("changes_requested", "submit", "provider"): "submitted",
    ("submitted", "withdraw", "provider"): "draft",
    ("draft", "discard", "provider"): "discarded",
    ("changes_requested", "discard", "provider"): "discarded",
    ("submitted", "start_review", "office"): "in_review",
    ("in_review", "request_changes", "office"): "changes_requested",
    ("in_review", "approve", "office"): "approved",
    ("in_review", "reject", "office"): "rejected",
    ("approved", "supersede", "system"): "superseded",
}


@pytest.mark.parametrize("state", workflow.REVISION_STATES)
@pytest.mark.parametrize("action", REVISION_ACTIONS)
@pytest.mark.parametrize("actor", ACTORS)
def test_revision_transition_matrix(state, action, actor):
    expected = EXPECTED_REVISION.get((state, action, actor))
    if expected is None:
        with pytest.raises(InvalidTransition):
            workflow.next_revision_state(state, action, actor)
    else:
        assert workflow.next_revision_state(state, action, actor) == expected


@pytest.mark.parametrize("listing", workflow.LISTINGS)
@pytest.mark.parametrize("action", LISTING_ACTIONS)
@pytest.mark.parametrize("actor", ACTORS)
def test_listing_transition_matrix(listing, action, actor):
    allowed = {
        ("live", "pause"): "paused",
        ("paused", "resume"): "live",
        ("live", "withdraw"): "withdrawn",
        ("paused", "withdraw"): "withdrawn",
    }
    if action == "publish":
        expected = ("paused" if listing == "paused" else "live") if actor == "system" else None
    elif action == "expire":
        expected = "expired" if actor == "system" and listing in ("live", "paused") else None
    else:
        expected = allowed.get((listing, action)) if actor in ("provider", "office") else None
    if expected is None:
        with pytest.raises(InvalidTransition):
            workflow.next_listing(listing, action, actor)
    else:
        assert workflow.next_listing(listing, action, actor) == expected


def test_refusal_message_names_action_and_state_in_german():
    with pytest.raises(InvalidTransition, match="„einreichen“ ist im Zustand „In Prüfung“ nicht möglich"):
        workflow.next_revision_state("in_review", "submit", "provider")


def test_provider_sees_only_the_actions_allowed_to_providers():
    assert workflow.revision_actions("draft", "provider") == ["submit", "discard"]
    assert workflow.revision_actions("submitted", "provider") == ["withdraw"]
    assert workflow.revision_actions("in_review", "provider") == []


def test_seal_validity_adds_whole_months():
    assert workflow.seal_valid_until(date(2026, 11, 22), 24) == date(2028, 11, 22)


def test_seal_validity_clamps_to_the_last_day_of_a_shorter_month():
    assert workflow.seal_valid_until(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert workflow.seal_valid_until(date(2027, 12, 31), 2) == date(2028, 2, 29)


@pytest.mark.parametrize(
    "valid_until, due",
    [
        (date(2026, 11, 21), False),
        (date(2026, 11, 22), True),
        (date(2027, 1, 17), True),
        (date(2027, 1, 18), False),
    ],
)
def test_renewal_is_due_within_the_notice_weeks(valid_until, due):
    assert workflow.renewal_due(valid_until, date(2026, 11, 22), 8) is due


def test_seal_expires_the_day_after_its_last_valid_day():
    assert not workflow.seal_expired(date(2026, 11, 22), date(2026, 11, 22))
    assert workflow.seal_expired(date(2026, 11, 21), date(2026, 11, 22))
