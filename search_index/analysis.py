"""German text analysis for the search index.

This module is *stable on purpose*: Whoosh pickles the analyzer objects into the
index, so the classes defined here are loaded again whenever an index is opened.
Renaming or removing a class breaks existing indexes; changing what a class does
changes how new text is analysed while old documents keep their old terms. Any
such change must bump ``schema.SCHEMA_VERSION`` so the index gets rebuilt.

Index chain (title, topics, labels, summary, body, provider):
    words -> lowercase -> fold (ä/ae->a, ö/oe->o, ü/ue->u, ß->ss, accents)
          -> decompound (original + parts, compounds.py) -> stop words
          -> German Snowball stem -> derivations (sexuell/Sexualität -> sexual)
Query chain: the same without the decompounder; query words are split on their
own (``query_parts``) so the whole word and its parts can be weighted apart.
Spelling chain: lowercase words, unfolded and unstemmed, for "Meinten Sie …?".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import chain

from whoosh.analysis import (
    CompositeAnalyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.lang.stopwords import stoplists

from .compound_parts import COMPOUND_PARTS_SOURCE
from .compounds import FINAL_ENDINGS, MAX_COMPOUND, split_with_lexicon

# A word is a run of letters/digits. Hyphens split ("Anti-Mobbing-Training" gives
# three words), so hyphenated compounds need no decompounding.
WORD_PATTERN = r"\w+"

# Tokens longer than this are noise (hashes, run-together garbage) and would make
# fuzzy matching expensive.
MAX_TOKEN_LENGTH = 50

# Distinct words remembered by MemoizedChain (~200 bytes each).
MEMO_WORDS = 100_000

# "ae"/"oe"/"ue" stand for ä/ö/ü, except after a vowel ("Feuer", "neue", "Bauer")
# or after q ("Quelle"), where they are genuine letter pairs. The German Snowball
# variant ("german2") uses the q rule; the vowel rule keeps the very common "eue".
# "uell" is the French-born adjective ending ("aktuell", "sexuelle", "virtuell",
# "Duell"); no German word spells ü as "ue" before "ll".
_DIGRAPH = re.compile(r"(?<![aeiouäöüq])(?!uell)([aou])e")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lowercase and fold German spellings to one form: ä/ae→a, ö/oe→o, ü/ue→u, ß→ss.

    Other accents are stripped as well ("Café" → "cafe"). Query and index text go
    through the same function, so "Suchtprävention" and "Suchtpraevention" meet.
    """
    word = word.lower().replace("ß", "ss")
    word = _DIGRAPH.sub(r"\1", word)
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Common German words that carry no meaning for search. The list is folded the
# same way as the text, otherwise "fuer" would not match "für" and would become
# a required query word. "innen" comes from gender forms ("Schüler*innen").
_EXTRA_STOP_WORDS = ("innen", "sowie", "bzw", "usw", "ggf", "etc", "beim", "wurde", "zb")
STOP_WORDS: frozenset[str] = frozenset(fold(word) for word in (*stoplists["de"], *_EXTRA_STOP_WORDS))

COMPOUND_PARTS: frozenset[str] = frozenset(fold(word) for word in COMPOUND_PARTS_SOURCE)

# Partial matches (the rest of the word is unknown) only count for long domain
# parts: "sucht" must not be found in "versucht" or "untersucht".
_MIN_LOOSE_PART = 6
_MIN_LOOSE_REST = 3


def _known(piece: str, parts: frozenset[str]) -> str | None:
    """``piece`` or ``piece`` without an inflection ending, if it is a known part."""
    if piece in parts:
        return piece
    for ending in FINAL_ENDINGS[1:]:
        if piece.endswith(ending) and piece[: -len(ending)] in parts:
            return piece[: -len(ending)]
    return None


def _loose_parts(word: str, parts: frozenset[str]) -> list[str]:
    """Known last and first part of a compound whose other half is unknown:
    "Xyzmobbing" → "mobbing"; "Mobbingxyz" → "mobbing" (longest match each)."""
    found = []
    for start in range(_MIN_LOOSE_REST, len(word) - _MIN_LOOSE_PART + 1):
        last = _known(word[start:], parts)
        if last and len(last) >= _MIN_LOOSE_PART:
            found.append(last)
            break
    for end in range(len(word) - _MIN_LOOSE_REST, _MIN_LOOSE_PART - 1, -1):
        if word[:end] in parts:
            found.append(word[:end])
            break
    return found


