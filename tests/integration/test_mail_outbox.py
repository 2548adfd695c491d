"""The mail outbox: queued in the transaction, delivered after commit, never twice."""

from __future__ import annotations

import socket
from pathlib import Path

from sqlalchemy import select

from catalogue.mail import MailOutbox, deliver_pending, queue_mail


def _config(tmp_path, **extra):
    return {
        "MAIL_FROM": "Katalog <noreply@katalog.example>",
        "MAIL_OUTBOX_DIR": str(tmp_path),
        "SMTP_HOST": "",
        "SMTP_PORT": 25,
        "SMTP_STARTTLS": False,
        "SMTP_USER": "",
        "SMTP_PASSWORD": "",
        **extra,
    }


def test_queued_mail_is_written_as_eml_file_and_marked_sent(db, tmp_path):
    queue_mail(db, to="traeger@test.example", subject="Prüfergebnis", body="Freigegeben.")
    db.commit()
    assert deliver_pending(db, _config(tmp_path)) == 1
    files = list(Path(tmp_path).glob("*.eml"))
    assert len(files) == 1 and "Freigegeben." in files[0].read_text()
    assert db.scalar(select(MailOutbox.sent_at)) is not None


def test_delivering_twice_sends_each_mail_once(db, tmp_path):
    queue_mail(db, to="traeger@test.example", subject="Einmal", body="Nur einmal.")
    db.commit()
    deliver_pending(db, _config(tmp_path))
    assert deliver_pending(db, _config(tmp_path)) == 0
    assert len(list(Path(tmp_path).glob("*.eml"))) == 1


def test_claimed_mail_is_not_sent_by_a_second_sender(db, tmp_path):
    from datetime import timedelta

    from catalogue.clock import utcnow

    mail = queue_mail(db, to="traeger@test.example", subject="Belegt", body="…")
    mail.claimed_until = utcnow() + timedelta(minutes=5)
    db.commit()
    assert deliver_pending(db, _config(tmp_path)) == 0


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_smtp_server_keeps_the_mail_for_a_later_attempt(db, tmp_path):
    queue_mail(db, to="traeger@test.example", subject="Später", body="…")
    db.commit()
    config = _config(tmp_path, SMTP_HOST="127.0.0.1", SMTP_PORT=_closed_port())
    assert deliver_pending(db, config) == 0
    mail = db.scalar(select(MailOutbox))
    assert mail.sent_at is None and mail.attempts == 1 and mail.last_error
    assert deliver_pending(db, _config(tmp_path)) == 1  # retried once the server is back


def test_line_breaks_in_a_subject_cannot_inject_headers(db, tmp_path):
    queue_mail(db, to="office@test.example", subject="Neuer Träger: Evil\r\nBcc: victim@test.example", body="…")
    db.commit()
    assert deliver_pending(db, _config(tmp_path)) == 1
    message = next(Path(tmp_path).glob("*.eml")).read_text()
    assert "Subject: Neuer Träger: Evil Bcc: victim@test.example" in message or "Evil Bcc:" in message
    assert "\nBcc:" not in message
