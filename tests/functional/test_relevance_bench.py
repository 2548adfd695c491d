"""bench/relevance/run.py end to end on two queries: a fresh demo catalogue, the search page, FTS5."""

import importlib.util
import json
import sys

from catalogue.paths import ROOT


def test_the_relevance_run_measures_both_engines_and_hides_held_out_details(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("relevance_run", ROOT / "bench" / "relevance" / "run.py")
    run = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = run
    spec.loader.exec_module(run)
    queries = tmp_path / "queries.tsv"
    queries.write_text(
        "id\tkind\tsplit\tquery\tgrade2\tgrade1\n"
        "a-01\tcolloquial\ttune\tKippe\trauchfrei-durchstarten\tdurchblick-parcours-alkohol-rauchen\n"
        "a-02\tcolloquial\tholdout\tMobbing\tgemeinsam-gegen-mobbing-intervention\t\n",
        encoding="utf-8",
    )

    assert run.main(["--queries", str(queries), "--out", str(tmp_path)]) == 0

    printed = capsys.readouterr().out
    assert "| colloquial | 2 |" in printed and "| **holdout** | 1 |" in printed
    tune, holdout = json.loads((tmp_path / "relevance.json").read_text(encoding="utf-8"))
    assert tune["query"] == "Kippe" and "rauchfrei-durchstarten (2)" in tune["search"]["top"]
    assert "query" not in holdout and "top" not in holdout["search"]
