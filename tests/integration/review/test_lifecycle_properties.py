"""Property test: random sequences of provider and office actions on one offer never
break the lifecycle's invariants.

After every step: the offer is live only with an approve decision on exactly its live
revision (and that revision is the only approved one); at most one revision is open;
every successful transition wrote exactly its audit event(s), a refused one none.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from catalogue.accounts.models import User
from catalogue.audit import AuditEvent
from catalogue.errors import DomainError
from catalogue.offers import services as offers
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.workflow import OPEN_STATES
from catalogue.policy import Policy
from catalogue.providers.models import Organisation
from catalogue.review import services as review
from catalogue.review.models import Review
from tests.factories import add_member
from tests.integration.review import scenario as s

ACTIONS = (
    "save",
    "submit",
    "withdraw",
    "start_review",
    "approve",
    "request_changes",
    "reject",
    "start_revision",
    "pause",
    "resume",
)
# What usually comes next in each revision state; steps mostly pick from here, so that the
# sequences reach review, approval and revisions of live offers, not only refusals.
LIKELY = {
    None: ("start_revision", "pause", "resume"),
    "draft": ("save", "submit", "submit"),
    "changes_requested": ("save", "submit", "submit"),
    "submitted": ("start_review", "start_review", "withdraw"),
    "in_review": ("approve", "approve", "request_changes", "reject"),
    "waiting": ("start_review",),
}  # in review, one approval given, nobody reviewing (four-eyes)
WHO = ("right", "right", "right", "right", "other", "wrong")  # mostly the person who may do it
QUALITY = ("met", "met", "met", "muss_failed", "exclusion_failed")
TITLES = ("Mut tut gut", "Mut tut gut – überarbeitet", "")  # "" makes the content incomplete
STEP_DETAILS = st.tuples(
    st.sampled_from(WHO), st.sampled_from(QUALITY), st.sampled_from((0, 0, 0, 0, 1)), st.sampled_from(TITLES)
)


@dataclass
class People:
    provider: object
    colleague: object
    organisation: object
    reviewers: tuple  # three office reviewers who are not members
    member_reviewer: object


class World:
    """One offer and the people acting on it; each action returns the audit actions it must write."""

    def __init__(self, db, people: People, policy: Policy):
        self.db, self.p, self.policy = db, people, policy
        self.offer_id = s.draft(db, people.provider, people.organisation).offer_id

    def open_revision(self):
        return offers.open_revision(self.db, self.offer_id)

    def offer(self):
        return s.fresh(self.db, Offer, self.offer_id)

    def provider(self, who):
        return {"right": self.p.provider, "other": self.p.colleague, "wrong": self.p.reviewers[0]}[who]

    def office(self, who, busy: set[int] = frozenset()):
        """ "right": a reviewer not in `busy` (else the first), "other": the second,
        "wrong": an office member who belongs to the organisation."""
        first, second, _ = self.p.reviewers
        free = next((r for r in self.p.reviewers if r.id not in busy), first)
        return {"right": free, "other": second, "wrong": self.p.member_reviewer}[who]

    def likely_actions(self) -> tuple[str, ...]:
        revision = self.open_revision()
        if revision is None:
            return LIKELY[None]
        if revision.state == "in_review" and not self.db.scalar(
            select(Review.id).where(Review.revision_id == revision.id, Review.decided_at.is_(None))
        ):
            return LIKELY["waiting"]
        return LIKELY[revision.state]

    def run(self, action, who, quality, stale, title) -> list[str] | None:
        """None when the action has no target in the current state (nothing to check)."""
        return getattr(self, f"do_{action}")(who, quality, stale, title)

    def do_save(self, who, _q, stale, title):
        revision = self.open_revision()
        if revision is None:
            return None
        changed = offers.save_revision(
            self.db,
            actor=self.provider(who),
            revision_id=revision.id,
            expected_version=revision.version - stale,
            content=s.content(title=title),
        )
        return ["revision.saved"] if changed else []

    def _provider_step(self, service, event, who, stale, **extra):
        revision = self.open_revision()
        if revision is None:
            return None
        service(
            self.db,
            actor=self.provider(who),
            revision_id=revision.id,
            expected_version=revision.version - stale,
            **extra,
        )
        return [event]

    def do_submit(self, who, _q, stale, _t):
        return self._provider_step(offers.submit_revision, "revision.submit", who, stale, policy=self.policy)

    def do_withdraw(self, who, _q, stale, _t):
        return self._provider_step(offers.withdraw_submission, "revision.withdraw", who, stale)

    def do_start_review(self, who, _q, stale, _t):
        revision = self.open_revision()
        if revision is None:
            return None
        reviewing = set(self.db.scalars(select(Review.reviewer_id).where(Review.revision_id == revision.id)))
        review.start_review(
            self.db,
            actor=self.office(who, reviewing),
            revision_id=revision.id,
            expected_version=revision.version - stale,
            policy=self.policy,
        )
        return ["review.started"]

    def _decide(self, decision, who, quality, stale):
        revision = self.open_revision()
        reviews = (
            []
            if revision is None
            else list(
                self.db.scalars(select(Review).where(Review.revision_id == revision.id).order_by(Review.id.desc()))
            )
        )
        if not reviews:
            return None
        own = next((r for r in reviews if r.decided_at is None), reviews[0])
        holder = {r.id: r for r in self.p.reviewers}
        actor = holder.get(own.reviewer_id, self.p.reviewers[0]) if who == "right" else self.office(who)
        overrides = {"met": {}, "muss_failed": {"Q05": "nicht_erfuellt"}, "exclusion_failed": {"Q17": "nicht_erfuellt"}}
        state = review.decide_review(
            self.db,
            actor=actor,
            review_id=own.id,
            expected_version=own.version - stale,
            revision_version=revision.version,
            decision=decision,
            ratings=s.ratings(self.db, own, **overrides[quality]),
            reason_codes=["CONCEPT_INSUFFICIENT"],
            message="Bitte überarbeiten Sie die Ziele.",
            internal_note="",
            policy=self.policy,
        )
        return [f"review.{decision}"] + (["offer.published"] if state == "approved" else [])

    def do_approve(self, who, quality, stale, _t):
        return self._decide("approve", who, quality, stale)

    def do_request_changes(self, who, quality, stale, _t):
        return self._decide("request_changes", who, quality, stale)

    def do_reject(self, who, quality, stale, _t):
        return self._decide("reject", who, quality, stale)

    def do_start_revision(self, who, _q, stale, _t):
        offers.start_revision(
            self.db, actor=self.provider(who), offer_id=self.offer_id, expected_version=self.offer().version - stale
        )
        return ["revision.started"]

    def _listing(self, action, who, stale):
        offers.change_listing(
            self.db,
            actor=self.provider(who),
            offer_id=self.offer_id,
            expected_version=self.offer().version - stale,
            action=action,
            reason="Personalausfall",
            policy=self.policy,
        )
        return [f"offer.{action}"]

    def do_pause(self, who, _q, stale, _t):
        return self._listing("pause", who, stale)

    def do_resume(self, who, _q, stale, _t):
        return self._listing("resume", who, stale)


def audit_actions(db) -> list[tuple[int, str]]:
    return list(db.execute(select(AuditEvent.id, AuditEvent.action).order_by(AuditEvent.id)).all())


def check_invariants(db, offer_id: int, approvals_required: int) -> None:
    db.expire_all()
    offer = db.get(Offer, offer_id)
    revisions = list(db.scalars(select(OfferRevision).where(OfferRevision.offer_id == offer_id)))
    assert sum(r.state in OPEN_STATES for r in revisions) <= 1, "more than one open revision"
    approved = [r.id for r in revisions if r.state == "approved"]
    if offer.live_revision_id is None:
        assert offer.listing == "unlisted" and approved == []
        return
    assert approved == [offer.live_revision_id], "the live revision must be the only approved one"
    # Approvals by different people since the live revision's last submission.
    approvals = db.scalar(
        select(func.count(func.distinct(Review.reviewer_id)))
        .select_from(Review)
        .join(OfferRevision, OfferRevision.id == Review.revision_id)
        .where(
            Review.revision_id == offer.live_revision_id,
            Review.decision == "approve",
            Review.started_at >= OfferRevision.submitted_at,
        )
    )
    assert approvals >= approvals_required, "live without enough approve decisions on exactly this revision"
    published = db.scalars(
        select(AuditEvent)
        .where(AuditEvent.offer_id == offer_id, AuditEvent.action == "offer.published")
        .order_by(AuditEvent.id.desc())
    ).first()
    assert published.revision_id == offer.live_revision_id


def play(db, people: People, data, approvals_required: int) -> None:
    world = World(db, people, Policy(approvals_required=approvals_required))
    check_invariants(db, world.offer_id, approvals_required)
    for _ in range(data.draw(st.integers(min_value=1, max_value=30), label="steps")):
        likely = data.draw(st.sampled_from((True, True, True, True, False)))
        action = data.draw(st.sampled_from(world.likely_actions() if likely else ACTIONS), label="action")
        step = (action, *data.draw(STEP_DETAILS, label="who, quality, stale, title"))
        before = audit_actions(db)
        savepoint = db.begin_nested()
        try:
            expected = world.run(*step)
        except DomainError:
            savepoint.rollback()
            expected = []
        except BaseException:
            savepoint.rollback()
            raise
        else:
            savepoint.commit()
        if expected is not None:
            new = [action for _, action in audit_actions(db)[len(before) :]]
            assert sorted(new) == sorted(expected), f"{step}: audit {new}, expected {expected}"
        check_invariants(db, world.offer_id, approvals_required)


def make_people(db) -> dict[str, int]:
    user, organisation = s.provider(db)
    colleague = s.reviewer(db, "Kai Kollege", role=None)
    add_member(db, colleague, organisation, "editor")
    member_reviewer = s.reviewer(db, "Mia Mitglied")
    add_member(db, member_reviewer, organisation, "editor")
    return {
        "provider": user.id,
        "colleague": colleague.id,
        "organisation": organisation.id,
        "reviewers": tuple(s.reviewer(db, name).id for name in ("Rita", "Otto", "Uta")),
        "member_reviewer": member_reviewer.id,
    }


def load_people(db, ids: dict) -> People:
    return People(
        db.get(User, ids["provider"]),
        db.get(User, ids["colleague"]),
        db.get(Organisation, ids["organisation"]),
        tuple(db.get(User, i) for i in ids["reviewers"]),
        db.get(User, ids["member_reviewer"]),
    )


def test_random_action_sequences_keep_the_lifecycle_invariants(db):
    ids = make_people(db)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(approvals_required=st.sampled_from((1, 2)), data=st.data())
    def lifecycle(approvals_required, data):
        example = db.begin_nested()
        try:
            play(db, load_people(db, ids), data, approvals_required)
        finally:
            example.rollback()
            db.expunge_all()  # SQLite hands out the rolled-back ids again

    lifecycle()
