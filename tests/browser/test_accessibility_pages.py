"""Every kind of page, as each kind of user sees it: zero axe-core violations, and no
horizontal scrolling at 320 CSS pixels (WCAG 1.4.10 reflow)."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_review_journey import log_in_by_keyboard

PUBLIC = [
    "/",
    "/suche?q=mobbing",
    "/suche?q=xyzzyqwert",
    "/barrierefreiheit",
    "/leichte-sprache",
    "/datenschutz",
    "/impressum",
    "/konto/anmelden",
    "/konto/passwort-vergessen",
    "/traeger/registrieren",
    "/gibt-es-nicht",
    "/merkliste/",
]
PROVIDER = [
    "/traeger/",
    "/traeger/angebote/",
    "/traeger/suchtberatung-mitte/mitglieder",
    "/traeger/suchtberatung-mitte/profil",
]
OFFICE = [
    "/koordination/",
    "/koordination/pruefung/",
    "/koordination/synonyme",
    "/koordination/suchbedarf",
    "/koordination/nutzer",
    "/koordination/rueckmeldungen",
    "/koordination/berichte/",
    "/koordination/berichte/abdeckung",
    "/koordination/berichte/nachfrage",
    "/koordination/berichte/qualitaet",
    "/koordination/berichte/rat",
    "/konto/",
]


def first_link(page, pattern: str) -> str:
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    return next(h for h in hrefs if re.fullmatch(pattern, h))


def assert_accessible(page, path, axe_violations):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(path)
    assert axe_violations(page) == [], path
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, path


@pytest.mark.parametrize("path", PUBLIC)
def test_public_page_is_accessible(page, axe_violations, path):
    assert_accessible(page, path, axe_violations)


def test_offer_detail_print_and_provider_pages_are_accessible(page, axe_violations):
    page.goto("/")
    detail = first_link(page, r"/angebote/\d+")
    for path in (detail, detail + "/drucken", detail + "/rueckmeldung"):
        assert_accessible(page, path, axe_violations)
    page.goto(detail)
    assert_accessible(page, first_link(page, r"/traeger-profil/[a-z0-9-]+"), axe_violations)


def test_provider_pages_are_accessible(page, axe_violations):
    log_in_by_keyboard(page, "traeger-admin@demo.example")
    for path in PROVIDER:
        assert_accessible(page, path, axe_violations)
    page.goto("/traeger/angebote/")
    offer = first_link(page, r"/traeger/angebote/\d+")
    links = [offer, offer + "/rueckmeldungen", first_link(page, r"/traeger/angebote/neu\?organisation=\d+")]
    for path in links:
        assert_accessible(page, path, axe_violations)


def test_office_pages_are_accessible(page, axe_violations):
    log_in_by_keyboard(page, "admin@demo.example")
    for path in OFFICE:
        assert_accessible(page, path, axe_violations)
    page.goto("/koordination/pruefung/")
    assert_accessible(page, first_link(page, r"/koordination/pruefung/angebote/\d+/verlauf"), axe_violations)
