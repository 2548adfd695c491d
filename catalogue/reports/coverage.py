"""Coverage: what the catalogue offers today, where, for whom — and where nothing is (gaps).

All counts are of publicly listed offers (live listing, valid seal), counted and grouped in the
database: each figure is one GROUP BY query returning a few dozen tuples, so no offer row
reaches Python. An offer with two terms of a vocabulary counts once under each.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.offers.queries import live_query
from catalogue.providers.models import Organisation
from catalogue.reports import charts
from catalogue.reports.figures import Figure
from catalogue.vocabularies.models import VocabularyTerm

GRADE_BANDS = ((1, 4), (5, 6), (7, 10), (11, 13))
VOCABULARY_TITLES = {"district": "Einsatzgebiet", "audience": "Zielgruppe"}


@dataclass(frozen=True)
class Column:
    code: str
    label: str


def vocabulary(session: Session, name: str) -> list[VocabularyTerm]:
    return list(
        session.scalars(
            select(VocabularyTerm)
            .where(VocabularyTerm.vocabulary == name, VocabularyTerm.active.is_(True))
            .order_by(VocabularyTerm.sort_order, VocabularyTerm.id)
        )
    )


def _offers_where(condition):
    """Offers of a field meeting `condition`: a plain conditional sum, no DISTINCT, because an offer's
    live revision holds each term once, so it is one row per field it belongs to."""
    return func.sum(case((condition, 1), else_=0))


def term_names(session: Session, vocabularies) -> dict[int, tuple[str, str]]:
    """Term id → (vocabulary, code).

    The report queries match term ids with IN lists and name them here instead of joining the term
    table: with it in the join SQLite loops over the terms first and reads the offers once per term.
    """
    rows = session.execute(
        select(VocabularyTerm.id, VocabularyTerm.vocabulary, VocabularyTerm.code).where(
            VocabularyTerm.vocabulary.in_(vocabularies)
        )
    )
    return {term_id: (name, code) for term_id, name, code in rows}


def among(session: Session, link, term_ids):
    """`link`'s term among `term_ids`.

    On SQLite the "+ 0" has it checked on the revision's few links instead of probing the term
    index once per listed term and revision (hundreds of thousands of look-ups at 10,000 offers);
    PostgreSQL's planner does better with the plain column (measured: three times faster).
    """
    column = link.term_id + 0 if session.get_bind().dialect.name == "sqlite" else link.term_id
    return column.in_(term_ids)


def _per_field(session: Session, *columns) -> dict[str, tuple]:
    """Field code → `columns` aggregated over the live offers with that Handlungsfeld."""
    fields = term_names(session, ["field"])
    link = aliased(RevisionTerm)
    rows = session.execute(
        live_query()
        .join(link, link.revision_id == Offer.live_revision_id)
        .where(among(session, link, fields))
        .with_only_columns(link.term_id, *columns)
        .group_by(link.term_id)
    )
    return {fields[term_id][1]: tuple(values) for term_id, *values in rows}


def field_summary(session: Session) -> dict[str, tuple]:
    """Field code → (offers, free offers, offers per grade band): one pass, once per request
    (the grade matrix and the free share both read it)."""
    if "coverage_field_summary" not in session.info:
        bands = [  # NULL grades compare as unknown: such an offer counts in no band
            _offers_where(and_(OfferRevision.grade_from <= high, OfferRevision.grade_to >= low))
            for low, high in GRADE_BANDS
        ]
        session.info["coverage_field_summary"] = _per_field(
            session, func.count(), _offers_where(OfferRevision.is_free.is_(True)), *bands
        )
    return session.info["coverage_field_summary"]


def cross_counts(session: Session, others=tuple(VOCABULARY_TITLES)) -> dict[str, dict[tuple[str, str], int]]:
    """Per vocabulary of `others`: live offers per (Handlungsfeld, term) — all in one pass over the offers."""
    terms = term_names(session, ["field", *others])
    fields = [term_id for term_id, (name, _) in terms.items() if name == "field"]
    field_link, other_link = aliased(RevisionTerm), aliased(RevisionTerm)
    rows = session.execute(
        live_query()
        .join(field_link, field_link.revision_id == Offer.live_revision_id)
        .join(other_link, other_link.revision_id == Offer.live_revision_id)
        .where(among(session, field_link, fields), among(session, other_link, [t for t in terms if t not in fields]))
        .with_only_columns(field_link.term_id, other_link.term_id, func.count())
        .group_by(field_link.term_id, other_link.term_id)
    )
    counts = {name: {} for name in others}
    for field_id, other_id, n in rows:  # (revision, term) is unique, so each pair counts an offer once
        name, code = terms[other_id]
        counts[name][terms[field_id][1], code] = n
    return counts


def _matrix_figure(key, title, description, rows, columns, counts) -> Figure:
    values = [[counts.get((r.code, c.code), 0) for c in columns] for r in rows]
    gaps = [
        f"{r.label} × {c.label}"
        for r, line in zip(rows, values, strict=True)
        for c, v in zip(columns, line, strict=True)
        if not v
    ]
    return Figure(
        key=key,
        title=title,
        description=description,
        headers=["Handlungsfeld", *(c.label for c in columns)],
        rows=[[r.label, *line] for r, line in zip(rows, values, strict=True)],
        chart=charts.matrix_chart(title, description, [r.label for r in rows], [c.label for c in columns], values),
        gaps=gaps,
    )


def coverage_figures(session: Session) -> list[Figure]:
    fields, counts = vocabulary(session, "field"), cross_counts(session)
    figures = [
        _matrix_figure(
            f"feld-{name}",
            f"Angebote nach Handlungsfeld und {title}",
            f"Zahl der veröffentlichten Angebote je Handlungsfeld (Zeilen) und {title} (Spalten). "
            "Ein Strich „–“ markiert eine Lücke: dort gibt es kein Angebot.",
            fields,
            vocabulary(session, name),
            counts[name],
        )
        for name, title in VOCABULARY_TITLES.items()
    ]
    figures.insert(1, grade_figure(session, fields))
    return [*figures, free_share_figure(session, fields), provider_figure(session)]


def grade_figure(session: Session, fields: list[VocabularyTerm]) -> Figure:
    bands = [Column(f"{low}-{high}", f"Klasse {low}–{high}") for low, high in GRADE_BANDS]
    counts = {
        (code, band.code): n
        for code, (_, _, *per_band) in field_summary(session).items()
        for band, n in zip(bands, per_band, strict=True)
    }
    return _matrix_figure(
        "feld-klassenstufe",
        "Angebote nach Handlungsfeld und Klassenstufe",
        "Zahl der veröffentlichten Angebote je Handlungsfeld, die für die jeweiligen Klassenstufen geeignet sind "
        "(ein Angebot für Klasse 5–8 zählt bei 5–6 und 7–10). „–“ markiert eine Lücke.",
        fields,
        bands,
        counts,
    )


def free_share_figure(session: Session, fields: list[VocabularyTerm]) -> Figure:
    counts = field_summary(session)
    table = []
    for f in fields:
        total, free = counts.get(f.code, (0, 0))[:2]
        table.append([f.label, total, free, round(100 * free / total) if total else 0])
    title = "Kostenfreie Angebote je Handlungsfeld"
    description = "Anteil der veröffentlichten Angebote je Handlungsfeld, die für Schulen kostenfrei sind, in Prozent."
    return Figure(
        key="kostenfrei",
        title=title,
        description=description,
        headers=["Handlungsfeld", "Angebote", "davon kostenfrei", "Anteil kostenfrei (%)"],
        rows=table,
        chart=charts.bar_chart(title, description, [r[0] for r in table], [r[3] for r in table], " %"),
    )


def offers_per_provider(session: Session) -> list[tuple[str, int]]:
    """(provider name, live offers), most offers first; once per request (the council's cover counts them too)."""
    if "coverage_per_provider" not in session.info:
        query = live_query(Organisation.name, func.count(Offer.id)).group_by(Organisation.id, Organisation.name)
        rows = session.execute(query).all()
        # Sorted here, not in SQL: the database's collation would order names differently per backend.
        session.info["coverage_per_provider"] = sorted(
            ((name, n) for name, n in rows), key=lambda row: (-row[1], row[0])
        )
    return session.info["coverage_per_provider"]


def provider_figure(session: Session, top: int = 20) -> Figure:
    table = [[name, n] for name, n in offers_per_provider(session)]
    title = "Angebote je Träger"
    description = f"Zahl der veröffentlichten Angebote je Träger; das Diagramm zeigt die {top} Träger mit den meisten."
    return Figure(
        key="traeger",
        title=title,
        description=description,
        headers=["Träger", "Angebote"],
        rows=table,
        chart=charts.bar_chart(title, description, [r[0] for r in table[:top]], [r[1] for r in table[:top]]),
        note=f"{len(table)} Träger mit veröffentlichten Angeboten.",
    )
