"""Flask commands: database, reference data, accounts, import/export, demo, periodic jobs."""

from __future__ import annotations

import sys
import time

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from catalogue import db, migrate
from catalogue import demo as demo_data
from catalogue.accounts.services import create_user
from catalogue.clock import today, utcnow
from catalogue.errors import ValidationFailed
from catalogue.exchange.dump import export_lines
from catalogue.exchange.load import import_catalogue
from catalogue.exchange.validate import ExchangeError
from catalogue.hsds.ids import Links
from catalogue.hsds.package import collect_rows, write_package
from catalogue.hsds.unpack import import_package
from catalogue.jobs import preview_jobs, run_jobs
from catalogue.policy import policy_from_config
from catalogue.search.indexing import check_index, merge_index, open_index, rebuild_index, refresh_index
from catalogue.seeding import seed_reference_data

database = AppGroup("db", help="Datenbank-Migrationen (Alembic).")
catalogue_cli = AppGroup("catalogue", help="Katalog importieren und exportieren.")
search_cli = AppGroup("search", help="Suchindex abgleichen, neu aufbauen, prüfen.")


def _progress(label: str):
    """A progress callback printing 'label: done/total' on one line."""
    interactive = sys.stderr.isatty()

    def report(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            end = done == total or not interactive
            click.echo(f"{chr(13) if interactive else ''}{label}: {done}/{total}", nl=end, err=True)

    return report


@database.command("upgrade")
@click.option("--revision", default="head")
def db_upgrade(revision: str) -> None:
    """Bring the schema up to date and add missing reference data."""
    migrate.upgrade(db.get_engine(), revision)
    added = seed_reference_data(db.get_session())
    db.commit()
    click.echo(f"Datenbank aktuell; {added} Stammdaten ergänzt.")


@database.command("downgrade")
@click.option("--revision", default="-1")
def db_downgrade(revision: str) -> None:
    migrate.downgrade(db.get_engine(), revision)


@database.command("revision")
@click.argument("message")
def db_revision(message: str) -> None:
    """Autogenerate a migration from the models."""
    migrate.revision(db.get_engine(), message)


@click.command("create-admin")
@with_appcontext
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.password_option("--password", help="Mindestens 10 Zeichen.")
def create_admin(email: str, name: str, password: str) -> None:
    """Create an admin account of the coordination office (the first one, typically)."""
    try:
        create_user(db.get_session(), email=email, name=name, password=password, office_role="admin")
    except ValidationFailed as exc:
        raise click.ClickException(exc.message) from exc
    db.commit()
    click.echo(f"Admin-Konto {email} angelegt.")


FORMAT_OPTION = click.option(
    "--format",
    "file_format",
    type=click.Choice(["jsonl", "hsds"]),
    default="jsonl",
    show_default=True,
    help="jsonl: das Austauschformat (docs/import-format.md); hsds: HSDS-3.0-Datenpaket (zip mit CSV).",
)


@catalogue_cli.command("import")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@FORMAT_OPTION
@click.option("--rebase-dates", is_flag=True, help="Alle Datumsangaben auf heute verschieben (nur jsonl).")
def catalogue_import(path: str, file_format: str, rebase_dates: bool) -> None:
    """Import providers and offers from a JSON Lines file or an HSDS package (all or nothing)."""
    session = db.get_session()
    try:
        if file_format == "hsds":
            providers, offers = import_package(session, path, today=today(), progress=_progress("Import"))
        else:
            with click.open_file(path, "r", encoding="utf-8") as lines:
                providers, offers = import_catalogue(
                    session, lines, progress=_progress("Import"), rebase_to=today() if rebase_dates else None
                )
    except (ExchangeError, OSError) as exc:
        for error in getattr(exc, "errors", [str(exc)]):
            click.echo(error, err=True)
        click.echo("Nichts importiert.", err=True)
        sys.exit(1)
    db.commit()
    click.echo(f"{providers} Träger und {offers} Angebote importiert.")


@catalogue_cli.command("export")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@FORMAT_OPTION
def catalogue_export(path: str, file_format: str) -> None:
    """Export the whole catalogue as JSON Lines, or the published offers as an HSDS package."""
    if file_format == "hsds":
        policy = policy_from_config(current_app.config)
        links = Links(policy.base_url, current_app.config["REGION_STATE"])
        rows = collect_rows(db.get_session(), links, office_email=policy.office_email, progress=_progress("Export"))
        counts = write_package(path, rows, created=utcnow(), links=links)
        click.echo(", ".join(f"{name}: {count}" for name, count in counts.items()), err=True)
        return
    count = 0
    with click.open_file(path, "w", encoding="utf-8") as target:
        for line in export_lines(db.get_session(), today=today()):
            target.write(line + "\n")
            count += 1
    click.echo(f"{count} Datensätze exportiert.", err=True)


@click.command("demo")
@with_appcontext
def demo() -> None:
    """Load the demo catalogue and demo accounts into an empty database; print the logins."""
    if current_app.config["APP_ENV"] == "production":
        raise click.ClickException("Die Demo-Daten und -Zugänge (mit bekanntem Passwort) sind in Produktion gesperrt.")
    session = db.get_session()
    if demo_data.catalogue_is_empty(session):
        providers, offers = demo_data.load_demo(session, today(), progress=_progress("Demo-Katalog"))
        db.commit()
        click.echo(f"Demo-Katalog geladen: {providers} Träger, {offers} Angebote.")
    else:
        demo_data.create_demo_accounts(session)
        db.commit()
    click.echo(f"Demo-Zugänge (Passwort für alle: {demo_data.DEMO_PASSWORD}):")
    for line in demo_data.describe_accounts(session):
        click.echo(line)


@click.command("jobs")
@with_appcontext
@click.option("--once", is_flag=True, help="Einmal ausführen statt in einer Schleife.")
@click.option("--dry-run", is_flag=True, help="Nur anzeigen, was ablaufen und wer erinnert würde.")
def jobs(once: bool, dry_run: bool) -> None:
    """Run the periodic jobs (idempotent): expiry, renewal reminders, mail, clean-ups."""
    if dry_run:
        for name, titles in preview_jobs(current_app._get_current_object()).items():
            click.echo(f"{name}: {len(titles)}")
            for title in titles:
                click.echo(f"  – {title}")
        return
    while True:
        try:
            for name, result in run_jobs(current_app._get_current_object()).items():
                if result:
                    click.echo(f"{name}: {result}")
        except Exception:  # one bad run must not stop expiry, reminders and sync for good
            current_app.logger.exception("periodic jobs failed; trying again next round")
            if once:
                raise
        if once:
            return
        time.sleep(current_app.config["JOBS_INTERVAL_SECONDS"])


@search_cli.command("sync")
def search_sync() -> None:
    """Apply the change feed to the index (a new or outdated index is rebuilt)."""
    click.echo("Suchindex " + refresh_index(db.get_session(), open_index(current_app), _counter("Aufbau")))


@search_cli.command("rebuild")
def search_rebuild() -> None:
    """Build a fresh index beside the live one and swap it in."""
    count = rebuild_index(db.get_session(), open_index(current_app), _counter("Aufbau"))
    click.echo(f"Suchindex neu aufgebaut: {count} Angebote.")


@search_cli.command("optimize")
def search_optimize() -> None:
    """Merge all index segments into one (holds the index writer meanwhile)."""
    # Waits up to a minute for a running write; writes wait for it in turn and are
    # caught up by the jobs loop if they give up.
    outcome = merge_index(open_index(current_app, lock_timeout=60), full=True)
    click.echo(f"Suchindex zusammengefasst: {outcome}." if outcome else "Suchindex ist bereits zusammengefasst.")


@search_cli.command("check")
def search_check() -> None:
    """Compare index and database; exit 1 on drift."""
    report = check_index(db.get_session(), open_index(current_app))
    for name, ids in (("fehlend", report.missing), ("verwaist", report.orphaned), ("veraltet", report.stale)):
        click.echo(f"{name}: {len(ids)}" + (f" (Angebote {', '.join(map(str, ids[:20]))})" if ids else ""))
    if not report.ok:
        sys.exit(1)
    click.echo("Suchindex stimmt mit der Datenbank überein.")


def _counter(label: str):
    def report(done: int) -> None:
        click.echo(f"{label}: {done} Angebote", err=True)

    return report


def register_commands(app: Flask) -> None:
    for command in (database, catalogue_cli, search_cli, create_admin, demo, jobs):
        app.cli.add_command(command)
