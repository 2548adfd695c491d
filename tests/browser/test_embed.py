"""An embeddable list in Chromium: the office creates it and copies the snippet; a page of another
origin that the office listed shows it in its iframe, a page of an unlisted origin is refused.

The host pages come from small http.servers on ports of their own (another port is another
origin). Their context does not bypass CSP, so Chromium enforces the embed's frame-ancestors.
axe-core checks the office pages and the embed itself.
"""

from __future__ import annotations

import json
import threading
import urllib.request
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility_pages import assert_accessible
from tests.browser.test_review_journey import log_in_by_keyboard

HOST_PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Stadt Beispiel – Prävention</title></head>
<body><main><h1>Prävention an unseren Schulen</h1>
{snippet}
</main></body></html>
"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the test output stays readable
        pass


@pytest.fixture
def host_sites(tmp_path):
    """Two static sites on their own ports: (folder, origin) each; stopped after the test."""
    sites, servers = [], []
    for name in ("erlaubt", "fremd"):
        folder = tmp_path / name
        folder.mkdir()
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        sites.append((folder, f"http://localhost:{server.server_address[1]}"))
    yield sites
    for server in servers:
        server.shutdown()
        server.server_close()


def expected_titles(live_server: str) -> list[str]:
    """What the list must show, asked of the JSON API with the same filter."""
    query = "handlungsfeld=sucht&klasse=5&klasse_bis=8&sortierung=titel"
    with urllib.request.urlopen(f"{live_server}/api/v1/offers?{query}", timeout=10) as response:
        return [offer["title"] for offer in json.load(response)["results"]]


def create_embed(page, axe_violations, allowed_origin: str) -> str:
    """Through the office form, as an admin (a refused origin first): returns the generator's snippet."""
    log_in_by_keyboard(page, "admin@demo.example")
    assert_accessible(page, "/koordination/einbetten/", axe_violations)
    assert_accessible(page, "/koordination/einbetten/neu", axe_violations)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_label("Name der Liste").fill("Suchtprävention Klassen 5–8")
    page.locator("summary", has_text="Handlungsfeld").click()  # opens the group
    page.get_by_label("Suchtprävention").check()
    page.get_by_label("Klassenstufe von").select_option("5")
    page.get_by_label("Klassenstufe bis").select_option("8")
    origins = page.get_by_label("Websites, die die Liste zeigen dürfen")
    origins.fill("http://stadt-beispiel.example")
    page.get_by_role("button", name="Liste anlegen").click()
    expect(page.locator("#origins-fehler")).to_contain_text("nur für localhost erlaubt")
    assert axe_violations(page) == []
    origins.fill(allowed_origin)
    page.get_by_role("button", name="Liste anlegen").click()
    page.wait_for_url("**/koordination/einbetten/*")
    assert_accessible(page, page.url, axe_violations)
    return page.get_by_label("HTML-Code für die Website", exact=False).input_value()


def test_the_list_shows_in_a_listed_origin_and_is_refused_elsewhere(
    browser, page, live_server, axe_violations, host_sites
):
    (allowed_folder, allowed_origin), (foreign_folder, foreign_origin) = host_sites
    titles = expected_titles(live_server)
    assert titles, "the demo catalogue has listed Suchtprävention offers for grades 5–8"
    snippet = create_embed(page, axe_violations, allowed_origin)
    assert snippet.startswith(f'<iframe src="{live_server}/einbetten/suchtpraevention-klassen-5-8" title="')
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(page.frame_locator("iframe.embed-preview").get_by_role("link", name=titles[0])).to_be_visible()

    for folder in (allowed_folder, foreign_folder):
        (folder / "index.html").write_text(HOST_PAGE.format(snippet=snippet), encoding="utf-8")
    context = browser.new_context(locale="de-DE")  # CSP enforced as for any visitor
    try:
        host = context.new_page()
        host.goto(f"{allowed_origin}/")
        frame = host.frame_locator("iframe")
        expect(frame.get_by_role("heading", name="Suchtprävention Klassen 5–8")).to_be_visible()
        expect(frame.locator("h2 a")).to_have_text(titles[: len(titles)])
        expect(frame.get_by_role("link", name=titles[0])).to_have_attribute("target", "_top")

        refusals = []
        host.on("console", lambda message: refusals.append(message.text))
        with host.expect_event("framenavigated", predicate=lambda f: f != host.main_frame):
            host.goto(f"{foreign_origin}/")
        host.wait_for_load_state("load")
        embedded = next(f for f in host.frames if f != host.main_frame)
        assert embedded.url.startswith("chrome-error://"), embedded.url
        assert any("frame-ancestors" in text for text in refusals), refusals
        expect(host.frame_locator("iframe").get_by_role("link", name=titles[0])).to_have_count(0)
    finally:
        context.close()
    assert_accessible(page, "/einbetten/suchtpraevention-klassen-5-8", axe_violations)
