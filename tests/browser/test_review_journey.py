"""The whole journey in Chromium: a provider drafts and submits an offer, a reviewer asks
for changes, the provider revises and resubmits, the reviewer approves, and the offer
is public. axe-core checks every page on the way; the login form is used by keyboard alone."""

from __future__ import annotations

import re
import time

from catalogue.demo import DEMO_TOTP_SECRETS
from tests.browser.conftest import DEMO_PASSWORD
from tests.helpers import totp_code

PROVIDER = "traeger-admin@demo.example"
REVIEWER = "pruefung@demo.example"
TITLE = "Klassenrat stärken – Demokratie im Schulalltag"


def log_in_by_keyboard(page, email: str) -> None:
    page.goto("/konto/anmelden")
    page.locator("#email").focus()
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    if email in DEMO_TOTP_SECRETS:
        enter_code_by_keyboard(page, DEMO_TOTP_SECRETS[email])
    page.wait_for_url(re.compile(r"/(traeger|koordination)/"))


def enter_code_by_keyboard(page, secret: str) -> None:
    """The second step of an office login: the code the authenticator app would show."""
    page.wait_for_url(re.compile(r"/konto/zweiter-faktor"))
    for _round in range(2):  # at most four tries: five wrong codes would end the login
        for steps_ahead in (0, 1):  # the current code may have been used by the last login (replay)
            page.locator("#code").fill(totp_code(secret, steps_ahead))
            with page.expect_navigation():
                page.keyboard.press("Enter")
            if "/konto/zweiter-faktor" not in page.url:
                return
        # Both codes of this moment were used by earlier logins: the authenticator shows a new one soon.
        page.wait_for_timeout((30 - time.time() % 30 + 1) * 1000)


def log_out(page) -> None:
    page.get_by_role("button", name=re.compile("^Abmelden")).click()


def check_by_keyboard(page, name: str, value: str) -> None:
    page.locator(f"input[name={name}][value={value}]").focus()
    page.keyboard.press("Space")


def fill_complete_offer(page) -> None:
    texts = {
        "title": TITLE,
        "summary": "Schüler*innen lernen, den Klassenrat selbst zu leiten und Konflikte fair zu lösen.",
        "description": "Drei Termine: Einführung, Moderationstraining, begleitete Sitzung.",
        "goals": "Die Klasse führt eine Klassenratssitzung ohne Hilfe der Lehrkraft durch.",
        "theory": "Demokratiepädagogik; Selbstwirksamkeit durch Beteiligung.",
        "grade_from": "5",
        "grade_to": "8",
        "duration_value": "6",
        "sessions": "3",
        "group_min": "10",
        "group_max": "30",
        "staff_count": "2",
        "staff_qualification": "Sozialpädagog*innen mit Moderationsausbildung",
        "booking_info": "Anfrage per E-Mail mit Wunschtermin",
        "lead_time_weeks": "6",
        "contact_email": "klassenrat@suchtberatung-mitte.example",
        "requirements": "Stuhlkreis im Klassenraum",
    }
    for name, value in texts.items():
        page.fill(f"[name={name}]", value)
    for name, value in (
        ("fields", "demokratie"),
        ("audiences", "schueler"),
        ("levels", "universell"),
        ("formats", "workshop"),
        ("venues", "schule"),
        ("districts", "stadtweit"),
        ("languages", "de"),
    ):
        check_by_keyboard(page, name, value)
    check_by_keyboard(page, "is_free", "y")
    page.select_option("[name=duration_unit]", "unterrichtsstunden")
    page.select_option("[name=evaluation_kind]", "feedback")


def rate_every_criterion(page, rating: str = "erfuellt") -> None:
    for radio in page.locator(f"fieldset.criterion input[type=radio][value={rating}]").all():
        radio.check()


def decide(page, decision: str) -> None:
    """Open a decision, read its consequence, confirm it."""
    page.locator("summary").filter(has_text=re.compile(rf"^\s*{decision}")).click()
    page.get_by_role("button", name=re.compile(rf"^Ja, {decision}", re.IGNORECASE)).click()


def start_review_of_our_offer(page) -> None:
    page.goto("/koordination/pruefung/")
    page.get_by_role("button", name=re.compile(rf"Prüfung beginnen\s*:\s*{re.escape(TITLE)}")).click()
    page.wait_for_url(re.compile(r"/koordination/pruefung/\d+$"))


def test_offer_journey_from_draft_to_public_listing(page, axe_violations):
    log_in_by_keyboard(page, PROVIDER)
    assert axe_violations(page) == []

    page.goto("/traeger/angebote/")
    page.get_by_role("link", name=re.compile("^Neues Angebot")).first.click()
    assert axe_violations(page) == []
    fill_complete_offer(page)
    page.get_by_role("button", name="Entwurf anlegen").click()
    page.wait_for_url(re.compile(r"/traeger/angebote/\d+$"))
    offer_url = page.url
    assert axe_violations(page) == []
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    assert "Eingereicht" in page.content()
    log_out(page)

    log_in_by_keyboard(page, REVIEWER)
    page.goto("/koordination/pruefung/")
    assert axe_violations(page) == []
    start_review_of_our_offer(page)
    assert axe_violations(page) == []
    rate_every_criterion(page)
    page.fill("[name=message]", "Bitte nennen Sie, wie die Lehrkraft den Klassenrat danach weiterführt.")
    decide(page, "Änderungen erbitten")
    page.wait_for_url(re.compile(r"/koordination/pruefung/$"))
    log_out(page)

    log_in_by_keyboard(page, PROVIDER)
    page.goto(offer_url)
    assert "Bitte nennen Sie, wie die Lehrkraft" in page.content()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Bearbeiten").click()
    page.fill("[name=preparation]", "Leitfaden für Lehrkräfte zur Weiterführung des Klassenrats.")
    page.get_by_role("button", name="Entwurf speichern").click()
    page.goto(offer_url)
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    log_out(page)

    log_in_by_keyboard(page, REVIEWER)
    start_review_of_our_offer(page)
    assert "Leitfaden für Lehrkräfte" in page.content()  # the reviewer sees the revised text
    rate_every_criterion(page)
    decide(page, "Freigeben")
    page.wait_for_url(re.compile(r"/koordination/pruefung/$"))
    log_out(page)

    page.goto("/")
    assert TITLE in page.content()
    assert axe_violations(page) == []
