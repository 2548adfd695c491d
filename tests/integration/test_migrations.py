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


def test_monthly_feedback_sums_are_filled_from_existing_feedback(scratch_url):
    """Revision 0009 sums the feedback already there, by German month (23:30 UTC on 31 March is April)."""
    engine = make_engine(scratch_url)
    utc = "+00" if engine.dialect.name == "postgresql" else ""  # SQLite stores UTC without an offset
    migrate.downgrade(engine, "0006")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisation (slug, name, legal_form, org_type, description, website, email, phone,"
                " street, postcode, city, created_at, updated_at, version, public_id) VALUES"
                " ('alt', 'Alt e. V.', '', 'verein', '', '', 'a@b.example', '', '', '', '',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'org-alt')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO offer (ref, organisation_id, listing, listing_reason, created_at, updated_at, version,"
                " public_id) SELECT 'eins', id, 'unlisted', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'offer-eins'"
                " FROM organisation"
            )
        )
        for created, status in (("2026-03-31 23:30:00", "approved"), ("2026-04-02 08:00:00", "pending")):
            connection.execute(
                text(
                    "INSERT INTO offer_feedback (offer_id, created_at, school_type, grade, held_in, rating_fit,"
                    " rating_organisation, rating_content, would_book_again, comment, flags, status, reply,"
                    " reply_status) SELECT id, :created, 'gymnasium', 7, '2026-03-01', 5, 4, 3, :again, '', '',"
                    " :status, '', '' FROM offer"
                ),
                {"created": created + utc, "status": status, "again": True},
            )
    migrate.upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT received, counted, sum_fit, sum_organisation, sum_content, again FROM feedback_month")
        ).all()
        connection.execute(text("DELETE FROM offer"))
        connection.execute(text("DELETE FROM organisation"))
        connection.commit()
    engine.dispose()
    assert [tuple(row) for row in rows] == [(2, 1, 5, 4, 3, 1)]
