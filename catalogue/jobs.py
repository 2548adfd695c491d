"""Periodic jobs: each idempotent and safe to run from several machines at once."""

from __future__ import annotations

import time

from flask import Flask

from catalogue import mail
from catalogue.accounts.services import purge_login_attempts
from catalogue.accounts.sessions import purge_sessions
from catalogue.changefeed import ChangeListener
from catalogue.db import write_intent
from catalogue.feedback.services import FEEDBACK_WINDOW_MINUTES
from catalogue.offers.jobs import expire_offers, send_renewal_reminders
from catalogue.partners.jobs import limits_from_config, pull_partners
from catalogue.policy import policy_from_config
from catalogue.review.jobs import send_review_digest
from catalogue.search.indexing import merge_index, open_index, refresh_index
from catalogue.search.misses import purge_misses
from search_index import SearchIndexError


def _refresh_search(app: Flask, session) -> str:
    token = write_intent.set(False)  # only reads: do not hold SQLite's write lock during a rebuild
    try:
        index = open_index(app)
        outcome = refresh_index(session, index)
        # Requests' writes never merge segments: the merging happens here, after the sync.
        merged = merge_index(index)
    except (SearchIndexError, OSError) as exc:
        return f"nicht erreichbar ({exc})"
    finally:
        session.rollback()
        write_intent.reset(token)
    return "; ".join(part for part in ("" if outcome.startswith("0 ") else outcome, merged) if part)


def _pull_partners(app: Flask, session) -> str:
    reports = pull_partners(
        session, limits=limits_from_config(app.config), every_minutes=app.config["PARTNER_PULL_MINUTES"]
    )
    return "; ".join(report.text() for report in reports)


def sync_search(app: Flask) -> str:
    """Apply the change feed to this node's index now (a new or outdated index is rebuilt)."""
    with app.app_context():
        session = app.extensions["db_session_factory"]()
        try:
            return _refresh_search(app, session)
        finally:
            session.close()


def follow_changes(app: Flask, listener: ChangeListener, seconds: float) -> int:
    """Between two runs of the jobs: sync the index whenever a change is announced; returns the syncs."""
    deadline = time.monotonic() + seconds
    syncs = 0
    while (left := deadline - time.monotonic()) > 0:
        if listener.wait(left):
            sync_search(app)
            syncs += 1
    return syncs


def preview_jobs(app: Flask) -> dict[str, list[str]]:
    """What the offer jobs would do now, changing nothing (dry run)."""
    with app.app_context():
        session = app.extensions["db_session_factory"]()
        try:
            policy = policy_from_config(app.config)
            return {
                "Siegel würden ablaufen": expire_offers(session, policy=policy, dry_run=True),
                "Erinnerungen würden versendet": send_renewal_reminders(session, policy=policy, dry_run=True),
                "Zu lange wartende Prüfungen": send_review_digest(session, policy=policy, dry_run=True),
            }
        finally:
            session.rollback()
            session.close()


def run_jobs(app: Flask) -> dict[str, int | str]:
    """Run every job once in its own transaction; returns a count per job."""
    results = {}
    with app.app_context():
        write_intent.set(True)
        session = app.extensions["db_session_factory"]()
        try:
            policy = policy_from_config(app.config)
            results["Siegel abgelaufen"] = len(expire_offers(session, policy=policy))
            results["Erneuerungserinnerungen"] = len(send_renewal_reminders(session, policy=policy))
            results["Wochenübersicht zu lange wartender Prüfungen"] = len(send_review_digest(session, policy=policy))
            session.commit()
            results["Mails versendet"] = mail.deliver_pending(session, app.config)
            results["Partnerkataloge"] = _pull_partners(app, session)
            results["Suchindex"] = _refresh_search(app, session)
            results.update(_apply_retention(session, app.config))
            session.commit()
        finally:
            session.close()
    return results


def _apply_retention(session, config) -> dict[str, int]:
    """Delete what is kept only for a while (the privacy page names these periods)."""
    return {
        # Throttling needs only its windows (login, feedback); failed logins of accounts stay in the audit log.
        "Anmeldeversuche bereinigt": purge_login_attempts(
            session, older_than_minutes=max(config["LOGIN_WINDOW_MINUTES"], FEEDBACK_WINDOW_MINUTES)
        ),
        "Versendete Mails gelöscht": mail.purge_sent_mail(
            session, older_than_days=config["MAIL_RETENTION_DAYS"], folder=config["MAIL_OUTBOX_DIR"]
        ),
        "Sitzungen gelöscht": purge_sessions(session, max_hours=config["SESSION_MAX_HOURS"], keep_days=30),
        "Suchbegriffe ohne Treffer gelöscht": purge_misses(session, older_than_months=config["SEARCH_MISS_MONTHS"]),
    }
