"""The office's review services against a real database: decision rules, separation of
duties, publishing exactly the reviewed revision, seal validity, four-eyes mode."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from catalogue.clock import utcnow
from catalogue.errors import InvalidTransition, NotFound, PermissionDenied, StaleEdit
from catalogue.offers import services as offers
from catalogue.offers import workflow
from catalogue.offers.content import read_content
from catalogue.offers.models import Offer, OfferRevision
from catalogue.policy import Policy, policy_from_config
from catalogue.review.models import Review, ReviewRating
from catalogue.review.services import DecisionRefused, Rating, save_review, start_review
from tests.factories import add_member
from tests.integration.review import scenario as s

FOUR_EYES = Policy(approvals_required=2)


@pytest.fixture
def people(db):
    user, organisation = s.provider(db)
    return user, organisation, s.reviewer(db)


def in_review(db, people, **changes):
    user, organisation, office = people
    revision = s.submitted(db, user, organisation, **changes)
    return revision, s.start(db, office, revision.id)


def test_starting_a_review_assigns_the_reviewer_and_records_one_event(db, people):
    revision, review = in_review(db, people)
    assert s.fresh(db, OfferRevision, revision.id).state == "in_review"
    assert review.reviewer_id == people[2].id
    assert [e.action for e in s.events(db, revision.offer_id, "review.started")] == ["review.started"]


def test_approval_when_every_criterion_is_met_publishes_the_offer(db, people):
    revision, review = in_review(db, people)
    assert s.decide(db, people[2], review.id, "approve") == "approved"
    offer = s.fresh(db, Offer, revision.offer_id)
    assert offer.listing == "live" and offer.live_revision_id == revision.id


def test_approval_is_refused_while_a_muss_criterion_is_not_met(db, people):
    revision, review = in_review(db, people)
    with pytest.raises(DecisionRefused) as refused:
        s.decide(db, people[2], review.id, "approve", rated=s.ratings(db, review, Q08="nicht_erfuellt"))
    assert refused.value.problems == ["Muss-Kriterium Q08 ist nicht erfüllt."]


def test_partly_met_muss_criterion_without_a_condition_is_refused(db, people):
    revision, review = in_review(db, people)
    with pytest.raises(DecisionRefused) as refused:
        s.decide(db, people[2], review.id, "approve", rated=s.ratings(db, review, Q15="teilweise"))
    assert "bitte eine Auflage angeben" in refused.value.problems[0]


def test_partly_met_muss_criterion_with_a_condition_allows_approval(db, people):
    revision, review = in_review(db, people)
    rated = s.ratings(db, review, Q15=("teilweise", "Feedbackbögen bis Ende des Schuljahres einführen"))
    assert s.decide(db, people[2], review.id, "approve", rated=rated) == "approved"
    stored = db.scalars(
        select(ReviewRating).where(ReviewRating.review_id == review.id, ReviewRating.rating == "teilweise")
    ).one()
    assert stored.condition == "Feedbackbögen bis Ende des Schuljahres einführen"


def test_approval_needs_every_criterion_rated(db, people):
    revision, review = in_review(db, people)
    rated = s.ratings(db, review)
    del rated["Q12"]
    with pytest.raises(DecisionRefused) as refused:
        s.decide(db, people[2], review.id, "approve", rated=rated)
    assert "offen: Q12" in refused.value.problems[0]


@pytest.mark.parametrize("decision", ["approve", "request_changes"])
def test_unmet_exclusion_criterion_allows_only_rejection(db, people, decision):
    revision, review = in_review(db, people)
    rated = s.ratings(db, review, Q17="nicht_erfuellt")
    with pytest.raises(DecisionRefused) as refused:
        s.decide(db, people[2], review.id, decision, rated=rated, message="Bitte ändern Sie das Konzept.")
    assert "Ausschlusskriterium Q17 ist nicht erfüllt" in refused.value.problems[0]


def test_unmet_exclusion_criterion_with_a_reason_rejects(db, people):
    revision, review = in_review(db, people)
    state = s.decide(
        db,
        people[2],
        review.id,
        "reject",
        rated=s.ratings(db, review, Q17="nicht_erfuellt"),
        reasons=("HARMFUL_METHOD",),
        message="Schockvideos sind ausgeschlossen.",
    )
    assert state == "rejected"
    assert s.fresh(db, Offer, revision.offer_id).listing == "unlisted"
    event = s.events(db, revision.offer_id, "review.reject")[0]
    assert '"reasons": ["HARMFUL_METHOD"]' in event.details


def test_rejection_needs_a_reason(db, people):
    revision, review = in_review(db, people)
    with pytest.raises(DecisionRefused):
        s.decide(db, people[2], review.id, "reject")


def test_change_request_sends_the_revision_back_to_the_provider(db, people):
    revision, review = in_review(db, people)
    state = s.decide(
        db,
        people[2],
        review.id,
        "request_changes",
        reasons=("INCOMPLETE",),
        message="Bitte beschreiben Sie die Ziele genauer.",
    )
    assert state == "changes_requested"
    assert s.fresh(db, Review, review.id).message_to_provider == "Bitte beschreiben Sie die Ziele genauer."


def test_reviewer_who_is_a_member_of_the_organisation_may_not_start(db, people):
    user, organisation, office = people
    add_member(db, office, organisation, "editor")
    revision = s.submitted(db, user, organisation)
    with pytest.raises(PermissionDenied) as refused:
        s.start(db, office, revision.id)
    assert "Trennung der Zuständigkeiten" in refused.value.message


def test_reviewer_who_joined_the_organisation_meanwhile_may_not_decide(db, people):
    revision, review = in_review(db, people)
    add_member(db, people[2], people[1], "editor")
    with pytest.raises(PermissionDenied):
        s.decide(db, people[2], review.id, "approve")


def test_provider_staff_may_not_start_a_review(db, people):
    user, organisation, _ = people
    revision = s.submitted(db, user, organisation)
    with pytest.raises(PermissionDenied):
        s.start(db, user, revision.id)


def test_only_the_assigned_reviewer_decides(db, people):
    revision, review = in_review(db, people)
    with pytest.raises(PermissionDenied):
        s.decide(db, s.reviewer(db, "Otto Anders"), review.id, "approve")


def test_second_reviewer_cannot_start_while_the_first_is_reviewing(db, people):
    revision, _ = in_review(db, people)
    with pytest.raises(InvalidTransition):
        s.start(db, s.reviewer(db, "Otto Anders"), revision.id)


def test_approval_makes_exactly_the_reviewed_revision_live_and_supersedes_the_previous(db, people):
    user, organisation, office = people
    first = s.submitted(db, user, organisation)
    s.approve(db, office, first.id)
    offer = s.fresh(db, Offer, first.offer_id)
    second = offers.start_revision(db, actor=user, offer_id=offer.id, expected_version=offer.version)
    offers.save_revision(
        db,
        actor=user,
        revision_id=second.id,
        expected_version=second.version,
        content=s.content(title="Mut tut gut – neu"),
    )
    s.submit(db, user, second.id)
    review = s.start(db, office, second.id)
    assert s.fresh(db, Offer, offer.id).live_revision_id == first.id  # still public during review
    s.decide(db, office, review.id, "approve")
    offer = s.fresh(db, Offer, offer.id)
    assert offer.live_revision_id == second.id and offer.listing == "live"
    assert s.fresh(db, OfferRevision, first.id).state == "superseded"
    assert read_content(db, s.fresh(db, OfferRevision, second.id))["title"] == "Mut tut gut – neu"
    published = s.events(db, offer.id, "offer.published")[-1]
    assert published.revision_id == second.id and f'"superseded": {first.id}' in published.details


def test_seal_is_valid_for_24_months_by_default(db, people, app):
    policy = policy_from_config(app.config)
    assert policy.seal_validity_months == 24
    user, organisation, office = people
    revision = s.submitted(db, user, organisation)
    s.approve(db, office, revision.id, policy)
    revision = s.fresh(db, OfferRevision, revision.id)
    today = policy.today
    assert revision.seal_awarded_on == today == revision.checked_on
    assert revision.seal_valid_until == workflow.seal_valid_until(today, 24)
    assert revision.checked_by_id == office.id


def test_seal_validity_follows_the_setting(db, people):
    today = date(2027, 1, 31)
    user, organisation, office = people
    revision = s.submitted(db, user, organisation)
    s.approve(db, office, revision.id, Policy(today=today, seal_validity_months=12))
    revision = s.fresh(db, OfferRevision, revision.id)
    assert revision.seal_awarded_on == today
    assert revision.seal_valid_until == workflow.seal_valid_until(today, 12) == date(2028, 1, 31)


def test_four_eyes_mode_needs_two_different_reviewers(db, people):
    user, organisation, first = people
    revision = s.submitted(db, user, organisation)
    assert (
        s.decide(db, first, s.start(db, first, revision.id, FOUR_EYES).id, "approve", policy=FOUR_EYES) == "in_review"
    )
    assert s.fresh(db, Offer, revision.offer_id).listing == "unlisted"
    with pytest.raises(InvalidTransition):
        s.start(db, first, revision.id, FOUR_EYES)  # the same person cannot approve twice
    second = s.reviewer(db, "Zweite Prüferin")
    assert (
        s.decide(db, second, s.start(db, second, revision.id, FOUR_EYES).id, "approve", policy=FOUR_EYES) == "approved"
    )
    offer = s.fresh(db, Offer, revision.offer_id)
    assert offer.listing == "live" and offer.live_revision_id == revision.id


def test_four_eyes_approvals_of_an_earlier_submission_do_not_count(db, people):
    user, organisation, first = people
    second, third = s.reviewer(db, "Zweite"), s.reviewer(db, "Dritte")
    revision = s.submitted(db, user, organisation)
    s.decide(db, first, s.start(db, first, revision.id, FOUR_EYES).id, "approve", policy=FOUR_EYES)
    s.decide(
        db,
        second,
        s.start(db, second, revision.id, FOUR_EYES).id,
        "request_changes",
        message="Bitte Ziele schärfen.",
        policy=FOUR_EYES,
    )
    offers.save_revision(
        db,
        actor=user,
        revision_id=revision.id,
        expected_version=s.fresh(db, OfferRevision, revision.id).version,
        content=s.content(goals="Geschärfte Ziele."),
    )
    s.submit(db, user, revision.id)
    assert (
        s.decide(db, third, s.start(db, third, revision.id, FOUR_EYES).id, "approve", policy=FOUR_EYES) == "in_review"
    )
    assert s.decide(db, first, s.start(db, first, revision.id, FOUR_EYES).id, "approve", policy=FOUR_EYES) == "approved"


def test_the_same_reviewer_may_review_a_resubmission_again(db, people):
    user, organisation, office = people
    revision, review = in_review(db, people)
    s.decide(db, office, review.id, "request_changes", message="Bitte Kosten ergänzen.")
    s.submit(db, user, revision.id)
    again = s.start(db, office, revision.id)
    assert again.id != review.id
    assert s.decide(db, office, again.id, "approve") == "approved"


def test_two_reviewers_deciding_at_once_cannot_both_succeed(db, people):
    user, organisation, first = people
    second = s.reviewer(db, "Zweite")
    revision = s.submitted(db, user, organisation)
    first_review, second_review = (
        s.start(db, first, revision.id, FOUR_EYES),
        s.start(db, second, revision.id, FOUR_EYES),
    )
    seen = s.fresh(db, OfferRevision, revision.id).version  # both pages show this version
    s.decide(db, first, first_review.id, "approve", revision_version=seen, policy=FOUR_EYES)
    with pytest.raises(StaleEdit):
        s.decide(db, second, second_review.id, "approve", revision_version=seen, policy=FOUR_EYES)


def test_unverified_provider_cannot_be_approved(db):
    user, organisation = s.provider(db, verified=False)
    office = s.reviewer(db)
    revision = s.submitted(db, user, organisation)
    review = s.start(db, office, revision.id)
    with pytest.raises(DecisionRefused) as refused:
        s.decide(db, office, review.id, "approve")
    assert any("nicht verifiziert" in problem for problem in refused.value.problems)
    assert s.decide(db, office, review.id, "reject", reasons=("PROVIDER_NOT_VERIFIED",)) == "rejected"


def test_unknown_rating_is_refused(db, people):
    revision, review = in_review(db, people)
    rated = {**s.ratings(db, review), "Q01": Rating("super")}
    with pytest.raises(DecisionRefused):
        s.decide(db, people[2], review.id, "approve", rated=rated)


def test_saving_keeps_ratings_and_notes_without_deciding_or_auditing(db, people):
    revision, review = in_review(db, people)
    before = len(s.events(db, revision.offer_id))
    save_review(
        db,
        actor=people[2],
        review_id=review.id,
        expected_version=review.version,
        ratings={"Q01": Rating("teilweise", "Grundlage knapp", "Quelle nachreichen")},
        message="Entwurf der Nachricht",
        internal_note="Rückfrage bei der Polizei",
    )
    review = s.fresh(db, Review, review.id)
    assert review.decision is None and review.internal_note == "Rückfrage bei der Polizei"
    assert db.scalar(select(func.count()).select_from(ReviewRating).where(ReviewRating.review_id == review.id)) == 1
    assert len(s.events(db, revision.offer_id)) == before
    with pytest.raises(StaleEdit):  # a second tab with the old version
        save_review(
            db,
            actor=people[2],
            review_id=review.id,
            expected_version=review.version - 1,
            ratings={},
            message="",
            internal_note="",
        )


def test_in_review_revision_without_a_reviewer_can_be_taken_over(db, people):
    user, organisation, office = people
    revision = s.draft(db, user, organisation)
    revision.state, revision.submitted_at = "in_review", utcnow()  # as imported from another system
    db.flush()
    review = s.start(db, office, revision.id)
    assert s.decide(db, office, review.id, "approve") == "approved"


def test_unknown_revision_is_not_found(db, people):
    with pytest.raises(NotFound):
        start_review(db, actor=people[2], revision_id=999_999, expected_version=1, policy=Policy())
