"""bench/search_bench.py end to end at a small size: every phase runs and every table is printed."""

import subprocess
import sys

from catalogue.paths import ROOT


def test_the_search_benchmark_prints_indexing_query_and_target_tables():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "search_bench.py"), "--sizes", "300", "--runs", "3", "--warmup", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    printed = done.stdout
    for heading in ("### Indexing", "### Query mix", "### Words never searched before", "### Targets"):
        assert heading in printed
    assert "| 300 | two words |" in " ".join(printed.split())  # a row of the query table
    assert "Load average at start" in printed
