"""Helpers for the search tests: listed offers with vocabulary terms, a real index, page parsing."""

from __future__ import annotations

import html
import re

from catalogue.changefeed import record_search_change
from catalogue.offers.models import RevisionTerm
from catalogue.search.indexing import open_index, refresh_index
from tests.factories import make_live_offer, make_organisation, term

RESULT_TITLE = re.compile(r'<h3 id="treffer-(\d+)"><a href="[^"]*">(.*?)</a></h3>', re.S)
COUNT = re.compile(r'id="trefferzahl"[^>]*>(.*?)</p>', re.S)


def listed(db, title: str, *, organisation=None, terms: dict | None = None, **content):
    """A live offer with vocabulary terms ({"topic": ("mobbing",), …}), recorded for the index."""
    terms = dict(terms or {})
    fields = tuple(terms.pop("field", ("gewalt",)))
    offer = make_live_offer(db, organisation or make_organisation(db), title=title, fields=fields, **content)
    for vocabulary, codes in terms.items():
        for code in codes:
            db.add(RevisionTerm(revision_id=offer.live_revision_id, term_id=term(db, vocabulary, code).id))
    record_search_change(db, offer_id=offer.id)
    db.flush()
    return offer


def build_index(app, db) -> None:
    """Build (or sync) the per-test index from the database, as the jobs loop would."""
    refresh_index(db, open_index(app))


def page(client, url: str = "/suche", **args) -> str:
    response = client.get(url, query_string=args or None)
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def titles(body: str) -> list[str]:
    return [html.unescape(title) for _, title in RESULT_TITLE.findall(body)]


def result_ids(body: str) -> list[int]:
    return [int(offer_id) for offer_id, _ in RESULT_TITLE.findall(body)]


def count_text(body: str) -> str:
    match = COUNT.search(body)
    assert match, "no result count on the page"
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())


INLINE_TAG = re.compile(r"</?(?:a|span|mark|strong|em|b)\b[^>]*>")


def plain(body: str) -> str:
    """The page as text: tags removed (inline ones without a gap), entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", INLINE_TAG.sub("", body))).split())


def option(body: str, name: str, code: str) -> str:
    """The <li> of one filter option (checkbox with its label and count)."""
    match = re.search(rf'<li id="f-{name}-{code}-eintrag"[^>]*>.*?</li>', body, re.S)
    assert match, f"no option {name}={code}"
    return match.group(0)


def option_count(body: str, name: str, code: str) -> int | None:
    match = re.search(r'class="count">\((\d+)', option(body, name, code))
    return int(match.group(1)) if match else None
