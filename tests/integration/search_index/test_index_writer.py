"""SearchIndex writes: upsert/delete, change-feed apply, locks, rebuild swap, drift check."""

import json
import time

import pytest

from search_index import SCHEMA_VERSION, IndexBusy, SchemaOutdated, SearchIndex, search
from search_index.storage import STATE, read_pointer, storage_for


def titles(index, text=""):
    with index.reading() as (searcher, _):
        hits = {int(f["id"]): f["title"] for f in searcher.reader().all_stored_fields()}
    return {i: hits[i] for i in search(index, text).ids}


def live_dir(index):
    return index.root / read_pointer(index.root)


def test_new_index_is_empty_and_asks_for_a_rebuild(index):
    status = index.status()
    assert status.doc_count == 0 and status.last_seq == 0 and status.needs_rebuild


def test_opening_an_existing_directory_keeps_its_content(tmp_path, make_offer):
    with SearchIndex(tmp_path / "ix") as first:
        first.rebuild([make_offer(1, "Mobbing")])
    with SearchIndex(tmp_path / "ix") as second:
        assert search(second, "Mobbing").ids == (1,)


def test_upsert_replaces_a_document_with_the_same_id(index, make_offer):
    index.upsert([make_offer(1, "Alter Titel")])
    index.upsert([make_offer(1, "Neuer Titel")])
    assert titles(index) == {1: "Neuer Titel"}


def test_upsert_batch_with_a_repeated_id_keeps_the_last(index, make_offer):
    index.upsert([make_offer(1, "Erster"), make_offer(1, "Zweiter")])
    assert titles(index) == {1: "Zweiter"}


def test_delete_removes_documents_and_ignores_unknown_ids(index, make_offer):
    index.upsert([make_offer(1), make_offer(2)])
    index.delete([1, 99])
    assert search(index, "").ids == (2,)


def test_apply_records_the_sequence_number(index, make_offer):
    assert index.apply(7, [make_offer(1, "Mobbing")], [])
    assert index.last_seq == 7 and search(index, "Mobbing").ids == (1,)


def test_apply_of_an_already_applied_sequence_changes_nothing(index, make_offer):
    index.apply(7, [make_offer(1, "Erster")], [])
    assert not index.apply(7, [make_offer(1, "Wiederholt")], [])
    assert not index.apply(5, [make_offer(2, "Älter")], [])
    assert titles(index) == {1: "Erster"} and index.last_seq == 7


def test_apply_deletes_before_upserting(index, make_offer):
    index.upsert([make_offer(1, "Alt")])
    index.apply(3, [make_offer(1, "Wieder gelistet")], [1])
    assert titles(index) == {1: "Wieder gelistet"}


def test_apply_without_changes_still_advances_the_sequence(index):
    assert index.apply(4, [], [])
    assert index.last_seq == 4


def test_sequence_number_survives_reopening(tmp_path, make_offer):
    with SearchIndex(tmp_path / "ix") as first:
        first.apply(12, [make_offer(1)], [])
    with SearchIndex(tmp_path / "ix") as second:
        assert second.last_seq == 12


def test_writes_raise_index_busy_while_another_writer_holds_the_lock(index, make_offer):
    holder = storage_for(live_dir(index)).open_index().writer()
    try:
        started = time.monotonic()
        with pytest.raises(IndexBusy):
            index.apply(1, [make_offer(1)], [])
        assert time.monotonic() - started < 2
        with pytest.raises(IndexBusy):
            index.upsert([make_offer(1)])
    finally:
        holder.cancel()
    assert index.last_seq == 0
    assert index.apply(1, [make_offer(1)], [])


def test_second_rebuild_at_the_same_time_is_refused(index, make_offer):
    from search_index.storage import file_lock

    with file_lock(index.root / "rebuild.lock", 0, "test"):
        with pytest.raises(IndexBusy):
            index.rebuild([make_offer(1)])


def test_rebuild_replaces_the_content_and_records_the_snapshot_sequence(index, make_offer):
    index.upsert([make_offer(1, "Veraltet")])
    assert index.rebuild([make_offer(2, "Frisch")], seq=40) == 1
    status = index.status()
    assert titles(index) == {2: "Frisch"}
    assert status.last_seq == 40 and status.built_at and not status.needs_rebuild


def test_rebuild_reports_progress(index, make_offer):
    seen = []
    index.rebuild((make_offer(i) for i in range(1, 1201)), progress=seen.append)
    assert seen == [500, 1000, 1200]


