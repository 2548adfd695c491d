"""The numpy ranking scores and orders exactly as Whoosh's BM25F, on benchmark-like data."""

import importlib.util
import sys

import numpy as np
import pytest

from catalogue.paths import ROOT
from search_index import DEFAULT_SYNONYMS, SearchIndex, postings, ranking
from search_index.docsets import docnum_array, mask_of
from search_index.ranking import rank, scores_of
from search_index.schema import TEXT_FIELDS
from search_index.words import build_query, parse_query

# The benchmark's query words plus synonyms, compounds and rare words.
QUERIES = (
    "mobbing",
    "sucht eltern",
    "workshop medien cannabis",
    "suchtberatungsstelle",
    "mobbing klasse",
    "kiffen schule",
    "gewalt prävention theater",
    "cybermobbing elternabend",
)


def _synthetic():
    spec = importlib.util.spec_from_file_location("bench_synthetic", ROOT / "bench" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench_index(tmp_path_factory):
    """300 synthetic offers as the benchmark makes them, in several segments with deletions."""
    synthetic = _synthetic()
    docs = synthetic.documents(synthetic.generate(300, 20261122))
    with SearchIndex(tmp_path_factory.mktemp("bench") / "index") as index:
        index.rebuild(docs[:250])
        index.upsert(docs[250:280])
        index.upsert(docs[280:])
        index.upsert(docs[10:20])  # replaces: deletions in the first segment
        yield index


def whoosh_ranking(searcher, words):
    results = searcher.search(build_query(words, require_all=False), limit=None)
    return [hit.docnum for hit in results], [hit.score for hit in results]


@pytest.mark.parametrize("text", QUERIES)
def test_scores_equal_whoosh_bm25f(bench_index, text):
    words = parse_query(text, DEFAULT_SYNONYMS)
    with bench_index.reading() as (searcher, docsets):
        docnums, scores = whoosh_ranking(searcher, words)
        assert docnums, text
        ours = scores_of(searcher, docsets, words, False, np.array(docnums, dtype=np.int64))
        # Whoosh adds the field scores in the order of its matcher tree: the last bit may differ.
        assert ours.tolist() == pytest.approx(scores, rel=1e-12)


@pytest.mark.parametrize("text", QUERIES)
def test_order_equals_whoosh_with_ties_in_document_order(bench_index, text):
    words = parse_query(text, DEFAULT_SYNONYMS)
    with bench_index.reading() as (searcher, docsets):
        docnums, _ = whoosh_ranking(searcher, words)
        mask = mask_of(docnums, docsets.size)
        assert rank(searcher, docsets, words, False, mask, 0, len(docnums)) == docnums
        # A page cut out of the middle by the partial sort is the same slice.
        assert rank(searcher, docsets, words, False, mask, 20, 40) == docnums[20:40]


def test_docnum_array_lists_the_set_bits():
    assert docnum_array(mask_of([0, 3, 64, 1000], 1001)).tolist() == [0, 3, 64, 1000]
    assert docnum_array(0).tolist() == []


def test_a_page_cut_by_the_partial_sort_keeps_ties_in_document_order(bench_index, monkeypatch):
    monkeypatch.setattr(ranking, "_PARTIAL_SORT_FROM", 8)
    words = parse_query("sucht eltern", DEFAULT_SYNONYMS)
    with bench_index.reading() as (searcher, docsets):
        docnums, _ = whoosh_ranking(searcher, words)
        mask = mask_of(docnums, docsets.size)
        for start in (0, 3, 10):
            assert rank(searcher, docsets, words, False, mask, start, start + 4) == docnums[start : start + 4]


def test_full_caches_are_emptied_and_the_order_stays(bench_index, monkeypatch):
    monkeypatch.setattr(postings, "MAX_CACHED_POSTINGS", 10)
    monkeypatch.setattr(ranking, "MAX_CACHED_SCORES", 10)
    words = parse_query("workshop medien cannabis", DEFAULT_SYNONYMS)
    with bench_index.reading() as (searcher, docsets):
        docsets.term_scores.clear()
        docnums, _ = whoosh_ranking(searcher, words)
        mask = mask_of(docnums, docsets.size)
        assert rank(searcher, docsets, words, False, mask, 0, len(docnums)) == docnums
        assert docsets.term_scores_size <= max(10, max(t.size for t in docsets.term_scores.values()))
        docsets.term_scores.clear()
        docsets.term_scores_size = 0


def test_lengths_read_in_one_piece_equal_whoosh_per_document(bench_index):
    with bench_index.reading() as (searcher, _):
        for leaf, _ in searcher.reader().leaf_readers():
            lengths = postings.field_lengths(leaf, "summary")
            assert lengths.tolist() == [leaf.doc_field_length(d, "summary", 1) or 1 for d in range(len(lengths))]


def test_without_lengths_in_one_piece_the_postings_give_the_same_order(bench_index, monkeypatch):
    monkeypatch.setattr(postings, "field_lengths", lambda leaf, field: None)
    words = parse_query("gewalt prävention theater", DEFAULT_SYNONYMS)
    with bench_index.reading() as (searcher, docsets):
        saved = [(sets.postings, sets.lengths) for sets, _ in docsets.leaves]
        for sets, _ in docsets.leaves:
            sets.postings, sets.lengths = {}, {}
        docsets.term_scores.clear()
        docnums, _ = whoosh_ranking(searcher, words)
        assert rank(searcher, docsets, words, False, mask_of(docnums, docsets.size), 0, len(docnums)) == docnums
        for (sets, _), (kept, lengths) in zip(docsets.leaves, saved, strict=True):
            sets.postings, sets.lengths = kept, lengths
        docsets.term_scores.clear()


def _postings_one_at_a_time(leaf, field, term):
    matcher = leaf.postings(field, term)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight()))
        matcher.next()
    return found


def _broad_and_rare_terms(leaf, field):
    broad = [term for _, term in leaf.most_frequent_terms(field, 3)]
    rare = [term for term in leaf.lexicon(field) if leaf.doc_frequency(field, term) == 1][:3]
    return broad + rare


@pytest.mark.parametrize("field", list(TEXT_FIELDS))
def test_postings_read_a_block_at_a_time_equal_whooshs_matcher(bench_index, field):
    with bench_index.reading() as (searcher, _):
        for leaf, _ in searcher.reader().leaf_readers():
            terms = _broad_and_rare_terms(leaf, field)
            assert terms
            for term in terms:
                found = postings.read_postings(leaf, field, term)
                expected = _postings_one_at_a_time(leaf, field, term)
                assert list(zip(found.docs.tolist(), found.weights.tolist(), strict=True)) == expected
