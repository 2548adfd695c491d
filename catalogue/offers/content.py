"""An offer revision's content as a plain dict (the keys of offers/spec.py, as in the exchange format)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from catalogue.offers.models import OfferRevision, RevisionTerm
from catalogue.offers.queries import Term, terms_by_revision
from catalogue.offers.spec import CODE_FIELDS, COLUMN_FIELDS, CONTENT_FIELDS, TEXT_KINDS
from catalogue.vocabularies.models import VocabularyTerm


def content_of(revision: OfferRevision, terms: dict[str, list[Term]]) -> dict:
    content = {name: getattr(revision, name) for name in COLUMN_FIELDS}
    for key, vocabulary in CODE_FIELDS.items():
        content[key] = [term.code for term in terms.get(vocabulary, [])]
    return content


def read_content(session: Session, revision: OfferRevision) -> dict:
    return content_of(revision, terms_by_revision(session, [revision.id])[revision.id])


def write_content(session: Session, revision: OfferRevision, content: dict) -> None:
    """Set columns and vocabulary links of a revision from a content dict."""
    for name in COLUMN_FIELDS:
        if name in content:
            setattr(revision, name, content[name])
    if revision.is_free:
        revision.cost_amount, revision.cost_unit = None, None
    session.execute(delete(RevisionTerm).where(RevisionTerm.revision_id == revision.id))
    wanted = [(CODE_FIELDS[key], code) for key in CODE_FIELDS for code in content.get(key, [])]
    if wanted:
        ids = {
            (t.vocabulary, t.code): t.id
            for t in session.scalars(
                select(VocabularyTerm).where(VocabularyTerm.vocabulary.in_({v for v, _ in wanted}))
            )
        }
        session.add_all(
            RevisionTerm(revision_id=revision.id, term_id=ids[pair]) for pair in dict.fromkeys(wanted) if pair in ids
        )
    session.flush()


def normalised(content: dict) -> dict:
    """Content with every key present and comparable values (for change detection)."""
    result = {}
    for spec in CONTENT_FIELDS:
        value = content.get(spec.name)
        if spec.kind == "codes":
            value = sorted(value or [])
        elif spec.kind in TEXT_KINDS:
            value = (value or "").strip()
        elif spec.kind == "number" and value is not None:
            value = float(value)
        result[spec.name] = value
    if result.get("is_free"):
        result["cost_amount"], result["cost_unit"] = None, None
    return result


def changed_fields(old: dict, new: dict) -> list[str]:
    a, b = normalised(old), normalised(new)
    return [name for name in a if a[name] != b[name]]
