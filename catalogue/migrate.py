"""Run Alembic migrations on an engine (used by the CLI and the tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from catalogue.db import write_intent
from catalogue.paths import ROOT

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako, ~10 MB) is imported inside the functions: the CLI that registers these
# commands is part of every app, and web workers never migrate.


def alembic_config(connection) -> Config:
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["connection"] = connection
    return config


@contextmanager
def _foreign_keys_deferred(connection: Connection) -> Iterator[None]:
    """SQLite: foreign keys off while migrating, checked afterwards (SQLite's own procedure).

    Batch migrations rebuild a table by copy, drop and rename; with foreign keys on,
    dropping a table that other rows point at fails. The pragma only takes effect
    outside a transaction, so it goes to the driver before SQLAlchemy begins one.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
        broken = raw.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"Migration broke foreign keys: {broken[:5]}")
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    token = write_intent.set(True)
    try:
        with engine.connect() as connection, _foreign_keys_deferred(connection):
            command.upgrade(alembic_config(connection), revision)
            connection.commit()
    finally:
        write_intent.reset(token)


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    with engine.connect() as connection, _foreign_keys_deferred(connection):
        command.downgrade(alembic_config(connection), revision)
        connection.commit()


def revision(engine: Engine, message: str) -> None:
    from alembic import command

    with engine.connect() as connection:
        command.revision(alembic_config(connection), message=message, autogenerate=True)
