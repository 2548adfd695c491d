"""Periodic offer jobs: renewal reminders and expiry. Idempotent; with dry_run nothing changes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.audit import AuditAction, record_event
from catalogue.changefeed import record_search_change
from catalogue.formatting import german_date
from catalogue.mail import mail_body, queue_mail
from catalogue.offers import workflow
from catalogue.offers.models import Offer, OfferRevision
from catalogue.policy import Policy
from catalogue.providers.models import Organisation


def _listed(session: Session):
    return session.execute(
        select(Offer, OfferRevision, Organisation)
        .join(OfferRevision, OfferRevision.id == Offer.live_revision_id)
        .join(Organisation, Organisation.id == Offer.organisation_id)
        .where(Offer.listing.in_(("live", "paused")))
        .order_by(Offer.id)
        # On PostgreSQL a second jobs process skips rows the first is handling.
        .with_for_update(of=Offer, skip_locked=True)
    ).all()


def send_renewal_reminders(session: Session, *, policy: Policy, dry_run: bool = False) -> list[str]:
    """Remind providers whose seal ends within the renewal notice weeks; once per seal."""
    done = []
    for offer, live, organisation in _listed(session):
        if not workflow.renewal_due(live.seal_valid_until, policy.today, policy.renewal_notice_weeks):
            continue
        if offer.renewal_notice_for == live.seal_valid_until:
            continue
        done.append(live.title)
        if dry_run:
            continue
        offer.renewal_notice_for = live.seal_valid_until
        queue_mail(
            session,
            to=organisation.email,
            subject=f"Siegel läuft bald ab: {live.title}",
            body=mail_body(
                "seal_expiring",
                title=live.title,
                valid_until=german_date(live.seal_valid_until),
                link=policy.provider_offer_link(offer.id),
            ),
        )
        record_event(
            session,
            action=AuditAction.RENEWAL_REMINDED,
            actor_id=None,
            organisation_id=offer.organisation_id,
            offer_id=offer.id,
            revision_id=live.id,
            valid_until=live.seal_valid_until,
        )
    session.flush()
    return done


def expire_offers(session: Session, *, policy: Policy, dry_run: bool = False) -> list[str]:
    """Hide offers whose seal has passed; tell their providers."""
    done = []
    for offer, live, organisation in _listed(session):
        if not workflow.seal_expired(live.seal_valid_until, policy.today):
            continue
        done.append(live.title)
        if dry_run:
            continue
        previous = offer.listing
        offer.listing = workflow.next_listing(offer.listing, "expire", workflow.SYSTEM)
        offer.version += 1
        queue_mail(
            session,
            to=organisation.email,
            subject=f"Siegel abgelaufen: {live.title}",
            body=mail_body("seal_expired", title=live.title, valid_until=german_date(live.seal_valid_until)),
        )
        record_event(
            session,
            action=AuditAction.OFFER_EXPIRED,
            actor_id=None,
            organisation_id=offer.organisation_id,
            offer_id=offer.id,
            revision_id=live.id,
            **{"from": previous, "to": offer.listing},
        )
        record_search_change(session, offer_id=offer.id)
    session.flush()
    return done
