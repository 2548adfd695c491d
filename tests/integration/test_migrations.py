"""The migrations produce exactly the models' schema, and downgrade cleanly."""

from __future__ import annotations

import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from catalogue import migrate
from catalogue.db import make_engine
from catalogue.models import metadata
from tests.conftest import aux_url


@pytest.fixture(scope="module")
def scratch_url(database_url, tmp_path_factory):
    return aux_url(database_url, "migrations", tmp_path_factory)


def test_upgraded_schema_matches_the_models(scratch_url):
    engine = make_engine(scratch_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, metadata)
    engine.dispose()
    assert differences == []


def test_downgrade_to_base_removes_every_table_and_upgrade_restores_them(scratch_url):
    engine = make_engine(scratch_url)
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    engine.dispose()  # a fresh engine: SQLite caches the old schema per connection
    engine = make_engine(scratch_url)
    assert set(metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_event SET action = 'forged'",
        "DELETE FROM audit_event",
    ],
)
def test_database_refuses_to_change_audit_events(db, statement):
    db.execute(
        text("INSERT INTO audit_event (created_at, action, details) VALUES (CURRENT_TIMESTAMP, 'offer.approved', '{}')")
    )
    nested = db.begin_nested()
    with pytest.raises(DBAPIError, match="append-only"):
        db.execute(text(statement))
    nested.rollback()


def test_public_ids_are_backfilled_once_and_distinct(scratch_url):
    """Revision 0005 gives every existing offer and organisation its own UUID (HSDS ids)."""
    engine = make_engine(scratch_url)
    migrate.downgrade(engine, "0002")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisation (slug, name, legal_form, org_type, description, website, email, phone,"
                " street, postcode, city, created_at, updated_at, version) VALUES"
                " ('alt', 'Alt e. V.', '', 'verein', '', '', 'a@b.example', '', '', '', '',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
            )
        )
        for ref in ("eins", "zwei", "drei"):
            connection.execute(
                text(
                    "INSERT INTO offer (ref, organisation_id, listing, listing_reason, created_at, updated_at, version)"
                    " SELECT :ref, id, 'unlisted', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1 FROM organisation"
                ),
                {"ref": ref},
            )
    migrate.upgrade(engine)
    with engine.connect() as connection:
        offer_ids = connection.execute(text("SELECT public_id FROM offer")).scalars().all()
        organisation_ids = connection.execute(text("SELECT public_id FROM organisation")).scalars().all()
        connection.execute(text("DELETE FROM offer"))
        connection.execute(text("DELETE FROM organisation"))
        connection.commit()
    engine.dispose()
    assert len(offer_ids) == len(set(offer_ids)) == 3 and len(organisation_ids) == 1
    assert all(uuid.UUID(value) for value in [*offer_ids, *organisation_ids])
