"""Segments: writes never merge, the merge step and `optimize` do, nothing is lost."""

import pytest
from whoosh.codec.whoosh3 import W3Codec

from search_index import IndexBusy, search
from search_index import writer as writer_module
from search_index.schema import build_schema
from search_index.storage import read_pointer, storage_for, writer_codec


def segment_count(index):
    with index.reading() as (searcher, _):
        return len(list(searcher.leaf_searchers()))


def live_index(index):
    return storage_for(index.root / read_pointer(index.root)).open_index()


def test_single_offer_writes_never_merge_segments(index, make_offer):
    for n in range(1, 13):
        index.upsert([make_offer(n, f"Angebot {n}")])
    assert segment_count(index) == 12


def test_the_merge_step_merges_small_segments_and_keeps_every_offer(index, make_offer):
    index.rebuild([make_offer(n, f"Mobbing {n}") for n in range(1, 6)])
    for n in (2, 7, 8):
        index.upsert([make_offer(n, f"Mobbing neu {n}")])
    assert index.merge_segments() == (4, 1)
    assert segment_count(index) == 1
    assert sorted(search(index, "Mobbing").ids) == [1, 2, 3, 4, 5, 7, 8]
    assert index.check(
        {n: make_offer(n, f"Mobbing {n}").fingerprint() for n in (1, 3, 4, 5)}
        | {n: make_offer(n, f"Mobbing neu {n}").fingerprint() for n in (2, 7, 8)}
    ).ok


def test_the_merge_step_leaves_large_segments_alone(index, make_offer, monkeypatch):
    monkeypatch.setattr(writer_module, "SMALL_SEGMENT_DOCS", 3)
    index.rebuild([make_offer(n) for n in range(1, 6)])
    index.upsert([make_offer(6)])
    index.upsert([make_offer(7)])
    assert index.merge_segments() == (3, 2)
    assert search(index, "").total == 7


def test_a_full_merge_leaves_one_segment(index, make_offer, monkeypatch):
    monkeypatch.setattr(writer_module, "SMALL_SEGMENT_DOCS", 3)
    index.rebuild([make_offer(n) for n in range(1, 6)])
    index.upsert([make_offer(6)])
    assert index.merge_segments(full=True) == (2, 1)
    assert segment_count(index) == 1 and search(index, "").total == 6


def test_merging_a_single_segment_changes_nothing(index, make_offer):
    index.rebuild([make_offer(1)])
    assert index.merge_segments() == (1, 1)
    assert index.merge_segments(full=True) == (1, 1)


def test_the_merge_step_waits_for_a_running_write_and_then_gives_up(index, make_offer):
    index.rebuild([make_offer(1)])
    index.upsert([make_offer(2)])
    live = live_index(index)
    held = live.writer()
    try:
        with pytest.raises(IndexBusy):
            index.merge_segments()
    finally:
        held.cancel()
        live.close()


def test_the_writer_codec_records_the_same_field_lengths_as_whoosh(tmp_path, make_offer):
    docs = [
        make_offer(n, f"Mobbing Prävention {'Workshop ' * n}", summary="Sucht " * (n * 40), field=["sucht"])
        for n in range(1, 6)
    ]
    readers = []
    for name, codec in (("plain", W3Codec()), ("ours", writer_codec())):
        (tmp_path / name).mkdir()
        writer = storage_for(tmp_path / name).create_index(build_schema()).writer(codec=codec)
        for doc in docs:
            writer.add_document(**doc.to_fields())
        writer.commit()
        readers.append(storage_for(tmp_path / name).open_index().reader())
    plain, ours = readers
    for field, term in (("title", "mobbing"), ("summary", "sucht"), ("title", "workshop")):
        assert ours.term_info(field, term).min_length() == plain.term_info(field, term).min_length()
        assert ours.term_info(field, term).max_length() == plain.term_info(field, term).max_length()
    for docnum in range(5):
        assert ours.doc_field_length(docnum, "summary") == plain.doc_field_length(docnum, "summary")
    assert type(ours.segment().codec()) is W3Codec
    plain.close()
    ours.close()


def segment_sizes(index):
    with index.reading() as (searcher, _):
        return sorted(leaf.reader().doc_count_all() for leaf, _ in searcher.leaf_searchers())


@pytest.fixture
def small_steps(monkeypatch):
    """Merge steps of at most 4 documents; segments up to 2 documents count as small."""
    monkeypatch.setattr(writer_module, "MERGE_STEP_DOCS", 4)
    monkeypatch.setattr(writer_module, "SMALL_SEGMENT_DOCS", 2)


def expected_prints(make_offer, ids):
    return {n: make_offer(n, f"Mobbing {n}").fingerprint() for n in ids}


def test_a_merge_step_merges_at_most_a_step_of_documents(index, make_offer, small_steps):
    index.rebuild([make_offer(n, f"Mobbing {n}") for n in range(1, 6)])
    for n in range(6, 13):
        index.upsert([make_offer(n, f"Mobbing {n}")])
    assert index.merge_segments() == (8, 5)
    assert segment_sizes(index) == [1, 1, 1, 4, 5]
    assert index.check(expected_prints(make_offer, range(1, 13))).ok


def test_a_merge_step_takes_the_smallest_segments_first(index, make_offer, small_steps):
    index.rebuild([make_offer(n, f"Mobbing {n}") for n in range(1, 6)])
    index.upsert([make_offer(n, f"Mobbing {n}") for n in (6, 7)])
    index.upsert([make_offer(n, f"Mobbing {n}") for n in (8, 9)])
    for n in (10, 11, 12):
        index.upsert([make_offer(n, f"Mobbing {n}")])
    assert index.merge_segments() == (6, 4)
    assert segment_sizes(index) == [2, 2, 3, 5]


def test_repeated_merge_steps_leave_at_most_one_small_segment(index, make_offer, small_steps):
    index.rebuild([make_offer(n, f"Mobbing {n}") for n in range(1, 6)])
    for n in range(6, 20):
        index.upsert([make_offer(n, f"Mobbing {n}")])
    index.upsert([make_offer(3, "Mobbing 3")])  # a replaced document: deleted in its old segment
    steps = 0
    while True:
        before, after = index.merge_segments()
        if before == after:
            break
        steps += 1
    assert steps == 4
    sizes = segment_sizes(index)
    assert sum(1 for size in sizes if size <= 2) <= 1
    assert len(sizes) == 5
    assert sorted(search(index, "Mobbing").ids) == list(range(1, 20))
    assert index.check(expected_prints(make_offer, range(1, 20))).ok


def test_a_full_merge_is_not_limited_by_the_step_size(index, make_offer, small_steps):
    index.rebuild([make_offer(n, f"Mobbing {n}") for n in range(1, 6)])
    for n in range(6, 12):
        index.upsert([make_offer(n, f"Mobbing {n}")])
    assert index.merge_segments(full=True) == (7, 1)
    assert index.check(expected_prints(make_offer, range(1, 12))).ok
