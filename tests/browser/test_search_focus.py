"""After the first filter click on /suche (filters apply at once with JavaScript), keyboard and
screen-reader users keep their place: the focus stays on the control, the new count is
announced in a live region, and a skip link takes them to the results."""

from __future__ import annotations

import re

MAX_TABS = 40
ACTIVE_ID = "document.activeElement && document.activeElement.id"


def tab_until(page, condition: str, key: str = "Tab") -> str:
    """Press ``key`` until the focused element satisfies the JS ``condition``; its id."""
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        if page.evaluate(f"(el => Boolean(el && ({condition})))(document.activeElement)"):
            return page.evaluate(ACTIVE_ID)
    raise AssertionError(f"no element with {condition} within {MAX_TABS} presses of {key}")


def wait_for_results(page) -> None:
    """The new results are in and the count is announced (the live region is refilled)."""
    page.wait_for_function(
        "document.querySelector('#ergebnis-bereich').getAttribute('aria-busy') === null"
        " && document.querySelector('#trefferzahl').textContent.trim() !== ''"
    )


def record_announcements(page) -> None:
    """Collect every text the live region shows from now on."""
    page.evaluate(
        """() => {
            window.__announced = [];
            const live = document.querySelector('#trefferzahl');
            new MutationObserver(() => window.__announced.push(live.textContent.trim()))
                .observe(live, {childList: true, characterData: true, subtree: true});
        }"""
    )


def count_text(page) -> str:
    return page.locator("#trefferzahl").inner_text().strip()


def test_a_filter_chosen_by_keyboard_keeps_the_focus_and_announces_the_count(page, axe_violations):
    page.goto("/suche?q=Mobbing")
    record_announcements(page)
    page.locator("#q").focus()
    control = tab_until(page, "el.name === 'handlungsfeld' && !el.disabled && !el.checked")
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"handlungsfeld="))
    wait_for_results(page)

    assert page.evaluate(ACTIVE_ID) == control
    assert page.evaluate("document.activeElement.checked") is True
    live = page.locator("#trefferzahl")
    assert live.get_attribute("aria-live") == "polite" and live.get_attribute("role") == "status"
    shown = page.locator(".results-list .offer-card").count()
    assert re.fullmatch(rf"{shown} Angebote? gefunden", count_text(page))
    assert count_text(page) in page.evaluate("window.__announced")
    assert axe_violations(page) == []


def test_the_same_count_after_a_filter_change_is_announced_again(page):
    page.goto("/suche?q=Alkohol")
    page.locator("#q").focus()
    tab_until(page, "el.name === 'handlungsfeld' && !el.disabled && !el.checked")
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"handlungsfeld="))
    wait_for_results(page)
    record_announcements(page)
    page.keyboard.press("Space")  # the same filter off again, then on: the count may stay the same
    page.wait_for_function("window.__announced.length >= 2")
    assert page.evaluate("window.__announced")[0] == ""
    wait_for_results(page)
    assert page.evaluate("window.__announced")[-1] == count_text(page) != ""


def test_the_skip_link_takes_the_focus_to_the_results_after_a_filter_change(page):
    page.goto("/suche?q=Alkohol")
    page.locator("#q").focus()
    tab_until(page, "el.name === 'handlungsfeld' && !el.disabled")
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"handlungsfeld="))
    wait_for_results(page)

    tab_until(page, "el.matches('a') && /zu den Ergebnissen/.test(el.textContent)", key="Shift+Tab")
    page.evaluate("window.__same_page = true")
    page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE_ID) == "ergebnisse"
    assert page.evaluate("window.__same_page") is True  # the fragment link did not reload the page
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('#ergebnisse').contains(document.activeElement)")


def test_focus_is_not_lost_to_the_page_when_a_control_inside_the_results_changes(page):
    page.goto("/suche?q=Alkohol")
    page.locator("#sortierung").focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_url(re.compile(r"sortierung="))
    wait_for_results(page)
    assert page.evaluate(ACTIVE_ID) == "sortierung"
