"""Alembic environment: runs on a connection handed in by `catalogue.migrate`,
or on DATABASE_URL when called through the alembic command line."""

from __future__ import annotations

from alembic import context

from catalogue.models import metadata

config = context.config


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    from catalogue import create_app
    from catalogue.db import make_engine

    app = create_app()
    with make_engine(app.config["DATABASE_URL"]).connect() as connection:
        run_migrations(connection)
        connection.commit()


main()
