"""The weekly digest tells the office which submissions wait too long, at most once a week."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from catalogue.clock import today
from catalogue.mail import MailOutbox
from catalogue.policy import Policy
from catalogue.review.jobs import send_review_digest
from tests.integration.review import scenario as s


def digests(db) -> list[MailOutbox]:
    return db.scalars(select(MailOutbox).where(MailOutbox.subject.like("Prüfungen, die zu lange warten%"))).all()


def test_digest_lists_a_submission_waiting_longer_than_the_setting(db):
    user, organisation = s.provider(db)
    s.submitted(db, user, organisation, title="Mut tut gut")
    later = Policy(today=today() + timedelta(days=15), review_overdue_days=14, office_email="buero@test.example")
    assert len(send_review_digest(db, policy=later)) == 1
    mail = digests(db)[0]
    assert mail.to_addr == "buero@test.example" and "„Mut tut gut“ (Fassung 1)" in mail.body
    assert "seit 15 Tagen" in mail.body


def test_no_digest_while_nothing_waits_too_long(db):
    user, organisation = s.provider(db)
    s.submitted(db, user, organisation)
    assert send_review_digest(db, policy=Policy(today=today() + timedelta(days=13), review_overdue_days=14)) == []
    assert digests(db) == []


def test_digest_goes_out_at_most_once_a_week(db):
    user, organisation = s.provider(db)
    s.submitted(db, user, organisation)
    later = Policy(today=today() + timedelta(days=20))
    send_review_digest(db, policy=later)
    assert send_review_digest(db, policy=later) == []
    assert len(digests(db)) == 1
