"""Which decisions a review's ratings allow, and who may start a review."""

from dataclasses import dataclass

import pytest

from catalogue.review.rules import RatedCriterion, decision_problems, start_refusal


def ratings(**overrides):
    base = {"Q01": ("muss", "erfuellt"), "Q04": ("soll", "nicht_erfuellt"), "Q17": ("exclusion", "erfuellt")}
    base.update(overrides)
    return [
        RatedCriterion(code, kind, rating, condition)
        for code, (kind, rating, *rest) in base.items()
        for condition in [rest[0] if rest else ""]
    ]


def test_approval_is_allowed_when_every_muss_is_met_even_if_a_soll_is_not():
    assert decision_problems("approve", ratings(), [], "") == []


def test_approval_is_refused_when_a_muss_criterion_is_not_met():
    problems = decision_problems("approve", ratings(Q01=("muss", "nicht_erfuellt")), [], "")
    assert problems == ["Muss-Kriterium Q01 ist nicht erfüllt."]


def test_partly_met_muss_criterion_needs_a_condition():
    assert decision_problems("approve", ratings(Q01=("muss", "teilweise")), [], "") != []
    assert decision_problems("approve", ratings(Q01=("muss", "teilweise", "Manual bis März nachreichen")), [], "") == []


def test_approval_needs_every_criterion_rated():
    problems = decision_problems("approve", ratings(Q04=("soll", None)), [], "")
    assert problems == ["Für die Freigabe müssen alle Kriterien bewertet sein; offen: Q04."]


@pytest.mark.parametrize("decision", ["approve", "request_changes"])
def test_unmet_exclusion_criterion_forces_rejection(decision):
    problems = decision_problems(decision, ratings(Q17=("exclusion", "nicht_erfuellt")), [], "Bitte ändern")
    assert "Ausschlusskriterium Q17 ist nicht erfüllt" in problems[0]


def test_rejection_is_allowed_with_an_unmet_exclusion_criterion_and_a_reason():
    assert decision_problems("reject", ratings(Q17=("exclusion", "nicht_erfuellt")), ["HARMFUL_METHOD"], "") == []


def test_rejection_needs_a_reason_code():
    assert decision_problems("reject", ratings(), [], "") != []


def test_change_request_needs_a_message_to_the_provider():
    assert decision_problems("request_changes", ratings(), [], "  ") != []
    assert decision_problems("request_changes", ratings(), [], "Bitte Ziele konkretisieren") == []


# Who may start a review -----------------------------------------------------------------


@dataclass
class R:
    reviewer_id: int | None
    decided_at: object | None = None


def test_a_submitted_revision_may_be_started_by_anyone_not_yet_reviewing_it():
    assert start_refusal([], reviewer_id=1, state="submitted", approvals_required=1) is None


def test_nobody_starts_a_second_review_of_the_same_round():
    refusal = start_refusal([R(1, "gestern")], reviewer_id=1, state="in_review", approvals_required=2)
    assert refusal == "Sie prüfen diese Fassung bereits."


def test_a_revision_someone_is_reviewing_is_taken_unless_four_eyes_wants_a_second_reviewer():
    assert (
        start_refusal([R(1)], reviewer_id=2, state="in_review", approvals_required=1)
        == "Diese Fassung wird bereits geprüft."
    )
    assert start_refusal([R(1)], reviewer_id=2, state="in_review", approvals_required=2) is None


def test_a_revision_in_review_without_an_active_reviewer_may_be_taken_over():
    assert start_refusal([], reviewer_id=2, state="in_review", approvals_required=1) is None
    assert start_refusal([R(None)], reviewer_id=2, state="in_review", approvals_required=1) is None
    assert start_refusal([R(1, "gestern")], reviewer_id=2, state="in_review", approvals_required=1) is None