@lru_cache(maxsize=200_000)
def split_compound(word: str, parts: frozenset[str] = COMPOUND_PARTS) -> tuple[str, ...]:
    """Known parts of a (folded) compound word, or () when it is not a compound.

    "cybermobbing" → ("cyber", "mobbing"); "suchtberatungsstelle" → ("sucht",
    "beratung", "stelle"). Splits with the word-frequency lexicon (compounds.py);
    when the word cannot be covered completely, a long known domain part at its
    start or end is still returned ("Xyzmobbing" → "mobbing").
    """
    if len(word) > MAX_COMPOUND or not word.isalpha():
        return ()
    found = split_with_lexicon(word, parts, STOP_WORDS, fold)
    if found:
        return found
    return tuple(dict.fromkeys(p for p in _loose_parts(word, parts) if p != word))


class GermanFoldingFilter(Filter):
    """Folds umlauts and their spellings (see :func:`fold`)."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class DecompoundFilter(Filter):
    """Decompounder of schema version 1 (hand-kept parts only). Kept so that an
    index built with it can still be opened and reported as needing a rebuild."""

    def __init__(self, parts: frozenset[str] = COMPOUND_PARTS):
        self.parts = frozenset(parts)

    def __eq__(self, other):
        return type(other) is type(self) and other.parts == self.parts

    def __call__(self, tokens):
        parts = self.parts
        for t in tokens:
            # Downstream filters (stemmer) rewrite t.text: keep the original first.
            original = t.text
            yield t
            if t.mode == "query":
                continue
            for part in split_compound(original, parts):
                t.text = part
                yield t


class LexiconDecompoundFilter(Filter):
    """Index side: emit each token, then the parts of a compound word (split with
    the word-frequency lexicon, see compounds.py) at the same position and
    character range, so "mobbing" finds and highlights "Cybermobbing". Holds no
    state, so the lexicon is not pickled into the index. Inactive for queries."""

    def __eq__(self, other):
        return type(other) is type(self)

    def __call__(self, tokens):
        for t in tokens:
            original = t.text
            yield t
            if t.mode == "query":
                continue
            for part in split_compound(original):
                t.text = part
                yield t


# Stem endings of adjectives and nouns derived from the same Latin root: "sexuell",
# "Sexualität" and "Sexual-" (in "Sexualerziehung") all become "sexual"; likewise
# aktuell/Aktualität, individuell/Individualität. Not after q ("Qualität" ≠ "Qual").
_DERIVATIONS = ((re.compile(r"(?<!q)uell$"), "ual"), (re.compile(r"(?<!q)ualitat$"), "ual"))


class DerivationFilter(Filter):
    """Maps stems of related derivations to one term (after stemming)."""

    def __call__(self, tokens):
        for t in tokens:
            text = t.text
            if text.endswith(("uell", "ualitat")):
                for pattern, replacement in _DERIVATIONS:
                    text = pattern.sub(replacement, text)
                t.text = text
            yield t


class SpellingWordFilter(Filter):
    """Keeps words worth suggesting: alphabetic, 3+ letters, not a stop word."""

    def __call__(self, tokens):
        for t in tokens:
            text = t.text
            if len(text) >= 3 and text.isalpha() and fold(text) not in STOP_WORDS:
                yield t


class NfcFilter(Filter):
    """Composes decomposed umlauts (a + U+0308 → ä) so suggestions look normal."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.text.isascii():
                t.text = unicodedata.normalize("NFC", t.text)
            yield t


class MemoizedChain(Filter):
    """Runs ``filters`` once per distinct word and replays the result afterwards.

    Every filter after the tokenizer depends only on the word itself (and the
    analysis mode), never on its neighbours: remembering what a word became —
    folded, split, stemmed, or stopped — halves the analysis time of a rebuild,
    where the same few thousand words come back again and again. Character
    ranges and positions come from the tokenizer and are kept as they are.
    """

    def __init__(self, *filters):
        self.filters = filters
        self._memo: dict[tuple, tuple[tuple[str, bool], ...]] = {}
        self._terms: dict[str, tuple[str, ...]] = {}  # word -> its terms in index mode

    def __getstate__(self):
        return {"filters": self.filters}  # the memos are not pickled into the index

    def __setstate__(self, state):
        self.filters = state["filters"]
        self._memo, self._terms = {}, {}

    def __eq__(self, other):
        return type(other) is type(self) and other.filters == self.filters

    __hash__ = Filter.__hash__

    def outputs(self, token) -> tuple[tuple[str, bool], ...]:
        """``(text, stopped)`` of every token the filters make of ``token``'s word."""
        key = (token.text, token.mode, token.removestops)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= MEMO_WORDS:
                self._memo.clear()
            stream = iter([token])
            for item in self.filters:
                stream = item(stream)
            found = self._memo[key] = tuple((t.text, t.stopped) for t in stream)
        return found

    def index_terms(self, word: str) -> tuple[str, ...]:
        """The terms ``word`` gives in the index, stopped ones left out."""
        found = self._terms.get(word)
        if found is None:
            if len(self._terms) >= MEMO_WORDS:
                self._terms.clear()
            token = Token(removestops=True, mode="index", text=word)
            found = self._terms[word] = tuple(text for text, stopped in self.outputs(token) if not stopped)
        return found

    def __call__(self, tokens):
        outputs = self.outputs
        for t in tokens:
            for text, stopped in outputs(t):
                t.text, t.stopped = text, stopped
                yield t


