"""Search in a real browser on the demo catalogue: search, filter, open an offer; axe on every page;
filters by keyboard; the count is announced; everything also works without JavaScript."""

from __future__ import annotations

import re

import pytest

RESULT_LINKS = ".results-list h3 a"


def result_count(page) -> str:
    return page.locator("#trefferzahl").inner_text().strip()


def number(text: str) -> int:
    match = re.match(r"(\d+) Angebot", text)
    return int(match.group(1)) if match else 0


def test_search_filter_and_open_an_offer_with_zero_axe_violations(page, axe_violations):
    page.goto("/")
    page.get_by_label("Wonach suchen Sie?").fill("Mobbing")
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_url(re.compile(r"/suche\?q=Mobbing"))
    before = number(result_count(page))
    assert before >= 3
    assert page.locator(".snippet mark").count() >= 1
    assert axe_violations(page) == []

    page.select_option("#klasse", "5")
    page.wait_for_url(re.compile(r"klasse=5"))
    after = number(result_count(page))
    assert 0 < after <= before
    assert axe_violations(page) == []

    title = page.locator(RESULT_LINKS).first.inner_text()
    page.locator(RESULT_LINKS).first.click()
    page.wait_for_url(re.compile(r"/angebote/\d+$"))
    assert page.locator("h1").inner_text() == title
    assert page.get_by_role("heading", name="Das Wichtigste für Ihre Entscheidung").is_visible()
    assert axe_violations(page) == []

    page.get_by_role("link", name="Druckansicht").click()
    page.wait_for_url(re.compile(r"/drucken$"))
    assert page.get_by_role("button", name="Drucken").is_visible()
    assert page.locator("nav").count() == 0
    assert axe_violations(page) == []


def test_filters_apply_on_change_without_reload_and_the_count_is_announced(page):
    page.goto("/suche")
    total = number(result_count(page))
    assert page.locator("#trefferzahl").get_attribute("aria-live") == "polite"
    page.evaluate("window.__same_page = true")
    page.get_by_label(re.compile(r"^Suchtprävention \(\d+")).check()
    page.wait_for_url(re.compile(r"handlungsfeld=sucht"))
    page.wait_for_function(f"!document.querySelector('#trefferzahl').textContent.startsWith('{total} ')")
    assert page.evaluate("window.__same_page") is True  # no page load: the script updated the results
    filtered = number(result_count(page))
    assert 0 < filtered < total
    assert page.locator(".results-list .offer-card").count() == min(filtered, 20)


def test_filters_work_by_keyboard_and_keep_the_focus(page):
    page.goto("/suche?q=Alkohol")
    checkbox = page.locator("input[name=handlungsfeld]:not([disabled])").first
    checkbox.focus()
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"handlungsfeld="))
    page.wait_for_function("document.querySelector('#ergebnis-bereich').getAttribute('aria-busy') === null")
    assert checkbox.is_checked()
    assert page.evaluate("document.activeElement.name") == "handlungsfeld"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "INPUT"
    # A closed option group opens with the keyboard.
    summary = page.locator("#gruppe-thema summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("#gruppe-thema").get_attribute("open") is not None


def test_empty_options_are_disabled_and_marked_by_text(page):
    page.goto("/suche?q=Mobbing")
    disabled = page.locator("input[name=handlungsfeld][disabled]")
    assert disabled.count() >= 1
    label = page.locator(f"label[for='{disabled.first.get_attribute('id')}']").inner_text()
    assert "(0" in label


def test_nothing_found_page_has_zero_axe_violations(page, axe_violations):
    page.goto("/suche?q=Zirkusakrobatik&thema=alkohol")
    assert result_count(page) == "Keine Angebote gefunden"
    assert page.get_by_role("heading", name="Kein passendes Angebot dabei?").is_visible()
    assert axe_violations(page) == []


def test_provider_page_has_zero_axe_violations(page, axe_violations):
    page.goto("/suche?q=Alkohol")
    page.locator(RESULT_LINKS).first.click()
    page.locator(".offer-detail .provider a").click()
    page.wait_for_url(re.compile(r"/traeger-profil/"))
    assert page.locator(".offer-card").count() >= 1
    assert axe_violations(page) == []


def test_search_page_reflows_at_320_pixels(page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/suche?q=Mobbing")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.fixture
def page_without_js(browser, live_server):
    context = browser.new_context(base_url=live_server, java_script_enabled=False, locale="de-DE")
    yield context.new_page()
    context.close()


def test_filters_work_without_javascript(page_without_js):
    page = page_without_js
    page.goto("/suche")
    page.get_by_label(re.compile(r"^Medienkompetenz \(\d+")).check()
    page.get_by_role("button", name="Filter anwenden").click()
    page.wait_for_url(re.compile(r"handlungsfeld=medien"))
    assert number(result_count(page)) >= 1
    page.select_option("#sortierung", "titel")
    page.get_by_role("button", name="Sortieren").click()
    page.wait_for_url(re.compile(r"sortierung=titel"))
    titles = page.locator(RESULT_LINKS).all_inner_texts()
    assert titles == sorted(titles, key=str.casefold) or len(titles) <= 1


def test_print_view_of_every_demo_offer_fits_on_one_page(page):
    page.goto("/suche?pro_seite=100")
    links = page.locator(RESULT_LINKS).evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert len(links) >= 50
    for href in links:
        page.goto(href + "/drucken")
        pdf = page.pdf(format="A4", prefer_css_page_size=True)
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, href


def test_filter_words_in_the_query_become_removable_chips(page, axe_violations):
    page.goto("/suche")
    page.get_by_label("Suchbegriff").fill("Mobbing Klasse 7 kostenlos")
    page.get_by_role("button", name="Suchen", exact=True).click()
    page.wait_for_url(re.compile(r"/suche\?q=Mobbing"))
    chips = page.locator(".understood .chip")
    assert chips.count() == 2
    assert "Klasse 7" in chips.nth(0).inner_text() and "kostenfrei" in chips.nth(1).inner_text()
    assert axe_violations(page) == []

    page.get_by_role("link", name="„kostenlos“ aus der Suche entfernen").click()
    page.wait_for_url(re.compile(r"q=Mobbing\+Klasse\+7$"))
    assert page.locator(".understood .chip").count() == 1
    assert page.get_by_label("Suchbegriff").input_value() == "Mobbing Klasse 7"
    assert axe_violations(page) == []

    page.get_by_role("link", name="Stattdessen alle Wörter als Text suchen").click()
    page.wait_for_url(re.compile(r"verstehen=0"))
    assert page.locator(".understood .chip").count() == 0
