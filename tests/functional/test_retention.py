"""Live links are not kept once sent; office setup links expire after 48 hours; the jobs loop purges old data."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from catalogue.accounts.models import PasswordResetToken
from catalogue.clock import today, utcnow
from catalogue.mail import LINK_REMOVED, MailOutbox
from catalogue.search.misses import month_of
from catalogue.search.models import SearchMiss
from tests.factories import make_user
from tests.functional.org_helpers import link_in, mails_to, post_form, text
from tests.helpers import log_in
from tests.mailbox import delivered_body


def link_body(mail) -> str:
    return delivered_body(mail.id)


def test_a_sent_reset_mail_keeps_no_live_link_in_the_outbox_but_the_link_works(client, db):
    user = make_user(db)
    post_form(client, "/konto/passwort-vergessen", {"email": user.email})
    [mail] = mails_to(db, user.email)
    db.refresh(mail)
    assert mail.sent_at is not None and LINK_REMOVED in mail.body
    link = link_in(mail)  # as delivered
    assert link.rsplit("/", 1)[1] not in mail.body
    assert client.get(link).status_code == 200


def test_a_sent_invitation_keeps_no_live_link_in_the_outbox(client, db):
    admin = make_user(db, office_role="admin")
    log_in(client, admin)
    post_form(client, "/koordination/nutzer", {"name": "Neu", "email": "neu@stadt.example", "office_role": "reviewer"})
    [mail] = mails_to(db, "neu@stadt.example")
    db.refresh(mail)
    assert LINK_REMOVED in mail.body and "/konto/passwort-neu/" in mail.body


def test_the_setup_link_of_a_new_office_account_is_valid_for_48_hours(client, db):
    admin = make_user(db, office_role="admin")
    log_in(client, admin)
    post_form(client, "/koordination/nutzer", {"name": "Neu", "email": "neu2@stadt.example", "office_role": "admin"})
    token = db.scalars(select(PasswordResetToken).order_by(PasswordResetToken.id.desc())).first()
    lifetime = token.expires_at - token.created_at
    assert timedelta(hours=47, minutes=59) < lifetime <= timedelta(hours=48)
    assert "48 Stunden" in link_body(mails_to(db, "neu2@stadt.example")[0])


def test_the_jobs_loop_purges_sent_mail_after_30_days_and_search_terms_after_6_months(app, db):
    old = MailOutbox(to_addr="a@test.example", subject="alt", body="x", sent_at=utcnow() - timedelta(days=31))
    recent = MailOutbox(to_addr="b@test.example", subject="neu", body="x", sent_at=utcnow() - timedelta(days=29))
    seven_months_ago = month_of(today().replace(day=1) - timedelta(days=7 * 31))
    db.add_all([old, recent, SearchMiss(month=seven_months_ago, term="alt", count=1)])
    db.add(SearchMiss(month=month_of(today()), term="frisch", count=1))
    db.flush()
    result = app.test_cli_runner().invoke(args=["jobs", "--once"])
    assert result.exit_code == 0, result.output
    db.expire_all()
    assert db.scalars(select(MailOutbox.subject)).all() == ["neu"]
    assert db.scalars(select(SearchMiss.term)).all() == ["frisch"]


def test_the_privacy_page_names_the_retention_periods(client, db):
    page = text(client.get("/datenschutz"))
    assert "6 Monate" in page and "30 Tage" in page
