"""Periodic jobs: each idempotent and safe to run from several machines at once."""
from __future__ import annotations

from flask import Flask

from catalogue import mail
from catalogue.accounts.services import purge_login_attempts
from catalogue.db import write_intent


def run_jobs(app: Flask) -> dict[str, int]:
    """Run every job once in its own transaction; returns a count per job."""
    results = {}
    with app.app_context():
        write_intent.set(True)
        session = app.extensions["db_session_factory"]()
        try:
            results["Mails versendet"] = mail.deliver_pending(session, app.config)
            results["Anmeldeversuche bereinigt"] = purge_login_attempts(
                session, older_than_minutes=app.config["LOGIN_WINDOW_MINUTES"])
            session.commit()
        finally:
            session.close()
    return results
