"""The shipped domain thesaurus (search_index/thesaurus.txt): format, analysis, no overlaps."""

from collections import Counter

import pytest

from catalogue.search.services import MAX_EXPANSIONS, MAX_TERM
from search_index.analysis import STOP_WORDS, fold, query_terms
from search_index.synonyms_default import (
    DEFAULT_SYNONYMS,
    is_lookup_word,
    load_thesaurus,
    parse_thesaurus,
    synonym_mapping,
)
from search_index.words import parse_query

RULES = load_thesaurus()
ENTRIES = sorted({entry for rule in RULES for entry in (*rule.words, *rule.targets)})


def test_the_thesaurus_has_at_least_150_rules_most_of_them_groups():
    assert len(RULES) >= 150
    assert sum(rule.is_group for rule in RULES) >= 100


@pytest.mark.parametrize("entry", ENTRIES)
def test_every_entry_yields_search_terms(entry):
    assert query_terms(entry), f"{entry!r} is lost to stop words"


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.isalnum()])
def test_a_single_word_is_one_term_and_no_stop_word(entry):
    assert len(query_terms(entry)) == 1 and fold(entry) not in STOP_WORDS


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: f"line {rule.line}")
def test_every_rule_has_a_word_a_query_can_hit(rule):
    assert any(is_lookup_word(word) for word in rule.words)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: f"line {rule.line}")
def test_no_rule_names_the_same_term_twice(rule):
    terms = [tuple(query_terms(entry)) for entry in (*rule.words, *rule.targets)]
    assert len(set(terms)) == len(terms), f"{rule.words} {rule.targets} analyse to {terms}"


def test_no_rule_is_written_twice():
    keys = Counter((frozenset(rule.words), frozenset(rule.targets)) for rule in RULES)
    assert [key for key, count in keys.items() if count > 1] == []


def _lines_per_lookup_term(groups: bool) -> dict[str, set[int]]:
    lines: dict[str, set[int]] = {}
    for rule in RULES:
        if rule.is_group == groups:
            for word in filter(is_lookup_word, rule.words):
                lines.setdefault(query_terms(word)[0], set()).add(rule.line)
    return lines


def test_a_word_belongs_to_one_group_at_most():
    assert {term: lines for term, lines in _lines_per_lookup_term(groups=True).items() if len(lines) > 1} == {}


def test_a_word_has_its_broader_terms_on_one_line():
    assert {term: lines for term, lines in _lines_per_lookup_term(groups=False).items() if len(lines) > 1} == {}


def test_group_members_find_each_other():
    assert "selbstverletzung" in DEFAULT_SYNONYMS["ritzen"]
    assert "ritzen" in DEFAULT_SYNONYMS["selbstverletzung"]
    assert {"medienbildung", "medienkompetenz"} <= set(DEFAULT_SYNONYMS["medienerziehung"])


def test_a_one_way_rule_does_not_find_back():
    assert DEFAULT_SYNONYMS["kippe"] == ["tabak", "rauchen"]
    assert "tabak" not in DEFAULT_SYNONYMS


def test_a_group_and_a_one_way_rule_for_the_same_word_merge():
    assert DEFAULT_SYNONYMS["komasaufen"] == ["rauschtrinken", "kampftrinken", "binge drinking", "alkohol"]


def test_phrases_are_found_but_never_looked_up():
    assert "sexuelle bildung" in DEFAULT_SYNONYMS["sexualerziehung"]
    assert "sexuelle bildung" not in DEFAULT_SYNONYMS


def test_an_inflected_query_word_hits_its_entry():
    (word,) = parse_query("Verschwörungstheorien", DEFAULT_SYNONYMS)
    assert tuple(query_terms("verschwörungserzählung")) in word.synonyms


def test_every_entry_fits_the_office_synonym_table():
    for term, words in DEFAULT_SYNONYMS.items():
        assert len(term) <= MAX_TERM and len(", ".join(words)) <= MAX_EXPANSIONS, term


@pytest.mark.parametrize(
    "line", ["nur ein wort", "a =>", "=> b", "ein, zwei => "], ids=["single", "no-target", "no-word", "empty-right"]
)
def test_a_malformed_line_is_refused_with_its_number(line):
    with pytest.raises(ValueError, match="line 2"):
        parse_thesaurus(f"# comment\n{line}\n")


def test_comments_and_blank_lines_are_skipped_and_entries_are_normalised():
    rules = parse_thesaurus("\n# x\nHandy,  Smartphone # Geräte\n")
    assert synonym_mapping(rules) == {"handy": ["smartphone"], "smartphone": ["handy"]}
