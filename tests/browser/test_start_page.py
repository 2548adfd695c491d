"""The public start page in a real browser: content, accessibility, keyboard, reflow."""


def test_start_page_lists_demo_offers_with_zero_axe_violations(page, axe_violations):
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator(".offer-card").count() >= 10
    assert axe_violations(page) == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Zum Inhalt springen"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#inhalt"


def test_start_page_reflows_at_320_pixels_without_horizontal_scrolling(page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto("/")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320


def test_login_page_has_zero_axe_violations(page, axe_violations):
    page.goto("/konto/anmelden")
    assert axe_violations(page) == []