def test_open_searcher_keeps_working_while_a_rebuild_swaps_the_index(index, make_offer):
    index.rebuild([make_offer(1, "Mobbing")])
    old_dir = live_dir(index)
    with index.reading() as (old_searcher, _):
        pass

    def docs_while_searching():
        # The live index must keep answering during the rebuild.
        assert search(index, "Mobbing").ids == (1,)
        yield make_offer(2, "Mobbing neu")

    index.rebuild(docs_while_searching())
    assert live_dir(index) != old_dir
    assert old_searcher.doc_count() == 1 and old_searcher.document(id="1")["title"] == "Mobbing"
    assert search(index, "Mobbing").ids == (2,)


def test_rebuild_keeps_only_the_live_and_the_previous_generation(index, make_offer):
    for n in range(4):
        index.rebuild([make_offer(n + 1)])
    generations = [p for p in index.root.iterdir() if p.is_dir()]
    assert len(generations) == 2 and live_dir(index) in generations


def test_failed_rebuild_leaves_the_live_index_untouched(index, make_offer):
    index.rebuild([make_offer(1, "Bleibt")])
    before = sorted(p.name for p in index.root.iterdir())

    def broken():
        yield make_offer(2)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        index.rebuild(broken())
    assert titles(index) == {1: "Bleibt"}
    assert sorted(p.name for p in index.root.iterdir()) == before


def test_rebuild_rejects_duplicate_ids(index, make_offer):
    with pytest.raises(ValueError):
        index.rebuild([make_offer(1), make_offer(1)])


def test_other_instances_see_writes_and_swaps(tmp_path, make_offer):
    with SearchIndex(tmp_path / "ix") as reader, SearchIndex(tmp_path / "ix") as writer:
        assert search(reader, "").total == 0
        writer.upsert([make_offer(1)])
        assert search(reader, "").ids == (1,)
        writer.rebuild([make_offer(2)])
        assert search(reader, "").ids == (2,)


def test_searcher_is_reopened_only_when_the_generation_changes(index, make_offer):
    index.upsert([make_offer(1)])
    with index.reading() as (first, first_sets):
        pass
    with index.reading() as (again, again_sets):
        assert again is first and again_sets is first_sets
    index.upsert([make_offer(2)])
    with index.reading() as (fresh, fresh_sets):
        assert fresh is not first and fresh_sets is not first_sets


def test_check_reports_missing_orphaned_and_stale_documents(index, make_offer):
    current, changed = make_offer(1, "Aktuell"), make_offer(2, "Alt")
    index.upsert([current, changed, make_offer(3, "Nicht mehr gelistet")])
    expected = {1: current.fingerprint(), 2: make_offer(2, "Neu").fingerprint(), 4: make_offer(4).fingerprint()}
    report = index.check(expected)
    assert (report.missing, report.orphaned, report.stale) == ((4,), (3,), (2,))
    assert not report.ok


def test_check_is_ok_when_index_and_database_agree(index, catalogue):
    index.rebuild(catalogue)
    assert index.check({doc.id: doc.fingerprint() for doc in catalogue}).ok


def test_index_from_an_older_schema_needs_a_rebuild_and_refuses_writes(index, make_offer):
    (live_dir(index) / STATE).write_text(
        json.dumps({"schema_version": SCHEMA_VERSION - 1, "last_seq": 3, "built_at": "2024-01-01"})
    )
    assert index.needs_rebuild
    with pytest.raises(SchemaOutdated):
        index.apply(4, [make_offer(1)], [])
    index.rebuild([make_offer(1)], seq=4)
    assert not index.needs_rebuild and index.last_seq == 4


def test_cached_searcher_does_not_show_replaced_versions(index, make_offer):
    # Whoosh's Searcher.refresh() reuses segment readers with stale deletions;
    # a replaced document would then be found twice.
    index.rebuild([make_offer(1, "Alter Titel"), make_offer(2, "Anderes")])
    assert search(index, "Titel").ids == (1,)
    index.upsert([make_offer(1, "Neuer Name")])
    assert search(index, "Titel").ids == ()
    assert search(index, "").total == 2


def test_cached_searcher_does_not_resurrect_merged_segments(index, make_offer):
    for n in range(1, 13):  # many small commits make Whoosh merge segments
        index.upsert([make_offer(n, f"Angebot {n}")])
        assert search(index, "").total == n
    assert index.check({n: make_offer(n, f"Angebot {n}").fingerprint() for n in range(1, 13)}).ok
