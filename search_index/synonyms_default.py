"""The shipped synonym list: the domain thesaurus in ``thesaurus.txt``, as ``search(synonyms=…)`` wants it.

The database side keeps the editable list and adds new entries of ``DEFAULT_SYNONYMS`` on every
upgrade, never touching a term the coordination office created, edited or deleted. Keys are single
words (matched after folding and stemming, so "Kippen" hits "kippe"); values may be phrases.
The file format is Solr's synonyms.txt: "a, b, c" is a group whose words find each other,
"a, b => x, y" is one-way (a and b also find x and y, not the reverse).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from .analysis import query_terms

THESAURUS_FILE = "thesaurus.txt"


@dataclass(frozen=True)
class ThesaurusRule:
    """One line of the thesaurus: a group (no targets) or a one-way rule."""

    line: int
    words: tuple[str, ...]
    targets: tuple[str, ...] = ()

    @property
    def is_group(self) -> bool:
        return not self.targets

    def expansions(self, word: str) -> tuple[str, ...]:
        return self.targets or tuple(w for w in self.words if w != word)


def _entries(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(part.split()).lower() for part in text.split(",") if part.strip()))


def parse_thesaurus(text: str) -> list[ThesaurusRule]:
    """The rules of a thesaurus text; blank lines and "#" comments are skipped."""
    rules = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        left, arrow, right = line.partition("=>")
        rule = ThesaurusRule(number, _entries(left), _entries(right))
        if not rule.words or (arrow and not rule.targets) or (rule.is_group and len(rule.words) < 2):
            raise ValueError(f"{THESAURUS_FILE}, line {number}: neither a group of two or more nor a => rule")
        rules.append(rule)
    return rules


def is_lookup_word(entry: str) -> bool:
    """Can a query word hit this entry? Only a single word with one search term can."""
    return " " not in entry and len(query_terms(entry)) == 1


def synonym_mapping(rules: list[ThesaurusRule]) -> dict[str, list[str]]:
    """Each lookup word → everything it should also find (rules for the same word merge)."""
    mapping: dict[str, list[str]] = {}
    for rule in rules:
        for word in rule.words:
            if is_lookup_word(word):
                found = mapping.setdefault(word, [])
                found += [w for w in rule.expansions(word) if w not in found]
    return mapping


def load_thesaurus() -> list[ThesaurusRule]:
    return parse_thesaurus(files(__package__).joinpath(THESAURUS_FILE).read_text(encoding="utf-8"))


DEFAULT_SYNONYMS: dict[str, list[str]] = synonym_mapping(load_thesaurus())
