"""The judged query set of bench/relevance: well-formed, fair split, judgements on public offers."""

import importlib.util
import json
import sys
from collections import Counter
from datetime import date

import pytest

from catalogue.demo import DEMO_FILE
from catalogue.paths import ROOT


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"relevance_{name}", ROOT / "bench" / "relevance" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


judgements = _load("judgements")
QUERIES = judgements.load_queries()


def publicly_listed_refs() -> set[str]:
    records = [json.loads(line) for line in DEMO_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    exported = date.fromisoformat(records[0]["exported_at"])
    return {
        r["ref"]
        for r in records
        if r["kind"] == "offer" and r["listing"] == "live" and date.fromisoformat(r["seal"]["valid_until"]) >= exported
    }


def test_there_are_over_a_hundred_queries_and_every_kind_has_at_least_nine():
    counts = Counter(q.kind for q in QUERIES)
    assert len(QUERIES) >= 100
    assert set(counts) == set(judgements.KINDS) and min(counts.values()) >= 9


def test_ids_and_query_texts_are_unique():
    assert len({q.id for q in QUERIES}) == len(QUERIES)
    assert len({q.text.lower() for q in QUERIES}) == len(QUERIES)


def test_every_third_query_of_a_kind_is_held_out():
    assert {q.id: q.split for q in QUERIES} == judgements.expected_split(QUERIES)


def test_every_query_has_an_offer_that_is_exactly_what_was_asked_for():
    assert [q.id for q in QUERIES if 2 not in q.grades.values()] == []


def test_only_publicly_listed_demo_offers_are_judged():
    listed = publicly_listed_refs()
    assert sorted({ref for q in QUERIES for ref in q.grades} - listed) == []


def test_ndcg_is_one_for_the_ideal_order_and_lower_otherwise():
    grades = {"a": 2, "b": 1}
    assert judgements.ndcg(["a", "b", "x"], grades) == 1.0
    assert 0 < judgements.ndcg(["b", "a"], grades) < 1
    assert judgements.ndcg(["x", "y"], grades) == 0.0


def test_ndcg_counts_only_the_first_k():
    assert judgements.ndcg(["x", "a"], {"a": 2}, k=1) == 0.0


def test_recall_is_measured_against_at_most_k_relevant_offers():
    grades = {ref: 1 for ref in "abcdefghijkl"}  # twelve relevant
    assert judgements.recall(list("abcdefghij"), grades, k=10) == 1.0
    assert judgements.recall(["a", "x"], {"a": 2, "b": 1}, k=10) == 0.5


@pytest.mark.parametrize(
    "row",
    ["x\tcompound\ttune\tq\ta\ta", "x\tcompound\ttune\tq\ta"],
    ids=["graded-twice", "missing-column"],
)
def test_a_malformed_row_is_refused(tmp_path, row):
    path = tmp_path / "queries.tsv"
    path.write_text("\t".join(judgements.COLUMNS) + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 2"):
        judgements.load_queries(path)


def test_queries_added_after_the_split_was_fixed_are_never_held_out():
    fixed = judgements.SPLIT_FIXED_AT["colloquial"]
    added = [judgements.JudgedQuery(f"x-{n}", "colloquial", "tune", f"q{n}", {"a": 2}) for n in range(fixed + 3)]
    splits = list(judgements.expected_split(added).values())
    assert splits[fixed - 1] == "holdout" and set(splits[fixed:]) == {"tune"}
