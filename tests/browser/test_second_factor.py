"""An office account enrols its second factor in Chromium: the admin creates it, the new person
sets a password from the mail, scans (here: reads) the shown secret, types the app's code, and
later logs in with password and code. axe-core checks the enrolment and code pages."""

from __future__ import annotations

import re
from email import message_from_bytes, policy

from tests.browser.test_review_journey import log_in_by_keyboard, log_out
from tests.helpers import totp_code

NEWCOMER = "neue-pruefung@stadt.example"
NEW_PASSWORD = "mein-eigenes-langes-passwort"


def set_password_from_mail(page, mail_folder) -> None:
    mails = [message_from_bytes(path.read_bytes(), policy=policy.default) for path in mail_folder.glob("*.eml")]
    body = next(mail for mail in mails if mail["To"] == NEWCOMER).get_content()
    page.goto(re.search(r"https?://\S+(/konto/passwort-neu/\S+)", body).group(1))
    page.locator("#password").fill(NEW_PASSWORD)
    page.locator("#confirm").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Passwort speichern").click()


def log_in_with_password(page) -> None:
    page.goto("/konto/anmelden")
    page.locator("#email").fill(NEWCOMER)
    page.locator("#password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()


def test_office_account_enrols_totp_from_the_shown_secret_and_logs_in_with_a_code(page, live_folder, axe_violations):
    log_in_by_keyboard(page, "admin@demo.example")
    page.goto("/koordination/nutzer")
    page.locator("#name").fill("Nora Neu")
    page.locator("#email").fill(NEWCOMER)
    page.locator("#office_role").select_option("reviewer")
    page.get_by_role("button", name="Konto anlegen").click()
    log_out(page)

    set_password_from_mail(page, live_folder / "mail")
    log_in_with_password(page)
    page.wait_for_url(re.compile(r"/konto/zweiter-faktor/einrichten"))
    assert page.locator(".qr-code svg").is_visible()
    assert axe_violations(page) == []
    secret = page.locator("#totp-secret").inner_text().replace(" ", "")
    page.locator("#code").fill(totp_code(secret))
    page.get_by_role("button", name="Einrichten").click()
    assert page.locator(".recovery-codes li").count() == 10
    page.get_by_role("link", name=re.compile("weiter")).click()
    assert page.get_by_role("link", name="Arbeitsübersicht", exact=True).is_visible()
    log_out(page)

    log_in_with_password(page)
    page.wait_for_url(re.compile(r"/konto/zweiter-faktor$"))
    assert axe_violations(page) == []
    page.locator("#code").fill(totp_code(secret, steps_ahead=1))  # the enrolment used the current one
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(re.compile(r"/koordination/"))
    page.goto("/koordination/")
    assert page.get_by_role("heading", level=1).count() == 1 and "/koordination/" in page.url
