"""Helpers for the account, organisation and office tests: log in, post forms, read mail."""

from __future__ import annotations

import re

from sqlalchemy import select

from catalogue.mail import MailOutbox
from tests.conftest import csrf_from
from tests.mailbox import delivered_body

LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def post_form(client, path: str, data: dict, *, form_page: str | None = None):
    """POST like a browser: fetch the form page first for a CSRF token."""
    token = csrf_from(client.get(form_page or path).get_data(as_text=True))
    return client.post(path, data={**data, "csrf_token": token})


def mails_to(db, address: str) -> list[MailOutbox]:
    return list(db.scalars(select(MailOutbox).where(MailOutbox.to_addr == address).order_by(MailOutbox.id)))


def link_in(mail: MailOutbox) -> str:
    """The path of the (first) link in a mail, to follow with the test client."""
    body = delivered_body(mail.id)  # the outbox itself keeps no live link once the mail is sent
    match = LINK.search(body)
    assert match, f"no link in mail: {body}"
    return match.group(1)


def text(response) -> str:
    return response.get_data(as_text=True)
