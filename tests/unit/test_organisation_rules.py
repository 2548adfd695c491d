"""Pure rules for organisations: slugs from names, website addresses."""

from __future__ import annotations

import pytest

from catalogue.accounts.tokens import hash_token, new_token
from catalogue.providers.services import slugify, website_error


@pytest.mark.parametrize(
    "name, slug",
    [
        ("Jugendhilfe Nord e. V.", "jugendhilfe-nord-e-v"),
        ("Fußball & Prävention gGmbH", "fussball-praevention-ggmbh"),
        ("Öko-Büro Süd", "oeko-buero-sued"),
        ("Café Crème", "cafe-creme"),
        ("  --  ", "traeger"),
        ("Вера", "traeger"),
    ],
)
def test_slugify_transliterates_german_and_falls_back(name, slug):
    assert slugify(name) == slug


def test_slug_leaves_room_for_a_suffix():
    assert len(slugify("Sehr " * 40)) <= 50
    assert not slugify("a" * 49 + " b").endswith("-")


@pytest.mark.parametrize("url", ["https://traeger.example", "http://traeger.example/pfad?x=1", ""])
def test_http_and_https_websites_are_accepted(url):
    assert website_error(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript://traeger.example/%0aalert(1)",
        "data:text/html,x",
        "ftp://traeger.example",
        "traeger.example",
        "https://",
        "https://traeger example",
    ],
)
def test_other_websites_are_refused(url):
    assert website_error(url)


def test_new_token_hash_matches_and_tokens_differ():
    token, token_hash = new_token()
    assert hash_token(token) == token_hash and len(token_hash) == 64
    assert new_token()[0] != token
