"""Merkliste in a real browser: mark three offers while searching, share the link into a
fresh browser (no cookies), open the print view; axe-core finds nothing on any of it."""

from __future__ import annotations

import re

from tests.browser.test_accessibility_pages import assert_accessible


def test_marked_list_is_shared_into_a_new_browser_and_printed(browser, live_server, page, axe_violations):
    page.goto("/suche?q=")
    titles = []
    for _ in range(3):
        card = page.locator(".offer-card", has=page.get_by_role("button", name=re.compile(r"^Merken"))).first
        titles.append(card.locator("h3").inner_text())
        card.get_by_role("button", name=re.compile(r"^Merken")).click()
    page.get_by_role("link", name=re.compile(r"^Merkliste")).first.click()
    assert page.locator("ol.shortlist h2").all_inner_texts() == titles
    assert_accessible(page, page.url, axe_violations)
    share = page.get_by_label("Link zu dieser Liste").input_value()

    stranger = browser.new_context(base_url=live_server, bypass_csp=True, locale="de-DE")
    try:
        other = stranger.new_page()
        other.goto(share)
        assert other.get_by_role("heading", level=1).inner_text() == "Geteilte Merkliste"
        assert other.locator("ol.shortlist h2").all_inner_texts() == titles
        assert axe_violations(other) == []
        other.get_by_role("link", name="Druckansicht der ganzen Liste").click()
        assert other.get_by_role("heading", level=1).inner_text() == "Merkliste: 3 Angebote"
        assert other.locator(".print-entry h2").all_inner_texts() == [f"{n}. {t}" for n, t in enumerate(titles, 1)]
        assert axe_violations(other) == []
        assert len(other.pdf(format="A4")) > 1000  # the print view renders to paper
    finally:
        stranger.close()
