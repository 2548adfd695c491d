"""The "Leichte Sprache" page (BITV 2.0 § 4): linked from every page's header, short
sentences with one statement each, and it names the accessibility statement."""

from __future__ import annotations

import re

import pytest

EASY = "/leichte-sprache"


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/", "/suche", "/konto/anmelden", "/barrierefreiheit", EASY])
def test_every_page_links_to_leichte_sprache_in_its_header(client, db, path):
    header = text(client.get(path)).split("</header>")[0]
    assert f'<a href="{EASY}"' in header and ">Leichte Sprache</a>" in header


def test_page_explains_what_the_site_offers_how_to_use_it_and_where_the_statement_is(client, db):
    page = text(client.get(EASY))
    assert "Was ist der Präventions·katalog?" in page
    assert "So finden Sie ein Angebot" in page
    assert 'href="/barrierefreiheit"' in page


def test_each_paragraph_is_one_short_sentence(client, db):
    page = text(client.get(EASY)).split('class="easy-language"')[1]
    paragraphs = [re.sub(r"<[^>]+>", "", p).strip() for p in re.findall(r"<p>(.*?)</p>", page, re.S)]
    assert len(paragraphs) > 20
    for paragraph in paragraphs:
        words = paragraph.split()
        assert len(words) <= 12, paragraph
        assert len(re.findall(r"[.!?](?=\s|$)", paragraph)) <= 1, paragraph
