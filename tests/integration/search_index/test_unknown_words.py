"""Last resort for a single word the index, the synonyms and the spelling lookup do not know."""

from search_index import MATCH_FUZZY, search
from search_index.words import loose_terms, parse_query

SYNONYMS = {"saufen": ["alkohol"], "pöbeln": ["zivilcourage"]}


def test_a_known_word_at_the_start_finds_its_synonyms(index, make_offer):
    index.rebuild([make_offer(1, "Alkohol auf Partys"), make_offer(2, "Schulweg")])
    result = search(index, "Saufgelage", synonyms=SYNONYMS)
    assert result.ids == (1,) and result.match == MATCH_FUZZY


def test_a_known_word_at_the_end_is_searched(index, make_offer):
    index.rebuild([make_offer(1, "Zivilcourage im Bus"), make_offer(2, "Schulweg")])
    assert search(index, "anpöbeln", synonyms=SYNONYMS).ids == (1,)


def test_an_indexed_word_at_the_end_is_searched(index, make_offer):
    index.rebuild([make_offer(1, "Gelassen bleiben bei Stress"), make_offer(2, "Schulweg")])
    assert search(index, "Abistress").ids == (1,)


def test_a_short_word_finds_the_words_it_begins(index, make_offer):
    index.rebuild([make_offer(1, "Alkohol und Rauchen"), make_offer(2, "Schulweg")])
    assert search(index, "Alk").ids == (1,)


def test_a_longer_word_finds_words_sharing_its_start(index, make_offer):
    index.rebuild([make_offer(1, "Streitschlichtung lernen"), make_offer(2, "Schulweg")])
    assert search(index, "Streitschlichtungsstunden").ids == (1,)


def test_a_word_beginning_a_synonym_entry_finds_what_the_entry_finds(index, make_offer):
    index.rebuild([make_offer(1, "Verschwörungserzählungen"), make_offer(2, "Schulweg")])
    assert search(index, "Schwurb", synonyms={"schwurbler": ["Verschwörungserzählungen"]}).ids == (1,)


def test_no_known_piece_still_finds_nothing(index, make_offer):
    index.rebuild([make_offer(1, "Alkohol und Rauchen")])
    assert search(index, "Aberquxbrz").ids == ()  # "aber", a stop word, is no piece


def test_the_fallback_is_never_offered_as_a_spelling_suggestion(index, make_offer):
    index.rebuild([make_offer(1, "Alkohol und Rauchen")])
    assert search(index, "Alk").suggestion is None


def test_a_compound_keeps_its_own_parts_route(index, make_offer):
    # The loose fallback would take "Nichtraucher" alone; the parts route finds both concepts.
    index.rebuild([make_offer(1, "Nichtraucher"), make_offer(2, "Projekt zum Rauchen"), make_offer(3, "Projektwoche")])
    assert search(index, "Nichtraucherprojekt").ids[0] == 2


def test_words_with_digits_or_too_short_get_no_fallback(index, make_offer):
    index.rebuild([make_offer(1, "Alkohol")])
    with index.reading() as (searcher, _):
        reader = searcher.reader()
        assert loose_terms(reader, parse_query("Al")[0]) == ()
        assert loose_terms(reader, parse_query("alk9")[0]) == ()
