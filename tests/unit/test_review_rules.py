"""Which decisions a review's ratings allow."""
import pytest

from catalogue.review.rules import RatedCriterion, decision_problems


def ratings(**overrides):
    base = {"Q01": ("muss", "erfuellt"), "Q04": ("soll", "nicht_erfuellt"), "Q17": ("exclusion", "erfuellt")}
    base.update(overrides)
    return [RatedCriterion(code, kind, rating, condition) for code, (kind, rating, *rest) in base.items()
            for condition in [rest[0] if rest else ""]]


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
