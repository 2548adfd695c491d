"""The life of an offer as a pure state machine: transition tables, no database, no Flask.

Two machines: a revision moves from draft through review to a decision; the offer's
listing says whether its approved (live) revision is public. Actors are kinds, not
people: "provider" (a member of the offer's organisation), "office" (reviewer or admin,
not a member), "system" (the periodic jobs and the approval itself).
"""

from __future__ import annotations

from datetime import date, timedelta

from catalogue.clock import add_months
from catalogue.errors import InvalidTransition

PROVIDER, OFFICE, SYSTEM = "provider", "office", "system"

REVISION_STATES = (
    "draft",
    "submitted",
    "in_review",
    "changes_requested",
    "approved",
    "rejected",
    "superseded",
    "discarded",
)
OPEN_STATES = ("draft", "submitted", "in_review", "changes_requested")
EDITABLE_STATES = ("draft", "changes_requested")

# (state, action) → (next state, who may do it)
REVISION_TRANSITIONS: dict[tuple[str, str], tuple[str, frozenset[str]]] = {
    ("draft", "submit"): ("submitted", frozenset({PROVIDER})),
    ("changes_requested", "submit"): ("submitted", frozenset({PROVIDER})),
    ("submitted", "withdraw"): ("draft", frozenset({PROVIDER})),
    ("draft", "discard"): ("discarded", frozenset({PROVIDER})),
    ("changes_requested", "discard"): ("discarded", frozenset({PROVIDER})),
    ("submitted", "start_review"): ("in_review", frozenset({OFFICE})),
    ("in_review", "request_changes"): ("changes_requested", frozenset({OFFICE})),
    ("in_review", "approve"): ("approved", frozenset({OFFICE})),
    ("in_review", "reject"): ("rejected", frozenset({OFFICE})),
    ("approved", "supersede"): ("superseded", frozenset({SYSTEM})),
}

LISTINGS = ("unlisted", "live", "paused", "withdrawn", "expired")
LISTING_TRANSITIONS: dict[tuple[str, str], tuple[str, frozenset[str]]] = {
    # Approval of a revision publishes it, whatever the listing was before, except a pause:
    # only the provider (or the office) ends that, so the approved revision waits behind it.
    **{(listing, "publish"): ("live", frozenset({SYSTEM})) for listing in LISTINGS if listing != "paused"},
    ("paused", "publish"): ("paused", frozenset({SYSTEM})),
    ("live", "pause"): ("paused", frozenset({PROVIDER, OFFICE})),
    ("paused", "resume"): ("live", frozenset({PROVIDER, OFFICE})),
    ("live", "withdraw"): ("withdrawn", frozenset({PROVIDER, OFFICE})),
    ("paused", "withdraw"): ("withdrawn", frozenset({PROVIDER, OFFICE})),
    ("live", "expire"): ("expired", frozenset({SYSTEM})),
    ("paused", "expire"): ("expired", frozenset({SYSTEM})),
}

REVISION_STATE_LABELS = {
    "draft": "Entwurf",
    "submitted": "Eingereicht",
    "in_review": "In Prüfung",
    "changes_requested": "Änderungen erbeten",
    "approved": "Freigegeben",
    "rejected": "Abgelehnt",
    "superseded": "Ersetzt",
    "discarded": "Verworfen",
}
LISTING_LABELS = {
    "unlisted": "Nicht veröffentlicht",
    "live": "Veröffentlicht",
    "paused": "Pausiert",
    "withdrawn": "Zurückgezogen",
    "expired": "Siegel abgelaufen",
}
ACTION_LABELS = {
    "submit": "einreichen",
    "withdraw": "zurückziehen",
    "discard": "verwerfen",
    "start_review": "Prüfung beginnen",
    "request_changes": "Änderungen erbitten",
    "approve": "freigeben",
    "reject": "ablehnen",
    "supersede": "ersetzen",
    "publish": "veröffentlichen",
    "pause": "pausieren",
    "resume": "fortsetzen",
    "expire": "ablaufen lassen",
}


def _next(table, state: str, action: str, actor: str, labels: dict[str, str]) -> str:
    transition = table.get((state, action))
    if transition is None:
        raise InvalidTransition(
            f"„{ACTION_LABELS.get(action, action)}“ ist im Zustand „{labels.get(state, state)}“ nicht möglich."
        )
    target, actors = transition
    if actor not in actors:
        raise InvalidTransition(f"„{ACTION_LABELS.get(action, action)}“ ist Ihnen in diesem Zustand nicht erlaubt.")
    return target


def next_revision_state(state: str, action: str, actor: str) -> str:
    """The state after `action`, or InvalidTransition."""
    return _next(REVISION_TRANSITIONS, state, action, actor, REVISION_STATE_LABELS)


def next_listing(listing: str, action: str, actor: str) -> str:
    return _next(LISTING_TRANSITIONS, listing, action, actor, LISTING_LABELS)


def revision_actions(state: str, actor: str) -> list[str]:
    """Actions `actor` may take on a revision in `state` (for showing buttons)."""
    return [
        action for (source, action), (_, actors) in REVISION_TRANSITIONS.items() if source == state and actor in actors
    ]


def listing_actions(listing: str, actor: str) -> list[str]:
    return [
        action
        for (source, action), (_, actors) in LISTING_TRANSITIONS.items()
        if source == listing and actor in actors and action != "publish"
    ]


def seal_valid_until(awarded_on: date, months: int) -> date:
    """awarded_on plus whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    return add_months(awarded_on, months)


def renewal_due(valid_until: date | None, today: date, notice_weeks: int) -> bool:
    return valid_until is not None and today <= valid_until <= today + timedelta(weeks=notice_weeks)


def seal_expired(valid_until: date | None, today: date) -> bool:
    return valid_until is not None and valid_until < today
