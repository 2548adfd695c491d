"""Several threads and processes using one index directory at the same time."""

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import search_index
from search_index import SearchIndex, search

REPO_ROOT = Path(search_index.__file__).resolve().parent.parent

APPLIER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from search_index import OfferDocument, SearchIndex
    path, first = sys.argv[1], int(sys.argv[2])
    with SearchIndex(path, lock_timeout=30) as index:
        for seq in range(first, first + 40, 2):
            doc = OfferDocument(id=seq, title=f"Angebot {seq}", approved_at=datetime(2024, 1, 1))
            index.apply(seq, [doc], [])
""")


def test_appliers_in_two_processes_are_serialised(tmp_path):
    path = str(tmp_path / "index")
    SearchIndex(path).close()
    runs = [
        subprocess.Popen(
            [sys.executable, "-W", "error", "-c", APPLIER, path, str(first)],
            cwd=REPO_ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for first in (1, 2)
    ]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    with SearchIndex(path) as index:
        assert index.last_seq == 40
        # Batches that arrived after a higher sequence were skipped, never half-applied.
        assert 20 <= search(index, "", per_page=100).total <= 40
        assert index.check({}).stale == ()


def test_threads_can_search_while_another_thread_writes(index, make_offer):
    index.rebuild([make_offer(n, "Mobbing") for n in range(1, 21)])
    errors = []

    def reader():
        try:
            for _ in range(30):
                result = search(index, "Mobbing", filters={"free_only": False})
                assert result.total >= 20
        except Exception as exc:  # collected and re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    for n in range(21, 31):
        index.upsert([make_offer(n, "Mobbing")])
    for thread in threads:
        thread.join()
    assert errors == []
    assert search(index, "Mobbing").total == 30
