"""Outgoing mail: queued in the outbox table in the request's transaction, sent after commit.

With SMTP_HOST set, mail goes out by SMTP; otherwise (development) each message is
written as an .eml file to MAIL_OUTBOX_DIR and logged. Bodies are plain-text templates in
templates/mail/, rendered without Flask: jobs and commands send mail too.
"""

from __future__ import annotations

import logging
import re
import smtplib
import threading
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy import Column, Text, delete, or_, select, update
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow
from catalogue.db import write_intent

log = logging.getLogger(__name__)
# Single-use tokens in links (43 characters from secrets.token_urlsafe(32)) are blanked once a
# mail is sent: the database keeps only their hashes, and the outbox must not undo that.
# Tokens of reset/invitation links, and signed registration links (with dots).
_TOKEN_IN_LINK = re.compile(r"(https?://\S+?/)[A-Za-z0-9_.-]{40,}")
LINK_REMOVED = "[Link nach dem Versand entfernt]"
CLAIM_MINUTES = 5
MAX_ATTEMPTS = 10
MAIL_TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "mail"
# Plain text: no HTML escaping; a missing value is an error, not an empty gap in a mail.
_bodies = Environment(
    loader=FileSystemLoader(MAIL_TEMPLATES), autoescape=False, undefined=StrictUndefined, keep_trailing_newline=True
)


class MailOutbox(SQLModel, table=True):
    __tablename__ = "mail_outbox"

    id: int | None = Field(default=None, primary_key=True)
    to_addr: str = Field(max_length=254)
    subject: str = Field(max_length=300)
    body: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = Field(default=None, index=True)
    # A sender claims a row until this time so that two processes never send it twice.
    claimed_until: datetime | None = None
    attempts: int = Field(default=0)
    last_error: str = Field(default="", max_length=500)


def queue_mail(session: Session, *, to: str, subject: str, body: str) -> MailOutbox:
    # Titles and names come from users: a line break in a header would break the message.
    mail = MailOutbox(to_addr=" ".join(to.split()), subject=" ".join(subject.split())[:300], body=body)
    session.add(mail)
    session.info["mail_queued"] = True
    return mail


def mail_body(template: str, **values) -> str:
    """The text of templates/mail/<template>.txt filled with `values`."""
    return _bodies.get_template(f"{template}.txt").render(**values)


def deliver_in_background(app) -> None:
    """Send pending mail in a daemon thread with its own session; the jobs loop is the backstop."""

    def run():
        write_intent.set(True)
        session = app.extensions["db_session_factory"]()
        try:
            deliver_pending(session, app.config)
        except Exception:  # never let a mail problem surface anywhere but the log
            log.exception("background mail delivery failed")
        finally:
            session.close()

    threading.Thread(target=run, name="mail-delivery", daemon=True).start()


def deliver_pending(session: Session, config: dict, limit: int = 50) -> int:
    """Send unsent mail, each row claimed first; commits per message. Returns the count sent."""
    now = utcnow()
    ids = session.scalars(
        select(MailOutbox.id)
        .where(
            MailOutbox.sent_at.is_(None),
            MailOutbox.attempts < MAX_ATTEMPTS,
            or_(MailOutbox.claimed_until.is_(None), MailOutbox.claimed_until < now),
        )
        .order_by(MailOutbox.id)
        .limit(limit)
    ).all()
    session.rollback()  # end the read transaction before claiming
    sent = 0
    for mail_id in ids:
        if _claim(session, mail_id):
            sent += _send_claimed(session, mail_id, config)
    return sent


def _claim(session: Session, mail_id: int) -> bool:
    now = utcnow()
    result = session.execute(
        update(MailOutbox)
        .where(
            MailOutbox.id == mail_id,
            MailOutbox.sent_at.is_(None),
            or_(MailOutbox.claimed_until.is_(None), MailOutbox.claimed_until < now),
        )
        .values(claimed_until=now + timedelta(minutes=CLAIM_MINUTES), attempts=MailOutbox.attempts + 1)
    )
    session.commit()
    return result.rowcount == 1


def _send_claimed(session: Session, mail_id: int, config: dict) -> int:
    mail = session.get(MailOutbox, mail_id)
    try:
        _transport(_as_message(mail, config), config)
    except (OSError, ValueError, smtplib.SMTPException) as exc:
        log.warning("mail %s to %s failed: %s", mail.id, mail.to_addr, exc)
        mail.last_error = str(exc)[:500]
        mail.claimed_until = None
        session.commit()
        return 0
    mail.sent_at = utcnow()
    mail.body = redact_links(mail.body)
    session.commit()
    return 1


def redact_links(body: str) -> str:
    return _TOKEN_IN_LINK.sub(lambda match: match.group(1) + LINK_REMOVED, body)


def purge_sent_mail(session: Session, *, older_than_days: int, folder: str) -> int:
    """Retention: sent mail older than the setting leaves the outbox (and the development mail folder)."""
    cutoff = utcnow() - timedelta(days=older_than_days)
    count = session.execute(delete(MailOutbox).where(MailOutbox.sent_at < cutoff)).rowcount
    drop = Path(folder)
    if drop.is_dir():
        for path in drop.glob("*.eml"):
            if path.stat().st_mtime < cutoff.timestamp():
                path.unlink(missing_ok=True)
    return count


def _as_message(mail: MailOutbox, config: dict) -> EmailMessage:
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = mail.to_addr
    message["Subject"] = mail.subject
    message["Message-ID"] = make_msgid(idstring=f"outbox{mail.id}")
    message.set_content(mail.body)
    return message


def _transport(message: EmailMessage, config: dict) -> None:
    if not config.get("SMTP_HOST"):
        folder = Path(config["MAIL_OUTBOX_DIR"])
        folder.mkdir(parents=True, exist_ok=True)
        name = message["Message-ID"].strip("<>").replace("@", "_").replace("/", "_")
        (folder / f"{name}.eml").write_bytes(bytes(message))
        log.info("Mail an %s: %s (abgelegt in %s)", message["To"], message["Subject"], folder)
        return
    with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=15) as smtp:
        if config["SMTP_STARTTLS"]:
            smtp.starttls()
        if config["SMTP_USER"]:
            smtp.login(config["SMTP_USER"], config["SMTP_PASSWORD"])
        smtp.send_message(message)
