"""Backup and restore of the whole database.

SQLite: the online backup API copies a consistent snapshot while the app keeps running and
writes the file as one self-contained database (no -wal beside it). PostgreSQL: `pg_dump
--format=custom`, one consistent snapshot too, restored with `pg_restore`. The search index is
not backed up: it is a derived cache, rebuilt with `flask search rebuild` after a restore.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, MetaData, inspect
from sqlalchemy.engine import make_url

Progress = Callable[[str], None]
_TABLE_LINE = re.compile(r"dumping contents of table|processing data for table")


class BackupError(RuntimeError):
    """The backup or restore cannot be done; the message says why (German, for the operator)."""


def sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        raise BackupError(
            "Eine SQLite-Datenbank im Arbeitsspeicher kann nicht gesichert oder wiederhergestellt werden."
        )
    return Path(database)


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()


def backup_database(engine: Engine, target: Path, progress: Progress) -> None:
    """Write a consistent copy of the database to `target` (replaced only once complete)."""
    if not target.parent.is_dir():
        raise BackupError(f"Der Ordner {target.parent} für die Sicherung fehlt.")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if engine.dialect.name == "sqlite":
            _sqlite_backup(sqlite_path(str(engine.url)), partial, progress)
        else:
            _pg_dump(engine, partial, progress)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)


def restore_database(engine: Engine, source: Path, *, force: bool, progress: Progress) -> None:
    """Replace the database's content by the backup; refuses a database with tables unless `force`."""
    if not source.is_file():
        raise BackupError(f"Sicherung {source} nicht gefunden.")
    existing = table_names(engine)
    if existing and not force:
        raise BackupError(
            f"Die Zieldatenbank ist nicht leer ({len(existing)} Tabellen). Stellen Sie in eine neue, leere "
            "Datenbank wieder her oder überschreiben Sie sie ausdrücklich mit --force."
        )
    if engine.dialect.name == "sqlite":
        engine.dispose()  # no pooled connection may keep the old file's pages
        _sqlite_restore(source, sqlite_path(str(engine.url)), progress)
    else:
        _pg_restore(engine, source, replace=bool(existing), progress=progress)
    engine.dispose()


# -- SQLite ----------------------------------------------------------------------


def _sqlite_backup(database: Path, target: Path, progress: Progress) -> None:
    if not database.is_file():
        raise BackupError(f"Datenbankdatei {database} nicht gefunden.")
    source = sqlite3.connect(f"file:{database}?mode=rw", uri=True)
    copy = sqlite3.connect(target)
    try:
        # All pages in one step: one read snapshot, so concurrent writers never restart the copy
        # (WAL mode lets them go on meanwhile).
        source.backup(copy, pages=-1, progress=lambda _status, remaining, total: _pages(progress, total, remaining))
        copy.execute("PRAGMA journal_mode=DELETE")  # one file, nothing beside it
        _check_sqlite(copy)
    finally:
        copy.close()
        source.close()


def _sqlite_restore(source: Path, database: Path, progress: Progress) -> None:
    backup = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        _check_sqlite(backup)
        database.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(database)
        try:
            backup.backup(target, pages=-1, progress=lambda _s, remaining, total: _pages(progress, total, remaining))
            target.execute("PRAGMA journal_mode=WAL")  # as the app runs it
        finally:
            target.close()
    finally:
        backup.close()


def _check_sqlite(connection: sqlite3.Connection) -> None:
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
        versioned = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Keine lesbare SQLite-Datenbank: {exc}") from exc
    if result != "ok" or versioned is None:
        raise BackupError("Die Datei ist keine vollständige Sicherung des Katalogs (Prüfung fehlgeschlagen).")


def _pages(progress: Progress, total: int, remaining: int) -> None:
    progress(f"{total - remaining}/{total} Seiten")


# -- PostgreSQL --------------------------------------------------------------------


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} wurde nicht gefunden. Installieren Sie die PostgreSQL-Client-Programme in der Version des "
            f"Servers (Debian: apt install postgresql-client-15) oder sichern Sie mit den Werkzeugen Ihres "
            f"Datenbankbetreibers. / {name} not found: install the PostgreSQL client tools."
        )
    return path


def _libpq(engine: Engine) -> tuple[str, dict]:
    """Connection URL for the PostgreSQL tools, with the password in the environment, not in `ps`."""
    url = engine.url
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None, query={})
    return plain.render_as_string(hide_password=False), environment


def _pg_dump(engine: Engine, target: Path, progress: Progress) -> None:
    total = len(table_names(engine))
    dsn, environment = _libpq(engine)
    command = [_pg_tool("pg_dump"), "--format=custom", "--verbose", f"--file={target}", f"--dbname={dsn}"]
    _run(command, environment, total, progress)


def _pg_restore(engine: Engine, source: Path, *, replace: bool, progress: Progress) -> None:
    tool = _pg_tool("pg_restore")
    # Checked before anything is dropped: a wrong file must leave the database as it was.
    listing = subprocess.run([tool, "--list", str(source)], capture_output=True, text=True, check=False)
    if listing.returncode != 0:
        raise BackupError(f"Die Datei ist keine Sicherung von pg_dump: {listing.stderr.strip()}")
    total = sum(" TABLE DATA " in line for line in listing.stdout.splitlines())
    if replace:
        # Tables the backup does not know (a newer migration) must go too, or `db upgrade` trips over them.
        metadata = MetaData()
        metadata.reflect(engine)
        metadata.drop_all(engine)
    dsn, environment = _libpq(engine)
    command = [
        tool,
        "--verbose",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        f"--dbname={dsn}",
        str(source),
    ]
    _run(command, environment, total, progress)


def _run(command: list[str], environment: dict, total: int, progress: Progress) -> None:
    """Run a PostgreSQL tool, turning its verbose output into progress lines and its errors into one message."""
    done, errors = 0, []
    with subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True) as process:
        for line in process.stderr:
            match = _TABLE_LINE.search(line.strip())
            if match:
                done += 1
                progress(f"{done}/{total} Tabellen")
            elif "error" in line.lower() or "fehler" in line.lower():
                errors.append(line.strip())
    if process.returncode != 0:
        raise BackupError("\n".join(errors) or f"{Path(command[0]).name} endete mit Code {process.returncode}.")
