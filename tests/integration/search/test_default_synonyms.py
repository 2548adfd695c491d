"""The shipped synonym list reaches an existing installation without undoing the office's edits."""

from __future__ import annotations

from sqlalchemy import delete, select

from catalogue.audit import AuditAction, AuditEvent
from catalogue.search.defaults import add_default_synonyms, seeded_digests
from catalogue.search.models import Synonym
from catalogue.search.services import create_synonym, delete_synonym, update_synonym
from catalogue.seeding import seed_reference_data
from search_index import DEFAULT_SYNONYMS
from tests.factories import make_user


def expansions(db, term: str) -> str | None:
    db.expire_all()
    return db.scalar(select(Synonym.expansions).where(Synonym.term == term))


def test_a_new_default_reaches_a_list_that_is_not_empty(db):
    assert add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse"]}) == 1
    assert expansions(db, "zwiebelchen") == "gemüse"


def test_a_default_still_as_seeded_is_brought_up_to_date(db):
    add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse"]})
    add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse", "lauch"]})
    assert expansions(db, "zwiebelchen") == "gemüse, lauch"


def test_a_default_the_office_edited_is_not_overwritten(db):
    admin = make_user(db, office_role="admin")
    row = db.scalar(select(Synonym).where(Synonym.term == "kippe"))
    update_synonym(db, actor=admin, synonym_id=row.id, term="kippe", expansions="Tabak")
    add_default_synonyms(db, defaults={"kippe": ["tabak", "rauchen", "zigarette"]})
    assert expansions(db, "kippe") == "Tabak"


def test_a_default_the_office_deleted_is_not_added_again(db):
    admin = make_user(db, office_role="admin")
    delete_synonym(db, actor=admin, synonym_id=db.scalar(select(Synonym.id).where(Synonym.term == "ritzen")))
    add_default_synonyms(db, defaults={"ritzen": ["selbstverletzung", "svv"]})
    assert expansions(db, "ritzen") is None


def test_a_term_the_office_created_itself_is_left_alone(db):
    admin = make_user(db, office_role="admin")
    create_synonym(db, actor=admin, term="zwiebelchen", expansions="Knolle")
    assert add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse"]}) == 0
    assert expansions(db, "zwiebelchen") == "Knolle"


def test_a_seeded_entry_removed_without_the_office_pages_stays_removed(db):
    add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse"]})
    db.execute(delete(Synonym).where(Synonym.term == "zwiebelchen"))
    assert add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse", "lauch"]}) == 0
    assert expansions(db, "zwiebelchen") is None


def test_a_seeded_entry_changed_outside_the_office_pages_is_not_overwritten(db):
    add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse"]})
    db.scalar(select(Synonym).where(Synonym.term == "zwiebelchen")).expansions = "Knolle"
    db.flush()
    add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse", "lauch"]})
    assert expansions(db, "zwiebelchen") == "Knolle"


def test_an_entry_seeded_before_digests_were_kept_is_updated_while_untouched(db):
    db.add(Synonym(term="zwiebelchen", expansions="gemüse"))  # as the old empty-list seeding left it
    db.flush()
    add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse", "lauch"]})
    assert expansions(db, "zwiebelchen") == "gemüse, lauch"


def test_each_run_that_writes_records_one_event_with_a_digest_per_entry(db):
    before = len(db.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.SYNONYM_DEFAULTS_ADDED)).all())
    add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse"], "knöllchen": ["lauch"]})
    add_default_synonyms(db, defaults={"zwiebelchen": ["gemüse"], "knöllchen": ["lauch"]})
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.SYNONYM_DEFAULTS_ADDED)).all()
    assert len(events) == before + 1
    assert {"zwiebelchen", "knöllchen"} <= set(seeded_digests(db))


def test_the_whole_shipped_list_is_seeded_and_upgrading_again_adds_nothing(db):
    assert seed_reference_data(db) == 0
    assert set(DEFAULT_SYNONYMS) <= set(seeded_digests(db))
