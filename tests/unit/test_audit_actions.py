"""The audit action registry: every action has German texts, stored spellings stay, events read in German."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from catalogue.audit import (
    AUDIT_TEXTS,
    DECISION_ACTIONS,
    LISTING_ACTIONS,
    REVISION_STEP_ACTIONS,
    AuditAction,
    AuditEvent,
    audit_text,
    record_event,
)
from catalogue.offers import workflow
from catalogue.review.events import describe


def event(action: str, revision_id: int | None = 7, **details) -> AuditEvent:
    return AuditEvent(
        action=action,
        actor_id=1,
        offer_id=3,
        revision_id=revision_id,
        created_at=datetime(2026, 3, 1, tzinfo=UTC),
        details=json.dumps(details),
    )


@pytest.mark.parametrize("action", list(AuditAction))
def test_every_action_has_a_german_label_and_sentence(action):
    text = AUDIT_TEXTS[action]
    assert text.label and text.sentence


def test_stored_spellings_are_kept_as_written():
    # audit_event refuses UPDATE: old rows keep these strings, so the values must never change
    assert AuditAction.REVIEW_APPROVED == "review.approve"
    assert AuditAction.REVISION_SUBMITTED == "revision.submit"
    assert AuditAction.OFFER_EXPIRED == "offer.expire"
    assert AuditAction.OFFER_PUBLISHED == "offer.published"
    assert AuditAction("revision.renewal_started") is AuditAction.RENEWAL_STARTED
    assert len({action.value for action in AuditAction}) == len(AuditAction)


class Collected(list):
    add = list.append


def test_record_event_stores_the_spelling_and_refuses_an_unnamed_action():
    session = Collected()
    record_event(session, action=AuditAction.OFFER_EXPIRED, actor_id=None, offer_id=3, valid_until="2027-01-31")
    assert session[0].action == "offer.expire" and type(session[0].action) is str
    with pytest.raises(ValueError):
        record_event(session, action="offer.expired", actor_id=None)


def test_workflow_verbs_map_to_their_actions():
    revision_verbs = {verb for _, verb in workflow.REVISION_TRANSITIONS}
    assert set(REVISION_STEP_ACTIONS) | set(DECISION_ACTIONS) <= revision_verbs
    assert set(LISTING_ACTIONS) <= {verb for _, verb in workflow.LISTING_TRANSITIONS}
    assert LISTING_ACTIONS["withdraw"] is AuditAction.OFFER_WITHDRAWN
    assert REVISION_STEP_ACTIONS["withdraw"] is AuditAction.SUBMISSION_WITHDRAWN


def test_a_stored_string_finds_its_texts_and_an_unknown_one_shows_as_it_is():
    assert audit_text("review.reject").label == "Abgelehnt"
    assert audit_text("something.else").label == "something.else"


def test_describe_a_submission_with_changed_fields():
    text = describe(event("revision.saved", fields=["title", "summary"]), {7: 2})
    assert text.label == "Fassung gespeichert"
    assert text.sentence.startswith("Fassung 2 gespeichert: ")
    assert text.lines[0].startswith("Geänderte Felder: ")


def test_describe_a_publication_with_its_seal_date():
    text = describe(event("offer.published", seal_valid_until="2028-03-01", superseded=5), {7: 3, 5: 2})
    assert text.label == "Fassung veröffentlicht"
    assert text.sentence == "Fassung 3 veröffentlicht; Siegel gültig bis 01.03.2028"
    assert text.lines == ["ersetzt Fassung 2", "Siegel gültig bis 01.03.2028"]


def test_describe_a_pause_with_the_providers_reason():
    text = describe(
        event("offer.pause", revision_id=None, reason="Sommerferien", **{"from": "live", "to": "paused"}), {}
    )
    assert text.sentence == "Angebot pausiert. Grund: Sommerferien"
    assert text.lines[-1] == "Begründung: Sommerferien"
    assert text.lines[0].startswith("von „")


def test_describe_an_event_without_revision_number():
    assert describe(event("offer.created", revision_id=None), {}).sentence == "Angebot angelegt (Fassung ?)"
