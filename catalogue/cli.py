"""Flask commands: database, reference data, accounts, import/export, demo, periodic jobs."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from catalogue import db, migrate
from catalogue import demo as demo_data
from catalogue.accounts.mfa import encrypt_legacy_secrets
from catalogue.accounts.services import create_user
from catalogue.changefeed import ChangeListener
from catalogue.clock import today, utcnow
from catalogue.errors import ValidationFailed
from catalogue.exchange.dump import export_lines
from catalogue.exchange.load import import_catalogue
from catalogue.exchange.validate import ExchangeError
from catalogue.feedback.monthly import month_drift, rebuild_feedback_months
from catalogue.hsds.ids import Links
from catalogue.hsds.package import collect_rows, write_package
from catalogue.hsds.unpack import import_package
from catalogue.jobs import follow_changes, preview_jobs, run_jobs
from catalogue.ops.backup import BackupError, backup_database, restore_database
from catalogue.ops.exposition import metrics_server
from catalogue.partners.jobs import limits_from_config, pull_partners
from catalogue.policy import policy_from_config
from catalogue.search.indexing import check_index, merge_index, open_index, rebuild_index, refresh_index
from catalogue.seeding import seed_reference_data

database = AppGroup("db", help="Datenbank: Migrationen (Alembic), Sicherung, Wiederherstellung.")
catalogue_cli = AppGroup("catalogue", help="Katalog importieren und exportieren.")
search_cli = AppGroup("search", help="Suchindex abgleichen, neu aufbauen, prüfen.")
partners_cli = AppGroup("partners", help="Partnerkataloge (HSDS 3.0) abrufen.")
feedback_cli = AppGroup("feedback", help="Monatssummen der Rückmeldungen für die Berichte.")


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
    encrypted = encrypt_legacy_secrets(db.get_session())
    db.commit()
    click.echo(f"Datenbank aktuell; {added} Stammdaten ergänzt, {encrypted} Zwei-Faktor-Schlüssel verschlüsselt.")


@database.command("downgrade")
@click.option("--revision", default="-1")
def db_downgrade(revision: str) -> None:
    migrate.downgrade(db.get_engine(), revision)


@database.command("revision")
@click.argument("message")
def db_revision(message: str) -> None:
    """Autogenerate a migration from the models."""
    migrate.revision(db.get_engine(), message)


@database.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def db_backup(path: Path) -> None:
    """Write a consistent backup of the whole database to PATH, also while the app runs."""
    try:
        backup_database(db.get_engine(), path, _step("Sicherung"))
    except (BackupError, OSError, SQLAlchemyError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Sicherung geschrieben: {path} ({path.stat().st_size:,} Bytes).".replace(",", "."))


@database.command("restore")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Eine Datenbank mit Tabellen überschreiben (sonst verweigert).")
def db_restore(path: Path, force: bool) -> None:
    """Restore a backup of `db backup` into the configured database (stop web and jobs first)."""
    try:
        restore_database(db.get_engine(), path, force=force, progress=_step("Wiederherstellung"))
    except (BackupError, OSError, SQLAlchemyError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo("Datenbank wiederhergestellt. Weiter mit: flask db upgrade, flask search rebuild.")


def _step(label: str):
    def report(text: str) -> None:
        click.echo(f"{label}: {text}", err=True)

    return report


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
    db.refresh_statistics()
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
    app = current_app._get_current_object()
    listener = ChangeListener(app.config["DATABASE_URL"])  # PostgreSQL: other nodes' changes at once
    try:
        while True:
            try:
                for name, result in run_jobs(app).items():
                    if result:
                        click.echo(f"{name}: {result}")
                if once:
                    return
                follow_changes(app, listener, app.config["JOBS_INTERVAL_SECONDS"])
            except Exception:  # one bad run must not stop expiry, reminders and sync for good
                app.logger.exception("periodic jobs failed; trying again next round")
                if once:
                    raise
                time.sleep(app.config["JOBS_INTERVAL_SECONDS"])
    finally:
        listener.close()


@click.command("metrics")
@with_appcontext
@click.option("--bind", help="Adresse:Port statt METRICS_BIND.")
def metrics(bind: str | None) -> None:
    """Serve the Prometheus metrics at METRICS_BIND (loopback by default) until stopped."""
    app = current_app._get_current_object()
    bind = bind or app.config["METRICS_BIND"]
    try:
        server = metrics_server(app, bind)
    except (ValueError, OSError) as exc:
        raise click.ClickException(f"Metrik-Server startet nicht an {bind}: {exc}") from exc
    if not app.config["PROMETHEUS_MULTIPROC_DIR"]:
        click.echo("PROMETHEUS_MULTIPROC_DIR fehlt: nur die Zahlen aus der Datenbank, keine Anfragen.", err=True)
    click.echo(f"Metriken unter http://{bind}/metrics")
    server.serve_forever()


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


@partners_cli.command("pull")
@click.option("--name", default=None, help="Nur diesen Partnerkatalog (Name wie in der Koordination).")
def partners_pull(name: str | None) -> None:
    """Pull the active partner catalogues now, then bring the search index up to date; exit 1 if one failed."""
    session = db.get_session()
    reports = pull_partners(session, limits=limits_from_config(current_app.config), name=name)
    if not reports:
        click.echo("Kein aktiver Partnerkatalog" + (f" namens „{name}“." if name else "."))
    for report in reports:
        click.echo(report.text())
    click.echo("Suchindex " + refresh_index(session, open_index(current_app)))
    if not all(report.ok for report in reports):
        sys.exit(1)


@feedback_cli.command("rebuild-months")
def feedback_rebuild_months() -> None:
    """Recompute the monthly feedback sums from the feedback rows (after a bulk load)."""
    count = rebuild_feedback_months(db.get_session())
    db.commit()
    click.echo(f"Monatssummen der Rückmeldungen neu berechnet: {count} Angebote × Monate.")


@feedback_cli.command("check-months")
def feedback_check_months() -> None:
    """Compare the monthly sums with the feedback rows; exit 1 on drift."""
    drift = month_drift(db.get_session())
    if drift:
        click.echo(
            f"abweichend: {len(drift)} (Angebot, Monat), z. B. {', '.join(f'{o}/{m:%Y-%m}' for o, m in drift[:10])}"
        )
        sys.exit(1)
    click.echo("Monatssummen stimmen mit den Rückmeldungen überein.")


def _counter(label: str):
    def report(done: int) -> None:
        click.echo(f"{label}: {done} Angebote", err=True)

    return report


def register_commands(app: Flask) -> None:
    for command in (database, catalogue_cli, search_cli, partners_cli, feedback_cli, create_admin, demo, jobs, metrics):
        app.cli.add_command(command)
