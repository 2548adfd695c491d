"""The rules of a review, pure: who may start one, and which decisions a set of ratings allows.

- start: not twice by the same person in one round; a revision in review is taken by its
  reviewer unless four-eyes mode wants a second one (or nobody is actively reviewing it).
- separation of duties: nobody reviews an offer of an organisation they belong to
  (`permissions.can_review`); SEPARATION_OF_DUTIES says so.

- approve: every criterion rated; every Muss criterion met, or met partly with a recorded
  condition, or not applicable; no exclusion criterion failed.
- reject: always possible with a reason code; forced when an exclusion criterion is not met.
- request changes: possible unless an exclusion criterion is not met (that forces rejection).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

DECISIONS = ("approve", "request_changes", "reject")
# The outcome in words, for the provider's mail and the history.
DECISION_RESULTS = {"approve": "freigegeben", "request_changes": "Änderungen erbeten", "reject": "abgelehnt"}
RATING_LABELS = {
    "erfuellt": "erfüllt",
    "teilweise": "teilweise",
    "nicht_erfuellt": "nicht erfüllt",
    "nicht_anwendbar": "nicht anwendbar",
}
KIND_LABELS = {"muss": "Muss", "soll": "Soll", "exclusion": "Ausschluss"}
# Which offer fields each criterion of the seeded set is judged on: the review page links
# both ways between them. Codes of later criteria sets without an entry simply get no links.
CRITERION_FIELDS: dict[str, tuple[str, ...]] = {
    "Q01": ("theory",),
    "Q02": ("goals",),
    "Q03": ("grade_from", "grade_to", "age_from", "age_to", "audiences", "levels"),
    "Q04": ("need",),
    "Q05": ("description", "goals", "formats"),
    "Q06": ("description", "formats"),
    "Q07": ("sessions", "duration_value", "duration_unit"),
    "Q08": ("staff_count", "staff_qualification"),
    "Q09": ("accessibility_note", "languages"),
    "Q10": ("description",),
    "Q11": ("preparation",),
    "Q12": ("curriculum_link",),
    "Q13": ("description",),
    "Q14": (
        "is_free",
        "cost_amount",
        "group_min",
        "group_max",
        "duration_value",
        "venues",
        "requirements",
        "booking_info",
        "lead_time_weeks",
    ),
    "Q15": ("evaluation_kind", "evaluation_summary"),
    "Q16": ("evaluation_summary",),
    "Q17": ("description",),
    "Q18": ("description",),
    "Q19": ("staff_qualification",),
    "Q20": ("contact_name", "contact_email", "contact_phone"),
}
# A rating that is not plainly met needs the reviewer's words: its note fields open.
MET_RATINGS = ("erfuellt", "nicht_anwendbar")
SEPARATION_OF_DUTIES = (
    "Sie gehören diesem Träger an und dürfen seine Angebote nicht prüfen (Trennung der Zuständigkeiten)."
)


class RoundReview(Protocol):
    """What the start rule needs of a review of the current round."""

    reviewer_id: int | None
    decided_at: object | None


def start_refusal(
    current: Iterable[RoundReview], *, reviewer_id: int, state: str, approvals_required: int
) -> str | None:
    """Why `reviewer_id` may not start reviewing a revision in `state` now; None when they may.

    `current` are the reviews of the revision's current round. A revision in review
    without an active reviewer (imported, reviewer account deleted) may be taken over.
    """
    current = list(current)
    if any(review.reviewer_id == reviewer_id for review in current):
        return "Sie prüfen diese Fassung bereits."
    busy = any(review.decided_at is None and review.reviewer_id is not None for review in current)
    if state == "in_review" and approvals_required < 2 and busy:
        return "Diese Fassung wird bereits geprüft."
    return None


@dataclass(frozen=True)
class RatedCriterion:
    code: str
    kind: str  # muss | soll | exclusion
    rating: str | None  # None: not rated yet
    condition: str = ""


def decision_problems(decision: str, ratings: list[RatedCriterion], reason_codes: list[str], message: str) -> list[str]:
    """German reasons why `decision` is not allowed; empty when it is."""
    if decision not in DECISIONS:
        return ["Unbekannte Entscheidung."]
    failed_exclusions = [r.code for r in ratings if r.kind == "exclusion" and r.rating == "nicht_erfuellt"]
    if decision == "reject":
        return [] if reason_codes else ["Bitte geben Sie für die Ablehnung mindestens einen Grund an."]
    if failed_exclusions:
        return [
            f"Ausschlusskriterium {', '.join(failed_exclusions)} ist nicht erfüllt: das Angebot muss abgelehnt werden."
        ]
    if decision == "request_changes":
        return [] if message.strip() else ["Bitte schreiben Sie dem Träger, was zu ändern ist."]
    return _approval_problems(ratings)


def _approval_problems(ratings: list[RatedCriterion]) -> list[str]:
    problems = []
    unrated = [r.code for r in ratings if r.rating is None]
    if unrated:
        problems.append("Für die Freigabe müssen alle Kriterien bewertet sein; offen: " + ", ".join(unrated) + ".")
    for r in ratings:
        if r.kind == "muss" and r.rating == "nicht_erfuellt":
            problems.append(f"Muss-Kriterium {r.code} ist nicht erfüllt.")
        elif r.kind == "muss" and r.rating == "teilweise" and not r.condition.strip():
            problems.append(f"Muss-Kriterium {r.code} ist nur teilweise erfüllt: bitte eine Auflage angeben.")
        elif r.kind == "exclusion" and r.rating not in (None, "erfuellt"):
            problems.append(f"Ausschlusskriterium {r.code} muss erfüllt sein.")
    return problems