class CountingAnalyzer(CompositeAnalyzer):
    """An analyzer of the index: a word tokenizer, then a :class:`MemoizedChain`.

    :meth:`term_counts` counts the terms of a text for the index (``CountedText``)
    without making a token per word: words go straight from the regular expression
    to the memo, and ``Counter`` counts in C. Highlighting still calls the analyzer
    for tokens with character ranges; both ways give the same terms.
    """

    def term_counts(self, value: str) -> Counter[str]:
        """How often each term occurs in ``value``, stopped words left out — what
        Whoosh's ``Frequency.word_values`` counts from the tokens in index mode."""
        tokenizer, *filters = self.items
        if len(filters) != 1 or not isinstance(filters[0], MemoizedChain) or not _plain(tokenizer):
            return Counter(t.text for t in self(value, mode="index") if not t.stopped)
        words = tokenizer.expression.findall(value)
        return Counter(chain.from_iterable(map(filters[0].index_terms, words)))


def _plain(tokenizer) -> bool:
    """A tokenizer whose tokens are exactly the matches of its regular expression."""
    return isinstance(tokenizer, RegexTokenizer) and not tokenizer.gaps and tokenizer.expression.groups == 0


def _tokenizer() -> RegexTokenizer:
    return RegexTokenizer(WORD_PATTERN)


def _stop_filter() -> StopFilter:
    # renumber=False: compound parts keep the position of their compound.
    return StopFilter(stoplist=STOP_WORDS, minsize=2, maxsize=MAX_TOKEN_LENGTH, renumber=False)


def index_analyzer():
    """Analyzer stored in the schema for the text fields (decompounds)."""
    return CountingAnalyzer(
        _tokenizer(),
        MemoizedChain(
            LowercaseFilter(),
            GermanFoldingFilter(),
            LexiconDecompoundFilter(),
            _stop_filter(),
            StemFilter(lang="de"),
            DerivationFilter(),
        ),
    )


def query_analyzer():
    """Same normalisation and stemming as :func:`index_analyzer`, no decompounding
    (query words are split separately, see :func:`query_parts`)."""
    return (
        _tokenizer()
        | LowercaseFilter()
        | GermanFoldingFilter()
        | _stop_filter()
        | StemFilter(lang="de")
        | DerivationFilter()
    )


def spelling_analyzer():
    """Unstemmed, unfolded lowercase words for the spelling field.

    Folding is left out on purpose: suggestions are shown to people, and
    "Meinten Sie: Prävention?" reads better than "pravention". Whether a query word
    is known at all is decided on the folded, stemmed fields instead.
    """
    return CountingAnalyzer(_tokenizer(), MemoizedChain(LowercaseFilter(), NfcFilter(), SpellingWordFilter()))


_QUERY_ANALYZER = query_analyzer()


def query_terms(text: str) -> list[str]:
    """The query-side terms of ``text`` (folded, stop words removed, stemmed)."""
    return [t.text for t in _QUERY_ANALYZER(text, mode="query")]


def query_parts(word: str) -> tuple[str, ...]:
    """Query-side terms of the parts of a compound query word, or () if it is none:
    "Gewaltpräventionsprojekt" → ("gewalt", "pravention", "projekt")."""
    parts = split_compound(fold(word))
    terms = [term for part in parts for term in query_terms(part)]
    return tuple(dict.fromkeys(terms)) if len(terms) > 1 else ()


def tokenize_words(text: str) -> list[str]:
    """Split raw text into words the way the analyzers do (no other processing)."""
    return re.findall(WORD_PATTERN, text)
