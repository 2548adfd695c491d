"""Run Alembic migrations on an engine (used by the CLI and the tests)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from catalogue.db import write_intent
from catalogue.paths import ROOT


def alembic_config(connection) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    token = write_intent.set(True)
    try:
        with engine.connect() as connection:
            command.upgrade(alembic_config(connection), revision)
            connection.commit()
    finally:
        write_intent.reset(token)


def downgrade(engine: Engine, revision: str = "base") -> None:
    with engine.connect() as connection:
        command.downgrade(alembic_config(connection), revision)
        connection.commit()


def revision(engine: Engine, message: str) -> None:
    with engine.connect() as connection:
        command.revision(alembic_config(connection), message=message, autogenerate=True)
