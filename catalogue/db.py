"""Database engine per app, one session per request, SQLite pragmas and write locking."""

from __future__ import annotations

import contextvars
import zlib

from flask import Flask, current_app, g, request
from sqlalchemy import Engine, create_engine, event, func, select, text, update
from sqlalchemy.orm import Session

from catalogue.errors import StaleEdit
from catalogue.secretbox import attach_key

# Whether the next transaction will write. SQLite write transactions start with
# BEGIN IMMEDIATE: with several gunicorn workers, a deferred transaction that reads and
# then writes fails with "database is locked" instead of waiting for the lock.
write_intent: contextvars.ContextVar[bool] = contextvars.ContextVar("write_intent", default=True)

SQLITE_BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Take transaction control away from the driver so that BEGIN is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write_intent.get() else "BEGIN")


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    attach_key(engine, app.config["MFA_SECRET_KEY"] or app.config["SECRET_KEY"])
    app.extensions["db_engine"] = engine
    app.extensions.setdefault("db_session_factory", lambda: Session(engine, expire_on_commit=False))
    app.extensions["after_commit"] = []

    @app.before_request
    def _declare_intent():
        write_intent.set(request.method not in {"GET", "HEAD", "OPTIONS"})

    @app.teardown_appcontext
    def _close_session(_exc):
        session = g.pop("db_session", None)
        if session is not None:
            session.close()


def compare_and_set(session: Session, model, row_id: int, expected_version: int, **values) -> None:
    """Optimistic lock: advance the row's version (and set `values`) only if nobody changed it meanwhile.

    Of two requests that read the same version only one wins, the other gets StaleEdit;
    this also serialises double-clicks.
    """
    result = session.execute(
        update(model)
        .where(model.id == row_id, model.version == expected_version)
        .values(**values, version=model.version + 1)
    )
    if result.rowcount != 1:
        raise StaleEdit()
    session.expire_all()


def claim_job(session: Session, name: str) -> bool:
    """Whether this transaction may run the job `name`, which no single row stands for (e.g. a digest).

    PostgreSQL: a transaction-level advisory lock, so of several jobs processes (one per node)
    one runs it and the others skip it this round. SQLite: the jobs' write transaction
    (BEGIN IMMEDIATE) already keeps every other writer out.
    """
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(session.scalar(select(func.pg_try_advisory_xact_lock(zlib.crc32(name.encode())))))


def get_engine() -> Engine:
    return current_app.extensions["db_engine"]


def get_session() -> Session:
    """The session of the current request or command, created on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["db_session_factory"]()
    return g.db_session


def refresh_statistics() -> None:
    """After a bulk load: PostgreSQL's planner statistics now, not when autovacuum gets to
    them (until then it took 10,000 freshly imported live offers for 15 and looked up the
    twenty offers of a search page through the listing index: 3 ms instead of 0.3 ms)."""
    session = get_session()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ANALYZE"))


def commit() -> None:
    """The one commit of a request or command, followed by the after-commit work."""
    session = get_session()
    session.commit()
    for callback in current_app.extensions["after_commit"]:
        try:
            callback(session)
        except Exception:  # best effort: the user's change is already saved
            current_app.logger.exception("after-commit task %s failed", callback.__name__)
