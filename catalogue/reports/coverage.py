"""Coverage: what the catalogue offers today, where, for whom — and where nothing is (gaps).

All counts are of publicly listed offers (live listing, valid seal). Two queries load the
live offers and their terms; the cross tables are counted in Python from those rows, which
at 10,000 offers is several times faster than one self-join of the term table per matrix.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from catalogue.offers.models import Offer, OfferRevision, RevisionTerm
from catalogue.offers.queries import live_query
from catalogue.providers.models import Organisation
from catalogue.reports import charts
from catalogue.reports.figures import Figure
from catalogue.vocabularies.models import VocabularyTerm

GRADE_BANDS = ((1, 4), (5, 6), (7, 10), (11, 13))
VOCABULARY_TITLES = {"district": "Einsatzgebiet", "audience": "Zielgruppe"}


@dataclass
class LiveOfferFacts:
    provider: str
    is_free: bool
    grade_from: int | None
    grade_to: int | None
    terms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # vocabulary → codes


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


def join_term(query, vocabulary_name: str):
    """Join one vocabulary's terms of the live revision (an offer with two terms counts in both)."""
    link, term = aliased(RevisionTerm), aliased(VocabularyTerm)
    query = query.join(link, link.revision_id == Offer.live_revision_id).join(
        term, and_(term.id == link.term_id, term.vocabulary == vocabulary_name)
    )
    return query, term


def live_offer_facts(session: Session, vocabularies=("field", "district", "audience")) -> list[LiveOfferFacts]:
    rows = session.execute(
        live_query(
            Offer.live_revision_id,
            Organisation.name,
            OfferRevision.is_free,
            OfferRevision.grade_from,
            OfferRevision.grade_to,
        )
    ).all()
    facts = {revision_id: LiveOfferFacts(name, free, low, high) for revision_id, name, free, low, high in rows}
    names = {
        term_id: (name, code)
        for term_id, name, code in session.execute(
            select(VocabularyTerm.id, VocabularyTerm.vocabulary, VocabularyTerm.code).where(
                VocabularyTerm.vocabulary.in_(vocabularies)
            )
        )
    }
    # Terms of all revisions, kept only for live ones here: cheaper than a join or IN filter in SQL.
    links = session.execute(
        select(RevisionTerm.revision_id, RevisionTerm.term_id).where(RevisionTerm.term_id.in_(names))
    )
    for revision_id, term_id in links:
        if revision_id in facts:
            name, code = names[term_id]
            facts[revision_id].terms[name].add(code)
    return list(facts.values())


def cross_counts(offers: list[LiveOfferFacts], second: str) -> Counter:
    """Live offers per (Handlungsfeld, term of `second`)."""
    return Counter((f, s) for offer in offers for f in offer.terms["field"] for s in offer.terms[second])


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
    fields, offers = vocabulary(session, "field"), live_offer_facts(session)
    figures = [
        _matrix_figure(
            f"feld-{name}",
            f"Angebote nach Handlungsfeld und {title}",
            f"Zahl der veröffentlichten Angebote je Handlungsfeld (Zeilen) und {title} (Spalten). "
            "Ein Strich „–“ markiert eine Lücke: dort gibt es kein Angebot.",
            fields,
            vocabulary(session, name),
            cross_counts(offers, name),
        )
        for name, title in VOCABULARY_TITLES.items()
    ]
    figures.insert(1, grade_figure(offers, fields))
    return [*figures, free_share_figure(offers, fields), provider_figure(offers)]


def grade_figure(offers: list[LiveOfferFacts], fields: list[VocabularyTerm]) -> Figure:
    bands = [Column(f"{low}-{high}", f"Klasse {low}–{high}") for low, high in GRADE_BANDS]
    counts = Counter(
        (f, band.code)
        for offer in offers
        if offer.grade_from is not None and offer.grade_to is not None
        for f in offer.terms["field"]
        for band, (low, high) in zip(bands, GRADE_BANDS, strict=True)
        if offer.grade_from <= high and offer.grade_to >= low
    )
    return _matrix_figure(
        "feld-klassenstufe",
        "Angebote nach Handlungsfeld und Klassenstufe",
        "Zahl der veröffentlichten Angebote je Handlungsfeld, die für die jeweiligen Klassenstufen geeignet sind "
        "(ein Angebot für Klasse 5–8 zählt bei 5–6 und 7–10). „–“ markiert eine Lücke.",
        fields,
        bands,
        counts,
    )


def free_share_figure(offers: list[LiveOfferFacts], fields: list[VocabularyTerm]) -> Figure:
    total = Counter(f for offer in offers for f in offer.terms["field"])
    free = Counter(f for offer in offers if offer.is_free for f in offer.terms["field"])
    table = [
        [f.label, total[f.code], free[f.code], round(100 * free[f.code] / total[f.code]) if total[f.code] else 0]
        for f in fields
    ]
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


def provider_figure(offers: list[LiveOfferFacts], top: int = 20) -> Figure:
    counts = Counter(offer.provider for offer in offers)
    table = [[name, count] for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
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
