"""Bridge between the database and the search index: documents, sync, rebuild, check.

Every service that may change what the public sees calls `record_search_change`
(catalogue/changefeed.py) in the same transaction. `sync_index` applies the feed in
sequence order, re-reading each named offer and upserting its document (publicly listed)
or deleting it (anything else). The index remembers the last sequence applied, so sync is idempotent and every machine's
index can follow the same feed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time
from decimal import Decimal

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.changefeed import PARTNER_KEY_BASE, SearchChange, is_partner_key, latest_seq, partner_key
from catalogue.clock import utcnow
from catalogue.db import write_intent
from catalogue.offers.models import Offer, OfferRevision
from catalogue.offers.queries import live_query, terms_by_revision
from catalogue.partners.queries import PartnerListing, listed_by_ids
from catalogue.providers.models import Organisation
from catalogue.vocabularies.registry import VOCABULARY_REGISTRY
from search_index import FACET_FIELDS, PROVENANCE_FIELD, DriftReport, OfferDocument, SearchIndex, SearchIndexError

log = logging.getLogger(__name__)
SYNC_BATCH = 500
REBUILD_BATCH = 2_000
OWN = "eigene"  # provenance of this catalogue's own offers
PARTNERS = "partner"  # provenance of every partner offer, beside its partner's own code
AFTER_COMMIT_LOCK_TIMEOUT = 0.5  # seconds: a busy index never slows a user's request for long
TOPIC_VOCABULARIES = ("field", "topic")
# Indexed as the weighted "labels" text field. Not the districts: "Zentrum", "Nord"
# are everyday words of offer names ("Beratungszentrum") and are understood as a
# filter when typed (catalogue/search/understanding.py).
LABEL_VOCABULARIES = tuple(
    v.name for v in VOCABULARY_REGISTRY if v.name not in TOPIC_VOCABULARIES and v.name != "district"
)
BODY_FIELDS = (
    "description",
    "goals",
    "theory",
    "need",
    "staff_qualification",
    "requirements",
    "preparation",
    "curriculum_link",
    "evaluation_summary",
    "accessibility_note",
)


def documents_for(session: Session, keys: list[int] | None = None) -> dict[int, OfferDocument]:
    """Documents of the publicly listed offers and shown partner offers among the
    document `keys` (all when None), keyed like the change feed."""
    own = None if keys is None else [key for key in keys if not is_partner_key(key)]
    partner = None if keys is None else [key for key in keys if is_partner_key(key)]
    return {**_own_documents(session, own), **_partner_documents(session, partner)}


def _own_documents(session: Session, offer_ids: list[int] | None) -> dict[int, OfferDocument]:
    query = live_query(Offer, OfferRevision, Organisation.name)
    if offer_ids is not None:
        query = query.where(Offer.id.in_(offer_ids))
    return _documents_of(session, session.execute(query.order_by(Offer.id)).all())


def _documents_of(session: Session, rows) -> dict[int, OfferDocument]:
    """Documents of (offer, live revision, provider name) rows, their terms read in one query."""
    terms = terms_by_revision(session, [revision.id for _, revision, _ in rows])
    return {offer.id: _document(offer.id, revision, provider, terms[revision.id]) for offer, revision, provider in rows}


def _document(offer_id: int, revision, provider: str, terms) -> OfferDocument:
    codes = {name: tuple(t.code for t in terms.get(name, [])) for name in FACET_FIELDS}  # same names
    codes[PROVENANCE_FIELD] = (OWN,)
    topics = [t.label for vocabulary in TOPIC_VOCABULARIES for t in terms.get(vocabulary, [])]
    labels = [t.label for vocabulary in LABEL_VOCABULARIES for t in terms.get(vocabulary, [])]
    approved = revision.decided_at or datetime.combine(revision.seal_awarded_on or utcnow().date(), time(), tzinfo=UTC)
    return OfferDocument(
        id=offer_id,
        title=revision.title,
        approved_at=approved,
        summary=revision.summary,
        body="\n\n".join(getattr(revision, name) for name in BODY_FIELDS if getattr(revision, name)),
        topics_text=" ".join(topics),
        labels="\n".join(labels),
        provider=provider,
        grade_from=revision.grade_from,
        grade_to=revision.grade_to,
        age_from=revision.age_from,
        age_to=revision.age_to,
        is_free=revision.is_free,
        cost_cents=None
        if revision.is_free or revision.cost_amount is None
        else int(Decimal(revision.cost_amount) * 100),
        **codes,
    )


def _partner_documents(session: Session, keys: list[int] | None) -> dict[int, OfferDocument]:
    if keys == []:
        return {}
    ids = None if keys is None else [key - PARTNER_KEY_BASE for key in keys]
    return {partner_key(item.offer.id): _partner_document(item) for item in listed_by_ids(session, ids)}


def _partner_document(item: PartnerListing) -> OfferDocument:
    """A partner offer in the same index: its own key, its provenance, our codes where known."""
    offer = item.offer
    topics = [label for vocabulary in TOPIC_VOCABULARIES for label in item.labels.get(vocabulary, [])]
    labels = [label for vocabulary in LABEL_VOCABULARIES for label in item.labels.get(vocabulary, [])]
    codes = {name: tuple(item.codes.get(name, [])) for name in FACET_FIELDS}
    codes[PROVENANCE_FIELD] = (PARTNERS, item.partner.origin_code)
    return OfferDocument(
        id=partner_key(offer.id),
        title=offer.title,
        approved_at=offer.fetched_at,
        summary=offer.summary,
        body=offer.description,
        topics_text=" ".join(topics + item.other_terms),
        labels="\n".join(labels),
        provider=f"{offer.provider_name} {item.partner.label}".strip(),
        grade_from=offer.grade_from,
        grade_to=offer.grade_to,
        age_from=offer.age_from,
        age_to=offer.age_to,
        is_free=offer.is_free,
        cost_cents=None if offer.is_free or offer.cost_amount is None else int(Decimal(offer.cost_amount) * 100),
        **codes,
    )


def sync_index(session: Session, index: SearchIndex) -> int:
    """Apply the change feed after the index's last sequence; returns the changes applied."""
    applied = 0
    while True:
        changes = session.execute(
            select(SearchChange.seq, SearchChange.offer_id)
            .where(SearchChange.seq > index.last_seq)
            .order_by(SearchChange.seq)
            .limit(SYNC_BATCH)
        ).all()
        if not changes:
            return applied
        keys = sorted({key for _, key in changes})
        documents = documents_for(session, keys)
        deletes = [key for key in keys if key not in documents]
        index.apply(changes[-1].seq, documents.values(), deletes)
        applied += len(changes)


