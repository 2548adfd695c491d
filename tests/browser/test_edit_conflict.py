"""Two tabs saving the same organisation profile: the second gets the merge page (axe 0, 320 px),
chooses the saved value for the clashing field by keyboard, and keeps its own other change."""

from __future__ import annotations

from tests.browser.test_accessibility_pages import assert_accessible
from tests.browser.test_review_journey import log_in_by_keyboard

PROFILE = "/traeger/suchtberatung-mitte/profil"


def test_a_clash_between_two_tabs_is_chosen_on_an_accessible_merge_page(page, axe_violations):
    log_in_by_keyboard(page, "traeger-admin@demo.example")
    page.goto(PROFILE)
    other_tab = page.context.new_page()
    other_tab.goto(PROFILE)
    other_tab.locator("#phone").fill("0371 111111")
    with other_tab.expect_navigation():
        other_tab.get_by_role("button", name="Profil speichern").click()
    page.locator("#phone").fill("0371 222222")
    page.locator("#street").fill("Am Markt 3")
    with page.expect_navigation():
        page.get_by_role("button", name="Profil speichern").click()
    assert page.get_by_text("Beide geändert – bitte wählen Sie: Telefon.").is_visible()
    merge_url = page.url
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.locator("#wahl-phone-mine").focus()
    page.keyboard.press("ArrowDown")  # radio group: the arrow key selects the saved value
    assert page.locator("#wahl-phone-theirs").is_checked()
    with page.expect_navigation():
        page.get_by_role("button", name="Profil speichern").click()
    assert page.get_by_text("Das Profil wurde gespeichert.").is_visible()
    assert (page.locator("#phone").input_value(), page.locator("#street").input_value()) == (
        "0371 111111",
        "Am Markt 3",
    )
    assert merge_url.endswith(PROFILE)
    assert_accessible(page, PROFILE, axe_violations)
