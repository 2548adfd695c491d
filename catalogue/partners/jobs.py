"""The partner pull as a job: each active partner in turn, each in its own transactions.

The HTTP part runs in a read-only transaction (SQLite's write lock is never held while a
partner is slow); the result is written in a short write transaction afterwards. A failed
partner is recorded and the next one is pulled all the same.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from catalogue.clock import utcnow
from catalogue.db import write_intent
from catalogue.partners import pull, queries
from catalogue.partners.client import HsdsClient, Limits
from catalogue.partners.models import PartnerCatalogue


def limits_from_config(config) -> Limits:
    return Limits(
        timeout=float(config["PARTNER_TIMEOUT_SECONDS"]),
        max_bytes=int(config["PARTNER_MAX_BYTES"]),
        retries=int(config["PARTNER_RETRIES"]),
        backoff=int(config["PARTNER_BACKOFF_MS"]) / 1000,
    )


def pull_partners(
    session: Session,
    *,
    limits: Limits,
    name: str | None = None,
    every_minutes: int = 0,
    now: Callable[[], datetime] = utcnow,
) -> list[pull.PullReport]:
    """Pull every active partner (or the one called `name`) whose last try is `every_minutes` old; commits after each."""
    token = write_intent.set(False)
    try:
        partner_ids = queries.active_partner_ids(session, name, tried_before=now() - timedelta(minutes=every_minutes))
        session.rollback()
    finally:
        write_intent.reset(token)
    return [_pull_one(session, partner_id, limits, now) for partner_id in partner_ids]


def _pull_one(session: Session, partner_id: int, limits: Limits, now) -> pull.PullReport:
    token = write_intent.set(False)  # reading and HTTP only
    try:
        partner = session.get(PartnerCatalogue, partner_id)
        client = HsdsClient(partner.base_url, limits)
        changes = pull.fetch_changes(session, partner=partner, client=client, known=queries.known_codes(session))
        error = ""
    except pull.PULL_ERRORS as exc:
        changes, error = None, str(exc)
    finally:
        session.rollback()
        write_intent.reset(token)
    token = write_intent.set(True)
    try:
        if changes is None:
            report = pull.record_failure(session, partner_id=partner_id, error=error, now=now())
        else:
            report = pull.apply_changes(session, changes=changes, now=now())
        session.commit()
    finally:
        write_intent.reset(token)
    return report
