"""Short result snippets with the matched words in <mark>, everything else escaped."""

from __future__ import annotations

import html
import re

from whoosh.analysis import Token
from whoosh.highlight import (
    FIRST,
    BasicFragmentScorer,
    ContextFragmenter,
    Formatter,
    WholeFragmenter,
    get_text,
    top_fragments,
)

SNIPPET_CHARS = 200
_CONTEXT_CHARS = 70
_WORD = re.compile(r"\w")


class MarkFormatter(Formatter):
    """Wraps matches in ``<mark>`` and HTML-escapes all text, matched or not."""

    between = " … "

    def _text(self, text: str) -> str:
        return html.escape(text)

    def format_token(self, text, token, replace=False) -> str:
        return "<mark>" + html.escape(get_text(text, token, replace)) + "</mark>"

    def format_fragment(self, fragment, replace=False) -> str:
        body = super().format_fragment(fragment, replace=replace)
        text = fragment.text
        # Fragments end at word boundaries; keep trailing punctuation ("…7.") and
        # mark a cut only where words were really left out.
        head, tail = text[: fragment.startchar], text[fragment.endchar :]
        before = "… " if _WORD.search(head) else html.escape(head.lstrip())
        after = " …" if _WORD.search(tail) else html.escape(tail.rstrip())
        return before + body + after


def analysed(text: str, analyzer) -> tuple[tuple[str, int, int], ...]:
    """(term, start, end) of every token of ``text`` as indexed. The analysis is the
    costly part of a snippet and does not depend on the query: callers cache it."""
    # mode="index": analyse like at indexing, so compound parts are matched and
    # "mobbing" marks "Cybermobbing".
    return tuple((t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index", removestops=False))


def snippet(text: str, terms: frozenset[str], analyzer, tokens: tuple | None = None) -> str:
    """Safe HTML: the part of ``text`` around the best match of ``terms`` (index-side
    term texts), or the beginning of ``text`` when nothing matches. ``tokens``: the
    result of :func:`analysed` for ``text``, if known."""
    tokens = analysed(text, analyzer) if tokens is None and text and terms else tokens
    # Without a matched word Whoosh's fragmenters find nothing to show: skip them.
    if text and terms and any(term in terms for term, _, _ in tokens):
        fragmenter = (
            WholeFragmenter()
            if len(text) <= SNIPPET_CHARS
            else ContextFragmenter(maxchars=SNIPPET_CHARS, surround=_CONTEXT_CHARS)
        )
        matched = (
            Token(text=term, startchar=start, endchar=end, matched=term in terms, chars=True)
            for term, start, end in tokens
        )
        fragments = top_fragments(fragmenter.fragment_tokens(text, matched), 1, BasicFragmentScorer(), FIRST)
        marked = MarkFormatter()(text, fragments)
        if marked:
            return marked
    return html.escape(shorten(text or "", SNIPPET_CHARS))


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters (plus "…")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,.;:-") + " …"
