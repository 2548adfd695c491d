"""The same searches on SQLite FTS5 (standard library only), as a baseline.

One FTS5 table over the five text fields (``unicode61 remove_diacritics 2``, no
stemming), plain tables for the filters: ``offer`` (numbers, flags, the stored
title and summary) and ``offer_code`` (one row per facet code). A search does
what ``search_index.search`` does, in SQL:

* the text match goes once into the temporary table ``hit`` (each word as a
  prefix term, ``"mobbing"*``, which stands in for stemming; compounds such as
  "Cybermobbing" are not found, unlike in the Whoosh index), the match under all
  filters into ``final``; the total is its row count;
* one page of 20, ranked by ``bm25`` with the Whoosh field boosts (title ×3,
  topics ×2), with a ``snippet()`` of the summary; without words the page is in
  title order, as in Whoosh;
* the facet counts with one ``GROUP BY`` per facet field: over ``final``, or for
  a field with an active filter over the match and every filter but its own
  (the Whoosh semantics); plus the count of free offers.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from search_index import FACET_FIELDS, Filters, OfferDocument
from search_index.schema import TEXT_FIELDS

SCHEMA = """
CREATE TABLE offer (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL, title_sort TEXT NOT NULL,
    approved_at INTEGER NOT NULL, grade_from INTEGER, grade_to INTEGER, age_from INTEGER,
    age_to INTEGER, is_free INTEGER NOT NULL, cost_cents INTEGER
);
CREATE INDEX offer_title_sort ON offer (title_sort, id);
CREATE TABLE offer_code (
    facet TEXT NOT NULL, code TEXT NOT NULL, offer_id INTEGER NOT NULL,
    PRIMARY KEY (facet, code, offer_id)
) WITHOUT ROWID;
CREATE INDEX offer_code_by_offer ON offer_code (offer_id, facet, code);
CREATE VIRTUAL TABLE offer_fts USING fts5 (
    title, topics_text, summary, body, provider, tokenize = 'unicode61 remove_diacritics 2'
);
"""
_WORD = re.compile(r"\w+")
# bm25 weights in FTS5 column order, taken from the Whoosh field boosts.
BM25 = "bm25(offer_fts, {})".format(
    ", ".join(str(TEXT_FIELDS[name]) for name in ("title", "topics_text", "summary", "body", "provider"))
)
PER_PAGE = 20


def build(path: Path, docs: list[OfferDocument]) -> sqlite3.Connection:
    """Create and fill the baseline database; returns an open connection."""
    from search_index.documents import title_sort_key

    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    with conn:
        conn.executemany(
            "INSERT INTO offer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    d.id,
                    d.title,
                    d.summary,
                    title_sort_key(d.title),
                    int(d.approved_at.timestamp()),
                    d.grade_from,
                    d.grade_to,
                    d.age_from,
                    d.age_to,
                    int(d.is_free),
                    d.cost_cents,
                )
                for d in docs
            ),
        )
        conn.executemany(
            "INSERT INTO offer_code VALUES (?, ?, ?)",
            ((facet, code, d.id) for d in docs for facet in FACET_FIELDS for code in getattr(d, facet)),
        )
        conn.executemany(
            "INSERT INTO offer_fts (rowid, title, topics_text, summary, body, provider) VALUES (?, ?, ?, ?, ?, ?)",
            ((d.id, d.title, d.topics_text, d.summary, d.body, d.provider) for d in docs),
        )
    conn.execute("ANALYZE")
    conn.executescript(
        "CREATE TEMP TABLE hit (id INTEGER PRIMARY KEY);CREATE TEMP TABLE final (id INTEGER PRIMARY KEY);"
    )
    return conn


def match_expression(text: str) -> str:
    """Every word as a quoted prefix term, all required (FTS5's implicit AND)."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(text.lower()))


def _filter_sql(filters: Filters) -> dict[str, tuple[str, list]]:
    """One SQL condition on ``o`` (table offer) per active filter, with its parameters."""
    conditions: dict[str, tuple[str, list]] = {}
    for facet, codes in filters.facet_values().items():
        marks = ", ".join("?" * len(codes))
        conditions[facet] = (
            f"o.id IN (SELECT offer_id FROM offer_code WHERE facet = ? AND code IN ({marks}))",
            [facet, *codes],
        )
    if filters.grade is not None:
        conditions["grade"] = (
            "NOT (o.grade_from IS NULL AND o.grade_to IS NULL) AND (o.grade_from IS NULL OR "
            "o.grade_from <= ?) AND (o.grade_to IS NULL OR ? <= o.grade_to)",
            [filters.grade, filters.grade],
        )
    if filters.age is not None:
        conditions["age"] = (
            "NOT (o.age_from IS NULL AND o.age_to IS NULL) AND (o.age_from IS NULL OR "
            "o.age_from <= ?) AND (o.age_to IS NULL OR ? <= o.age_to)",
            [filters.age, filters.age],
        )
    if filters.free_only:
        conditions["is_free"] = ("o.is_free = 1", [])
    if filters.max_cost_cents is not None:
        conditions["max_cost"] = ("(o.is_free = 1 OR o.cost_cents <= ?)", [filters.max_cost_cents])
    return conditions


def _where(conditions: dict[str, tuple[str, list]], skip: str | None = None) -> tuple[str, list]:
    parts, params = ["1"], []
    for name, (sql, values) in conditions.items():
        if name != skip:
            parts.append(f"({sql})")
            params += values
    return " AND ".join(parts), params


def search(conn: sqlite3.Connection, text: str = "", filters=None) -> dict:
    """Total, one page of (id, snippet) and facet counts, like ``search_index.search``."""
    filters = Filters.coerce(filters)
    conditions = _filter_sql(filters)
    match = match_expression(text)
    conn.execute("DELETE FROM temp.hit")
    conn.execute("DELETE FROM temp.final")
    hit = ""
    if match:
        conn.execute("INSERT INTO temp.hit (id) SELECT rowid FROM offer_fts WHERE offer_fts MATCH ?", (match,))
        hit = "JOIN temp.hit h ON h.id = o.id"
    where, params = _where(conditions)
    conn.execute(f"INSERT INTO temp.final (id) SELECT o.id FROM offer o {hit} WHERE {where}", params)
    total = conn.execute("SELECT COUNT(*) FROM temp.final").fetchone()[0]
    if match:
        # A join, not "rowid IN temp.final": FTS5 would run the MATCH once per listed row.
        page = conn.execute(
            "SELECT f.id, snippet(offer_fts, 2, '<mark>', '</mark>', ' … ', 32) "
            "FROM offer_fts JOIN temp.final f ON f.id = offer_fts.rowid "
            f"WHERE offer_fts MATCH ? ORDER BY {BM25} LIMIT {PER_PAGE}",
            (match,),
        ).fetchall()
    else:
        page = conn.execute(
            "SELECT o.id, o.summary FROM temp.final f JOIN offer o ON o.id = f.id "
            f"ORDER BY o.title_sort, o.id LIMIT {PER_PAGE}"
        ).fetchall()
    facets = {}
    for facet in (*FACET_FIELDS, "is_free"):
        scope, params = "temp.final", []
        if facet in conditions:  # counted without the facet's own filter
            where, params = _where(conditions, skip=facet)
            scope = f"(SELECT o.id FROM offer o {hit} WHERE {where})"
        if facet == "is_free":
            count = conn.execute(f"SELECT COUNT(*) FROM offer WHERE is_free = 1 AND id IN {scope}", params).fetchone()[
                0
            ]
            facets[facet] = {"true": count}
        else:
            # "offer_id IN …" lets SQLite look the codes up per listed offer; a join
            # with the temp table (no statistics) scanned every code row of the facet.
            facets[facet] = dict(
                conn.execute(
                    f"SELECT code, COUNT(*) FROM offer_code WHERE facet = ? AND offer_id IN {scope} GROUP BY code",
                    [facet, *params],
                ).fetchall()
            )
    return {"total": total, "page": page, "facets": facets}
