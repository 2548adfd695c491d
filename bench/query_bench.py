"""In-process query timings of search_index.search() against the SQLite FTS5 baseline.

Per query kind three figures, because the index keeps work at three levels:

- computed: the finished-page cache emptied before every run (per-term scores and
  per-segment postings warm): what a search costs that was not asked before in this
  index generation. The targets of issue 10 are judged on this figure.
- repeated: the same search again, answered from the finished-page cache.
- first after an edit: the first search right after a one-offer upsert (new
  generation: per-generation caches empty, per-segment postings kept).

Then "new words": distinct words of the catalogue never searched before in this
process, each searched once: the first search of a word in a worker.
"""

from __future__ import annotations

import math
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import fts5_baseline

from search_index import DEFAULT_SYNONYMS, SearchIndex, search
from search_index.analysis import tokenize_words

NEW_WORDS = 40


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    filters: dict


QUERIES = (
    Query("one word", "mobbing", {}),
    Query("two words", "sucht eltern", {}),
    Query("three words, soft", "workshop medien cannabis", {}),
    Query("compound word", "suchtberatungsstelle", {}),
    Query("words + 3 filters", "mobbing klasse", {"field": ["gewalt"], "grade": 7, "free_only": True}),
    Query("filters only", "", {"field": ["sucht"], "audience": ["eltern"], "max_cost_eur": 100}),
)


@dataclass
class Timing:
    samples_ms: list[float]

    @property
    def p50(self) -> float:
        return percentile(self.samples_ms, 50)

    @property
    def p95(self) -> float:
        return percentile(self.samples_ms, 95)

    @property
    def mean(self) -> float:
        return statistics.fmean(self.samples_ms)


@dataclass
class QueryFigures:
    first_search_ms: float = 0.0
    whoosh: dict[str, Timing] = field(default_factory=dict)  # computed
    repeated: dict[str, Timing] = field(default_factory=dict)
    after_edit_ms: dict[str, float] = field(default_factory=dict)
    fts5: dict[str, Timing] = field(default_factory=dict)
    hits: dict[str, tuple[int, int]] = field(default_factory=dict)  # (whoosh, fts5)
    new_words: Timing | None = None
    fts5_build_s: float = 0.0
    fts5_mb: float = 0.0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def sample_ms(call) -> float:
    started = time.perf_counter_ns()
    call()
    return (time.perf_counter_ns() - started) / 1e6


def forget_pages(index: SearchIndex) -> None:
    """Empty the finished-page cache of the live generation (other caches stay)."""
    with index.reading() as (_, docsets):
        docsets.results.clear()


def run_query(index: SearchIndex, q: Query):
    return search(index, q.text, q.filters, synonyms=DEFAULT_SYNONYMS)


def new_words(docs, count: int = NEW_WORDS) -> list[str]:
    """Distinct title and summary words, from frequent to rare, none of the fixed queries."""
    taken = {w for q in QUERIES for w in q.text.split()}
    counts = Counter(
        word.lower()
        for doc in docs[:2000]
        for word in tokenize_words(f"{doc.title} {doc.summary}")
        if len(word) >= 5 and word.isalpha()
    )
    ranked = [w for w, _ in counts.most_common() if w not in taken]
    step = max(1, len(ranked) // count)
    return ranked[::step][:count]


def bench_queries(docs, folder: Path, warmup: int, runs: int, log=print) -> QueryFigures:
    """The query mix on both engines, Whoosh and FTS5 runs interleaved so that a busy
    moment of the machine hits both alike. ``folder / "rebuild"`` holds the index."""
    figures = QueryFigures()
    index = SearchIndex(folder / "rebuild", lock_timeout=30)
    started = time.perf_counter()
    run_query(index, QUERIES[0])
    figures.first_search_ms = (time.perf_counter() - started) * 1000
    log("  FTS5 build …")
    started = time.perf_counter()
    conn = fts5_baseline.build(folder / "fts5.sqlite3", docs)
    figures.fts5_build_s = time.perf_counter() - started
    figures.fts5_mb = (folder / "fts5.sqlite3").stat().st_size / 1e6
    for q in QUERIES:
        log(f"  {q.name:<18} {warmup} warm-up + {runs} runs on each engine …")
        for _ in range(warmup):
            run_query(index, q), fts5_baseline.search(conn, q.text, q.filters)
        computed, fts5 = Timing([]), Timing([])
        for _ in range(runs):
            forget_pages(index)
            computed.samples_ms.append(sample_ms(lambda q=q: run_query(index, q)))
            fts5.samples_ms.append(sample_ms(lambda q=q: fts5_baseline.search(conn, q.text, q.filters)))
        figures.whoosh[q.name], figures.fts5[q.name] = computed, fts5
        figures.repeated[q.name] = Timing([sample_ms(lambda q=q: run_query(index, q)) for _ in range(runs)])
        figures.hits[q.name] = (run_query(index, q).total, fts5_baseline.search(conn, q.text, q.filters)["total"])
    conn.close()
    log("  first search after an edit, per query kind …")
    for n, q in enumerate(QUERIES):
        index.upsert([docs[(len(docs) // 3 + n) % len(docs)]])  # a new generation each time
        figures.after_edit_ms[q.name] = sample_ms(lambda q=q: run_query(index, q))
    words = new_words(docs)
    log(f"  {len(words)} words never searched before, once each …")
    figures.new_words = Timing([sample_ms(lambda w=w: search(index, w, synonyms=DEFAULT_SYNONYMS)) for w in words])
    index.close()
    return figures
