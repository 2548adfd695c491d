"""German compound splitting backed by a word-frequency lexicon.

The lexicon is wordfreq's German list (installed with the package, read offline):
every alphabetic word of 4+ letters that is not a stop word, folded like the index
text, with its Zipf frequency. The hand-kept domain parts of ``analysis`` are added
with a high floor frequency, so "Sucht", "Scout" or "Koffer" always count.

A word is split the way Koehn & Knight (2003) propose: among all ways to cover it
completely with known parts (linking "s", "en", … between them, an inflection
ending at the end), take the one whose parts have the highest mean frequency, and
split only when that beats the frequency of the whole word. Frequent words that
merely look like compounds ("Gesellschaft", "Jugendliche") stay whole; rare
compounds ("Elternabend", "Suchtberatungsstelle") split into all their parts.
See docs/decisions/0004-german-compounds.md for the comparison behind this choice.
"""

from __future__ import annotations

import gzip
import importlib.util
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

import msgpack

# Zipf frequency of the hand-kept domain parts: as common as "Schule" (≈ 5), so
# that a domain part is never outweighed by a rare lookalike.
DOMAIN_PART_ZIPF = 5.0
# Lexicon words below this Zipf frequency (about once in 3 million words) are
# mostly names, typos and rare inflections that would only produce odd splits.
MIN_ZIPF = 2.5
# Short words need to be common: four-letter fragments of the word lists ("dner")
# would otherwise cut "Schuldner" into "Schul|dner".
SHORT_WORD = 5
MIN_ZIPF_SHORT = 3.5
# Frequent words that are word endings or particles inside compounds, not parts:
# "Schüler|innen", "Jugend|lich", "Teil|nehm|ende", "Werk|statt", "Zusammen|arbeit".
NOT_PARTS = frozenset(
    {"inne", "innen", "rinne", "rinnen", "lich", "liche", "ende", "nehm", "statt", "zusammen", "heit", "keit"}
)
MIN_LEXICON_PART = 4
MIN_DOMAIN_PART = 3
MAX_PARTS = 4
MAX_COMPOUND = 40
# Linking elements between parts ("Präventions|projekt") and endings after the last one.
LINKS = ("", "s", "es", "n", "en", "er", "e")
FINAL_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "nen")


def wordlist_file(lang: str) -> Path:
    """wordfreq's largest list of ``lang`` (what its "best" list is), found without importing wordfreq:
    its language tools (langcodes, ftfy, regex) would add ~7 MB to every web worker."""
    data = Path(importlib.util.find_spec("wordfreq").origin).parent / "data"
    for size in ("large", "small"):
        if (data / f"{size}_{lang}.msgpack.gz").exists():
            return data / f"{size}_{lang}.msgpack.gz"
    raise FileNotFoundError(f"wordfreq has no word list for {lang!r} in {data}")


def frequency_buckets(lang: str) -> Iterator[list[str]]:
    """wordfreq's word list of ``lang``, one bucket (centibel) at a time, the first at Zipf 9.

    Read from wordfreq's file in its documented cBpack format (gzipped msgpack: a header,
    then one list of words per bucket) rather than with get_frequency_list, which holds
    all 630,000 German words (~35 MB) at once: a web worker builds the lexicon while
    serving, and that peak stayed in its heap as fragmentation (~50 MB RSS per worker).
    """
    with gzip.open(wordlist_file(lang), "rb") as file:
        unpacker = msgpack.Unpacker(file, raw=False)
        buckets = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if header != {"format": "cB", "version": 1}:
            raise ValueError(f"Unexpected wordfreq list header: {header!r}")
        for _ in range(buckets):
            yield unpacker.unpack()


@cache
def lexicon(domain_parts: frozenset[str], stop_words: frozenset[str], fold) -> dict[str, float]:
    """Folded word → Zipf frequency: wordfreq's German words plus the domain parts."""
    found: dict[str, float] = {}
    # fold without its cache: the 85,000 list words would stay in that cache (~10 MB per
    # worker) although queries and offers rarely contain them.
    fold = getattr(fold, "__wrapped__", fold)
    for bucket, words in enumerate(frequency_buckets("de")):
        zipf = 9 - bucket / 100
        if zipf < MIN_ZIPF:
            break
        for word in words:
            if len(word) >= MIN_LEXICON_PART and word.isalpha() and (len(word) > SHORT_WORD or zipf >= MIN_ZIPF_SHORT):
                folded = fold(word)
                if folded not in stop_words and folded not in NOT_PARTS and folded not in found:
                    found[folded] = zipf
    for part in domain_parts:
        if len(part) >= MIN_DOMAIN_PART:
            found[part] = max(found.get(part, 0.0), DOMAIN_PART_ZIPF)
    return found


def _part_at(word: str, start: int, end: int, words: dict[str, float], last: bool) -> list[tuple[str, float]]:
    """Known parts spelled by ``word[start:end]`` (the last one may carry an ending)."""
    piece = word[start:end]
    found = [(piece, words[piece])] if piece in words else []
    if last:
        for ending in FINAL_ENDINGS[1:]:
            if piece.endswith(ending) and len(piece) - len(ending) >= MIN_DOMAIN_PART:
                stem = piece[: -len(ending)]
                if stem in words:
                    found.append((stem, words[stem]))
    return found


def best_split(word: str, words: dict[str, float]) -> tuple[str, ...]:
    """The parts of the best segmentation of ``word`` into 2..MAX_PARTS known parts,
    or () when the whole word is more frequent than any split."""
    n = len(word)
    if n < 2 * MIN_DOMAIN_PART or n > MAX_COMPOUND or not word.isalpha():
        return ()
    # best[(start, k)]: (sum of Zipf, parts) covering word[start:] with exactly k parts.
    best: dict[tuple[int, int], tuple[float, tuple[str, ...]]] = {}
    for start in range(n - MIN_DOMAIN_PART, -1, -1):
        for part, zipf in _part_at(word, start, n, words, last=True):
            _keep(best, (start, 1), zipf, (part,))
        for end in range(start + MIN_DOMAIN_PART, n - MIN_DOMAIN_PART + 1):
            heads = _part_at(word, start, end, words, last=False)
            if not heads:
                continue
            for link in LINKS:
                nxt = end + len(link)
                if link and not word.startswith(link, end):
                    continue
                for k in range(1, MAX_PARTS):
                    tail = best.get((nxt, k))
                    if tail:
                        for part, zipf in heads:
                            _keep(best, (start, k + 1), zipf + tail[0], (part, *tail[1]))
    whole = words.get(word, 0.0)
    candidates = [(total / k, parts) for (start, k), (total, parts) in best.items() if start == 0 and k >= 2]
    if not candidates:
        return ()
    mean, parts = max(candidates, key=lambda c: (c[0], -len(c[1])))
    return tuple(dict.fromkeys(parts)) if mean > whole else ()


def _keep(best: dict, key, total: float, parts: tuple[str, ...]) -> None:
    if key not in best or total > best[key][0]:
        best[key] = (total, parts)


@lru_cache(maxsize=200_000)
def split_with_lexicon(word: str, domain_parts: frozenset[str], stop_words: frozenset[str], fold) -> tuple[str, ...]:
    return best_split(word, lexicon(domain_parts, stop_words, fold))