def rebuild_index(session: Session, index: SearchIndex, progress: Callable[[int], None] | None = None) -> int:
    """Build a fresh index beside the live one and swap it in; search keeps working meanwhile."""
    seq = latest_seq(session)  # read first: changes made during the build are applied by the next sync
    return index.rebuild(_all_documents(session), progress, seq=seq)


def _all_documents(session: Session) -> Iterator[OfferDocument]:
    """Every document, own offers read REBUILD_BATCH at a time: one query for all
    100,000 offers' vocabulary terms would bind more parameters than SQLite allows."""
    after = 0
    while True:
        query = live_query(Offer, OfferRevision, Organisation.name).where(Offer.id > after)
        rows = session.execute(query.order_by(Offer.id).limit(REBUILD_BATCH)).all()
        if not rows:
            break
        yield from _documents_of(session, rows).values()
        after = rows[-1][0].id
    yield from _partner_documents(session, None).values()


def refresh_index(session: Session, index: SearchIndex, progress: Callable[[int], None] | None = None) -> str:
    """Rebuild a new or outdated index, otherwise apply the feed; says which it did."""
    if index.needs_rebuild:
        return f"neu aufgebaut: {rebuild_index(session, index, progress)} Angebote"
    return f"{sync_index(session, index)} Änderungen übernommen"


def merge_index(index: SearchIndex, *, full: bool = False) -> str:
    """Merge the small segments that writes leave behind (all segments with ``full``);
    writes never merge, so a request never waits for it. Says what it did."""
    before, after = index.merge_segments(full=full)
    return f"Segmente {before} → {after}" if after != before else ""


def check_index(session: Session, index: SearchIndex) -> DriftReport:
    expected = {document.id: document.fingerprint() for document in _all_documents(session)}
    return index.check(expected)


def open_index(app: Flask, lock_timeout: float = 2.0) -> SearchIndex:
    """This process's index handle (readers reopen only when the index changed)."""
    handles = app.extensions.setdefault("search_indexes", {})
    if lock_timeout not in handles:
        handles[lock_timeout] = SearchIndex(app.config["SEARCH_INDEX_DIR"], lock_timeout=lock_timeout)
    return handles[lock_timeout]


def sync_after_commit(app: Flask, session: Session) -> None:
    """Best effort right after a commit; a busy or broken index is healed by the jobs loop."""
    if not session.info.pop("search_changed", False):
        return
    token = write_intent.set(False)  # only reads: never hold SQLite's write lock while Whoosh commits
    try:
        index = open_index(app, AFTER_COMMIT_LOCK_TIMEOUT)
        if not index.needs_rebuild:  # a full rebuild is the jobs loop's work, not a request's
            sync_index(session, index)
        session.rollback()  # end the read transaction
    except (SearchIndexError, OSError) as exc:
        session.rollback()
        log.warning("search sync after commit skipped: %s", exc)
    finally:
        write_intent.reset(token)
