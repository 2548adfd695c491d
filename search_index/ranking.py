"""Relevance ranking from cached per-term scores.

Whoosh's own ranking walks a matcher tree per document (an Or over five fields for
every word, synonym and compound part), which cost ~50 ms for a broad two-word query
at 10,000 offers. Here each term's BM25F score (Whoosh's scorer, field boosts
included, summed over the text fields) is read from its postings once per index
generation and kept; ranking a set of documents is then a few dictionary look-ups
per document and concept. Scores equal what the Whoosh queries of ``words.py``
would give: alternatives of a word add up, all terms of an alternative must occur.
"""

from __future__ import annotations

import heapq

from .docsets import DocSets, docnums_of
from .schema import TEXT_FIELDS
from .words import QueryWord

# Per-term score tables kept per generation (a table holds one float per posting).
MAX_SCORED_TERMS = 1024


def term_scores(searcher, docsets: DocSets, term: str) -> dict[int, float]:
    """Document number → BM25F score of ``term`` over all text fields; cached."""
    scores = docsets.term_scores.get(term)
    if scores is not None:
        return scores
    if len(docsets.term_scores) >= MAX_SCORED_TERMS:
        docsets.term_scores.clear()
    scores = {}
    weighting = searcher.weighting
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        for field in TEXT_FIELDS:
            if (field, term) not in reader:
                continue
            scorer = weighting.scorer(sub, field, term)
            postings = reader.postings(field, term)
            while postings.is_active():
                docnum = offset + postings.id()
                scores[docnum] = scores.get(docnum, 0.0) + scorer.score(postings)
                postings.next()
    docsets.term_scores[term] = scores
    return scores


def rank(searcher, docsets: DocSets, words: list[QueryWord], fuzzy: bool, mask: int, start: int, end: int):
    """Document numbers of ``mask`` ranked start..end by score (ties: document order)."""
    if not mask or end <= start:
        return []
    concepts = [
        [(boost, [term_scores(searcher, docsets, t) for t in terms]) for terms, boost in word.alternatives(fuzzy)]
        for word in words
    ]

    def score(docnum: int) -> float:
        total = 0.0
        for alternatives in concepts:
            for boost, tables in alternatives:
                found = 0.0
                for table in tables:
                    value = table.get(docnum)
                    if value is None:
                        break
                    found += value
                else:
                    total += boost * found
        return total

    ranked = heapq.nsmallest(end, docnums_of(mask), key=lambda d: (-score(d), d))
    return ranked[start:end]
