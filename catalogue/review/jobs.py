"""Periodic review job: the weekly digest of submissions waiting too long. Idempotent."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.audit import AuditAction, AuditEvent, record_event
from catalogue.db import claim_job
from catalogue.formatting import german_date
from catalogue.mail import mail_body, queue_mail
from catalogue.offers.models import OfferRevision
from catalogue.policy import Policy
from catalogue.review.queries import QUEUE_STATES, days_text

DIGEST_INTERVAL = timedelta(days=7)


def _start_of(day) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def overdue_submissions(session: Session, *, policy: Policy) -> list[OfferRevision]:
    """Submissions without a decision for at least REVIEW_OVERDUE_DAYS, longest waiting first."""
    cutoff = _start_of(policy.today - timedelta(days=policy.review_overdue_days - 1))
    return list(
        session.scalars(
            select(OfferRevision)
            .where(OfferRevision.state.in_(QUEUE_STATES), OfferRevision.submitted_at < cutoff)
            .order_by(OfferRevision.submitted_at, OfferRevision.id)
        )
    )


def send_review_digest(session: Session, *, policy: Policy, dry_run: bool = False) -> list[str]:
    """At most once a week: tell the office which submissions wait too long."""
    if not dry_run and not claim_job(session, "review_digest"):
        return []  # another node's jobs process is sending it right now
    last = session.scalar(
        select(AuditEvent.details)
        .where(AuditEvent.action == AuditAction.REVIEW_DIGEST_SENT)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    if last is not None and policy.today - date.fromisoformat(json.loads(last)["day"]) < DIGEST_INTERVAL:
        return []
    overdue = overdue_submissions(session, policy=policy)
    lines = [
        f"„{r.title}“ (Fassung {r.number}), eingereicht am {german_date(r.submitted_at.date())}, wartet "
        f"{days_text((policy.today - r.submitted_at.date()).days)}"
        for r in overdue
    ]
    if not lines or dry_run:
        return lines
    body = mail_body("review_digest", lines=lines, days=policy.review_overdue_days, link=policy.review_queue_link())
    queue_mail(session, to=policy.office_email, subject=f"Prüfungen, die zu lange warten: {len(lines)}", body=body)
    record_event(
        session, action=AuditAction.REVIEW_DIGEST_SENT, actor_id=None, count=len(lines), day=policy.today.isoformat()
    )
    session.flush()
    return lines
