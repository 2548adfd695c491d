"""A teacher gives feedback on an offer; nobody but the office sees it until the office approves it,
then the provider does. axe-core finds nothing on the form, the thank-you, moderation and provider pages."""

from __future__ import annotations

import re

from tests.browser.test_review_journey import log_in_by_keyboard, log_out

COMMENT = "Die Klasse 7b war begeistert, besonders vom Rollenspiel (Browsertest)."


def provider_offer_path(page) -> str:
    """The provider's page of the first live offer of the demo provider."""
    page.goto("/traeger/angebote/")
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    return next(h for h in hrefs if re.fullmatch(r"/traeger/angebote/\d+", h))


def give_feedback(page, offer_id: str, axe_violations) -> None:
    page.goto(f"/angebote/{offer_id}")
    page.get_by_role("link", name="Rückmeldung geben").click()
    assert axe_violations(page) == []
    page.get_by_label("Schulform").select_option("oberschule")
    page.get_by_label("Klassenstufe").select_option("7")
    page.get_by_label("Wann fand das Angebot statt?").select_option(index=1)
    for question in ("Das Angebot passte", "Die Organisation", "Der Inhalt"):
        page.get_by_role("group", name=re.compile(question)).get_by_label("trifft voll zu").check()
    page.get_by_role("group", name=re.compile("wieder buchen")).get_by_label("Ja").check()
    page.get_by_label("Kommentar (freiwillig)").fill(COMMENT)
    page.get_by_role("button", name="Rückmeldung senden").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Danke für Ihre Rückmeldung!"
    assert axe_violations(page) == []


def test_feedback_appears_only_after_moderation(browser, live_server, page, axe_violations):
    log_in_by_keyboard(page, "traeger-admin@demo.example")
    own_offer = provider_offer_path(page)
    offer_id = own_offer.rsplit("/", 1)[1]

    school = browser.new_context(base_url=live_server, bypass_csp=True, locale="de-DE")
    try:
        give_feedback(school.new_page(), offer_id, axe_violations)
    finally:
        school.close()

    page.goto(f"{own_offer}/rueckmeldungen")
    assert COMMENT not in page.content()
    log_out(page)

    log_in_by_keyboard(page, "admin@demo.example")
    page.goto("/koordination/rueckmeldungen")
    assert axe_violations(page) == []
    item = page.locator("article.feedback-item", has_text=COMMENT)
    item.get_by_role("button", name=re.compile("^Freigeben")).click()
    assert "Die Rückmeldung ist freigegeben." in page.locator(".flashes").inner_text()
    log_out(page)

    log_in_by_keyboard(page, "traeger-admin@demo.example")
    page.goto(f"{own_offer}/rueckmeldungen")
    assert COMMENT in page.locator("main").inner_text()
    assert axe_violations(page) == []
