"""The office and provider journeys walked as people walk them, with figures.

Each journey starts at the login page and takes the shortest path the pages offer: it
follows whatever link or button leads on (a direct one if the page has it, else the
navigation). On the way it counts page loads, clicks and key presses (a filled text
field counts as one entry), records every page's height at 1280×800 and runs axe-core on
every page. The figures are printed (`pytest -s -m browser tests/browser/test_journey_figures.py`)
for the before → after comparison; only accessibility and a ceiling on the review page's
height are asserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from catalogue.demo import DEMO_TOTP_SECRETS
from tests.browser.conftest import DEMO_PASSWORD
from tests.browser.test_review_journey import PROVIDER, REVIEWER, enter_code_by_keyboard, fill_complete_offer, log_out

VIEWPORT = {"width": 1280, "height": 800}
REVIEW_PAGE_CEILING_SCREENS = 3.0  # at most 3 screens at 1280×800 with every criterion "erfüllt"
TITLE = "Streit schlichten lernen – Peer-Mediation"  # not the other journey's offer (same server)


@dataclass
class Walk:
    """Counts what a person does on one journey and what each page costs."""

    page: object
    axe: object
    loads: int = 0
    clicks: int = 0
    keys: int = 0
    heights: list[tuple[str, int]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.page.on("load", lambda _page: self._loaded())

    def _loaded(self):
        self.loads += 1

    def measure(self, name: str) -> int:
        self.page.wait_for_load_state()
        height = self.page.evaluate("document.documentElement.scrollHeight")
        self.heights.append((name, height))
        self.problems += [f"{name}: {line}" for line in self.axe(self.page)]
        return height

    def click(self, locator) -> None:
        self.clicks += 1
        locator.click()
        self.page.wait_for_load_state()

    def fill(self, selector: str, value: str) -> None:
        self.keys += 1
        self.page.fill(selector, value)

    def press(self, key: str) -> None:
        self.keys += 1
        self.page.keyboard.press(key)

    def follow(self, *candidates) -> None:
        """Click the first visible of several ways on (the direct one first)."""
        for candidate in candidates:
            found = candidate.filter(visible=True)
            if found.count():
                self.click(found.first)
                return
        raise AssertionError(f"Kein Weg weiter auf {self.page.url}")

    def figures(self) -> str:
        tallest = max(height for _name, height in self.heights)
        pages = ", ".join(f"{name} {height} px" for name, height in self.heights)
        return (
            f"{self.loads} Seitenaufrufe, {self.clicks} Klicks, {self.keys} Tastatureingaben; "
            f"höchste Seite {tallest} px ({tallest / VIEWPORT['height']:.1f} Bildschirme); {pages}"
        )


def log_in(walk: Walk, email: str) -> None:
    walk.page.goto("/konto/anmelden")
    walk.fill("#email", email)
    walk.fill("#password", DEMO_PASSWORD)
    with walk.page.expect_navigation():
        walk.press("Enter")
    walk.page.wait_for_load_state()
    if email in DEMO_TOTP_SECRETS:  # office accounts give the authenticator's code as well
        walk.keys += 1
        enter_code_by_keyboard(walk.page, DEMO_TOTP_SECRETS[email])


def submit_new_offer(page) -> None:
    """Set-up, not measured: a provider drafts and submits the offer the office reviews."""
    page.goto("/konto/anmelden")
    page.fill("#email", PROVIDER)
    page.fill("#password", DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/(traeger|koordination)/"))
    page.goto("/traeger/angebote/")
    page.get_by_role("link", name=re.compile("^Neues Angebot")).first.click()
    fill_complete_offer(page)
    page.fill("[name=title]", TITLE)
    page.get_by_role("button", name="Entwurf anlegen").click()
    page.wait_for_url(re.compile(r"/traeger/angebote/\d+$"))
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    log_out(page)
    page.wait_for_load_state()  # so that this page load is not counted for the next journey


def decide(walk: Walk, decision: str) -> None:
    """Press a decision; where the page asks for confirmation, confirm."""
    page = walk.page
    walk.follow(
        page.locator("summary").filter(has_text=re.compile(rf"^\s*{decision}")),
        page.get_by_role("button", name=re.compile(rf"^{decision}")),
    )
    confirm = page.get_by_role("button", name=re.compile(rf"^Ja, {decision}", re.IGNORECASE)).filter(visible=True)
    if confirm.count():
        walk.click(confirm.first)


def rate(walk: Walk, fieldset, rating: str) -> None:
    walk.click(fieldset.locator(f"input[type=radio][value={rating}]"))


def office_journey(walk: Walk) -> int:
    page = walk.page
    log_in(walk, REVIEWER)
    walk.measure("Start nach Anmeldung")
    start = page.get_by_role("button", name=re.compile(rf"Prüfung beginnen\s*:\s*{re.escape(TITLE)}"))
    if not start.filter(visible=True).count():
        walk.follow(page.get_by_role("link", name="Koordinierungsstelle", exact=True))
        walk.measure("Koordinierungsstelle")
        walk.follow(page.get_by_role("link", name=re.compile("^Prüfliste")))
        walk.measure("Prüfliste")
    walk.follow(start)
    criteria = page.locator(".criterion")
    for index in range(criteria.count()):
        rate(walk, criteria.nth(index), "erfuellt")
    review_height = walk.measure("Prüfseite (alle erfüllt)")
    last = criteria.nth(criteria.count() - 1)
    rate(walk, last, "teilweise")
    comment = last.locator("textarea[name^=comment_]")
    if not comment.is_visible():
        walk.follow(last.locator("summary"))
    walk.fill(f"#{comment.get_attribute('id')}", "Bitte beschreiben Sie, wie die Lehrkraft danach weiterarbeitet.")
    walk.fill("[name=message]", "Bitte ergänzen Sie die Weiterführung durch die Lehrkraft.")
    decide(walk, "Änderungen erbitten")
    page.wait_for_url(re.compile(r"/koordination/"))
    walk.measure("nach der Entscheidung")
    return review_height


def provider_journey(walk: Walk) -> None:
    page = walk.page
    log_in(walk, PROVIDER)
    walk.measure("Start nach Anmeldung")
    title = re.escape(TITLE)
    walk.follow(
        page.get_by_role("link", name=re.compile(rf"^Überarbeiten: {title}")),
        page.get_by_role("link", name=re.compile("^Angebote verwalten")),
    )
    if not page.locator("[name=preparation]").count():
        walk.measure("Angebotsliste")
        walk.follow(page.get_by_role("link", name=re.compile(rf"^{title}")))
        walk.measure("Angebotsseite mit Rückmeldung")
        walk.follow(page.get_by_role("link", name=re.compile("^Bearbeiten")))
    walk.measure("Bearbeiten")
    walk.fill("[name=preparation]", "Leitfaden für Lehrkräfte zur Weiterführung des Klassenrats.")
    for reply in page.locator("textarea[name^=reply_]").all():
        walk.fill(f"#{reply.get_attribute('id')}", "Leitfaden für Lehrkräfte ergänzt.")
    walk.follow(
        page.get_by_role("button", name=re.compile("^Speichern und zur Prüfung einreichen")),
        page.get_by_role("button", name=re.compile("^Entwurf speichern")),
    )
    submit = page.get_by_role("button", name="Zur Prüfung einreichen").filter(visible=True)
    if submit.count():
        walk.measure("nach dem Speichern")
        walk.click(submit.first)
    assert "eingereicht" in page.content().lower()
    walk.measure("nach dem Einreichen")


def test_office_and_provider_journeys_print_their_figures(browser, live_server, axe_violations):
    context = browser.new_context(base_url=live_server, bypass_csp=True, locale="de-DE", viewport=VIEWPORT)
    page = context.new_page()
    try:
        submit_new_offer(page)
        office = Walk(page, axe_violations)
        review_height = office_journey(office)
        print(f"\nBüro (Anmeldung → Prüfung aller Kriterien → Entscheidung): {office.figures()}")
        log_out(page)
        page.wait_for_load_state()
        provider = Walk(page, axe_violations)
        provider_journey(provider)
        print(f"Träger (Anmeldung → Änderungswunsch → Bearbeiten → Einreichen): {provider.figures()}")
    finally:
        context.close()
    assert office.problems + provider.problems == []
    assert review_height <= REVIEW_PAGE_CEILING_SCREENS * VIEWPORT["height"]
