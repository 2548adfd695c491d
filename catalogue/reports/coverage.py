"""Coverage: what the catalogue offers today, where, for whom — and where nothing is (gaps).

All counts are of publicly listed offers (live listing, valid seal) and are aggregated in SQL.
"""

from __future__ import annotations

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


def vocabulary(session: Session, name: str) -> list[VocabularyTerm]:
    return list(
        session.scalars(
            select(VocabularyTerm)
            .where(VocabularyTerm.vocabulary == name, VocabularyTerm.active.is_(True))
            .order_by(VocabularyTerm.sort_order, VocabularyTerm.id)
        )
    )


def join_term(query, vocabulary_name: str):
    """Join one vocabulary's terms of the live revision (an offer with two terms counts in both)."""
    link, term = aliased(RevisionTerm), aliased(VocabularyTerm)
    query = query.join(link, link.revision_id == Offer.live_revision_id).join(
        term, and_(term.id == link.term_id, term.vocabulary == vocabulary_name)
    )
    return query, term


def cross_counts(session: Session, first: str, second: str) -> dict[tuple[str, str], int]:
    """Live offers per pair of terms of two vocabularies."""
    query, a = join_term(live_query(), first)
    query, b = join_term(query, second)
    rows = session.execute(
        query.with_only_columns(a.code, b.code, func.count(func.distinct(Offer.id))).group_by(a.code, b.code)
    )
    return {(x, y): n for x, y, n in rows}


def field_rows(session: Session, *columns):
    """Per Handlungsfeld code: the given aggregate columns over its live offers."""
    query, field = join_term(live_query(), "field")
    return {
        code: rest
        for code, *rest in session.execute(query.with_only_columns(field.code, *columns).group_by(field.code))
    }


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
    fields = vocabulary(session, "field")
    figures = [
        _matrix_figure(
            f"feld-{name}",
            f"Angebote nach Handlungsfeld und {title}",
            f"Zahl der veröffentlichten Angebote je Handlungsfeld (Zeilen) und {title} (Spalten). "
            "Ein Strich „–“ markiert eine Lücke: dort gibt es kein Angebot.",
            fields,
            vocabulary(session, name),
            cross_counts(session, "field", name),
        )
        for name, title in VOCABULARY_TITLES.items()
    ]
    figures.insert(1, grade_figure(session, fields))
    figures += [free_share_figure(session, fields), provider_figure(session)]
    return figures


def grade_figure(session: Session, fields: list[VocabularyTerm]) -> Figure:
    bands = [
        func.coalesce(
            func.sum(case((and_(OfferRevision.grade_from <= high, OfferRevision.grade_to >= low), 1), else_=0)), 0
        )
        for low, high in GRADE_BANDS
    ]
    rows = field_rows(session, *bands)
    values = [[int(v) for v in rows.get(f.code, [0] * len(GRADE_BANDS))] for f in fields]
    labels = [f"Klasse {low}–{high}" for low, high in GRADE_BANDS]
    title = "Angebote nach Handlungsfeld und Klassenstufe"
    description = (
        "Zahl der veröffentlichten Angebote je Handlungsfeld, die für die jeweiligen Klassenstufen geeignet sind "
        "(ein Angebot für Klasse 5–8 zählt bei 5–6 und 7–10). „–“ markiert eine Lücke."
    )
    figure = _matrix_figure(
        "feld-klassenstufe",
        title,
        description,
        fields,
        [_Column(label, label) for label in labels],
        {
            (f.code, label): v
            for f, line in zip(fields, values, strict=True)
            for label, v in zip(labels, line, strict=True)
        },
    )
    return figure


class _Column:
    def __init__(self, code: str, label: str):
        self.code, self.label = code, label


def free_share_figure(session: Session, fields: list[VocabularyTerm]) -> Figure:
    rows = field_rows(
        session,
        func.count(func.distinct(Offer.id)),
        func.coalesce(func.sum(case((OfferRevision.is_free, 1), else_=0)), 0),
    )
    table = []
    for f in fields:
        total, free = (int(v) for v in rows.get(f.code, (0, 0)))
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


def provider_figure(session: Session, top: int = 20) -> Figure:
    rows = session.execute(
        live_query(Offer.organisation_id, Organisation.name, func.count(Offer.id))
        .group_by(Offer.organisation_id, Organisation.name)
        .order_by(func.count(Offer.id).desc(), Organisation.name)
    ).all()
    table = [[name, count] for _, name, count in rows]
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
