"""Caches that make analysis and query parsing cheap give the same results as without them."""

import pickle

from whoosh.analysis import LowercaseFilter, StemFilter
from whoosh.formats import Frequency
from whoosh.system import pack_uint

from search_index import analysis
from search_index.analysis import MemoizedChain, index_analyzer
from search_index.words import synonym_table

TEXT = "Die Suchtberatungsstelle hilft Eltern bei Cybermobbing; sexuelle Bildung, die Präventionsarbeit."


def unmemoized():
    return (
        analysis._tokenizer()
        | LowercaseFilter()
        | analysis.GermanFoldingFilter()
        | analysis.LexiconDecompoundFilter()
        | analysis._stop_filter()
        | StemFilter(lang="de")
        | analysis.DerivationFilter()
    )


def tokens(analyzer, **options):
    return [(t.text, t.stopped, t.startchar, t.endchar) for t in analyzer(TEXT, mode="index", chars=True, **options)]


def test_the_memoized_index_analyzer_gives_the_tokens_of_the_plain_chain():
    memoized = index_analyzer()
    for _ in range(2):  # the second round comes from the memo
        assert tokens(memoized) == tokens(unmemoized())
        assert tokens(memoized, removestops=False) == tokens(unmemoized(), removestops=False)


def test_the_memo_is_not_pickled_into_the_index():
    analyzer = index_analyzer()
    tokens(analyzer)
    chain = analyzer.items[1]
    assert isinstance(chain, MemoizedChain) and chain._memo
    restored = pickle.loads(pickle.dumps(analyzer))
    assert restored == analyzer and restored.items[1]._memo == {}
    assert tokens(restored) == tokens(unmemoized())


def test_the_memo_is_emptied_when_full(monkeypatch):
    monkeypatch.setattr(analysis, "MEMO_WORDS", 3)
    analyzer = index_analyzer()
    assert tokens(analyzer) == tokens(unmemoized())
    assert len(analyzer.items[1]._memo) <= 3


def test_the_synonym_table_follows_changed_content():
    synonyms = {"kippe": ["Tabak"]}
    first = synonym_table(synonyms)
    assert synonym_table({"kippe": ["Tabak"]}) is first  # analysed once for equal content
    synonyms["kippe"] = ["Rauchen"]
    assert synonym_table(synonyms) == {"kipp": (("rauch",),)}
    assert synonym_table({"kippe": "Tabak"}) == first


def counted(analyzer, **options):
    """Tokens as Whoosh's term counting asks for them (no positions, no character ranges)."""
    return [(t.text, t.stopped, t.boost) for t in analyzer(TEXT, mode="index", boosts=True, **options)]


def test_the_index_analyzers_counting_way_gives_the_tokens_of_the_plain_chain():
    analyzer = index_analyzer()
    for _ in range(2):  # the second round comes from the memo
        assert counted(analyzer) == counted(unmemoized())
        assert counted(analyzer, removestops=False) == counted(unmemoized(), removestops=False)


def test_the_index_analyzer_gives_whoosh_the_same_term_counts_as_the_plain_chain():
    frequency = Frequency(field_boost=2.0)
    ours = sorted(frequency.word_values(TEXT, index_analyzer(), mode="index"))
    assert ours == sorted(frequency.word_values(TEXT, unmemoized(), mode="index"))
    assert ("mobbing", 1, 2.0, pack_uint(1)) in ours
