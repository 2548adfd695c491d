"""`catalogue export/import --format hsds`: the tabular data package, valid and round-tripping."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date

import pytest
from sqlalchemy import func, select

from catalogue import create_app
from catalogue.db import get_session
from catalogue.exchange.dump import export_lines
from catalogue.exchange.load import import_catalogue
from catalogue.hsds.unpack import exchange_records, read_tables
from catalogue.offers.models import Offer
from tests.conftest import app_config, aux_url
from tests.functional.hsds.helpers import catalogue
from tests.functional.hsds.schemas import package_violations
from tests.integration.test_exchange import content, lines, offer, provider

# Columns that say when or where a record was written, not what it is.
VOLATILE = {"last_modified", "url", "last_action_date"}


def run(app, *args):
    return app.test_cli_runner().invoke(args=list(args))


@pytest.fixture
def offers(db):
    return catalogue(db)


@pytest.fixture
def complete(db):
    """Complete offers (as the exchange import demands), imported through the JSON Lines format."""
    rich = provider(
        website="https://jugendhilfe.example", phone="0371 55", street="Ring 1", postcode="09111", city="Chemnitz"
    )
    free = content(
        title="Kostenfrei streiten lernen", is_free=True, cost_amount=None, cost_unit=None, age_from=10, age_to=14
    )
    import_catalogue(
        db,
        lines(
            rich,
            offer(),
            offer(ref="streiten-lernen", live=free),
            offer(ref="pausiert", listing="paused", listing_reason="Elternzeit"),
        ),
    )
    db.flush()


@pytest.fixture
def package(app, offers, tmp_path):
    path = tmp_path / "katalog.zip"
    result = run(app, "catalogue", "export", "--format", "hsds", str(path))
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def second_app(database_url, tmp_path_factory):
    """Another catalogue on its own database, for a real round trip."""
    url = aux_url(database_url, "hsds_package", tmp_path_factory)
    tmp = tmp_path_factory.mktemp("second")
    application = create_app(app_config(url, tmp), instance_path=str(tmp / "instance"))
    yield application
    application.extensions["db_engine"].dispose()


def tables_of(path) -> dict[str, list[tuple]]:
    """Each CSV's rows without the volatile columns, sorted (order is not part of the data)."""
    found = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".csv"):
                rows = csv.DictReader(io.StringIO(archive.read(name).decode("utf-8")))
                found[name] = sorted(tuple((k, v) for k, v in row.items() if k not in VOLATILE) for row in rows)
    return found


def test_package_is_valid_against_the_standards_tabular_definitions(package):
    assert package_violations(package) == []


def test_package_holds_the_published_services_with_their_tables(package, offers):
    with zipfile.ZipFile(package) as archive:
        services = list(csv.DictReader(io.StringIO(archive.read("services.csv").decode("utf-8"))))
        names = set(archive.namelist())
    assert {row["id"] for row in services} == {offers[n].public_id for n in ("alcohol", "mobbing", "cannabis")}
    assert {"organizations.csv", "cost_options.csv", "attributes.csv", "taxonomy_terms.csv"} <= names


def exchange_records_of(app) -> dict[str, dict]:
    """The JSON Lines export by ref, contacts' consent dates left out (an import records its own)."""
    with app.app_context():
        found = {}
        for line in export_lines(get_session(), today=date(2026, 12, 6)):
            record = json.loads(line)
            for contact in record.get("contacts", []):
                contact.pop("consent_on")
            found[f"{record['kind']}:{record.get('ref')}"] = record
    found.pop("meta:None")
    return found


def test_round_trip_into_another_catalogue_gives_the_same_package_and_offers(app, complete, second_app, tmp_path):
    package = tmp_path / "katalog.zip"
    assert run(app, "catalogue", "export", "--format", "hsds", str(package)).exit_code == 0
    result = run(second_app, "catalogue", "import", "--format", "hsds", str(package))
    assert result.exit_code == 0, result.output
    assert "1 Träger und 2 Angebote importiert." in result.output
    again = tmp_path / "wieder.zip"
    assert run(second_app, "catalogue", "export", "--format", "hsds", str(again)).exit_code == 0
    assert tables_of(again) == tables_of(package)
    source = exchange_records_of(app)
    source.pop("offer:pausiert")  # not published, so not in the package
    assert exchange_records_of(second_app) == source


def test_import_refuses_ids_this_catalogue_has_and_writes_nothing(app, db, package):
    before = db.scalar(select(func.count()).select_from(Offer))
    result = run(app, "catalogue", "import", "--format", "hsds", str(package))
    assert result.exit_code == 1
    assert "gibt es in diesem Katalog schon" in result.output and "Nichts importiert." in result.output
    assert db.scalar(select(func.count()).select_from(Offer)) == before


def test_import_of_something_else_says_so(app, db, tmp_path):
    path = tmp_path / "kein.zip"
    path.write_bytes(b"kein zip")
    result = run(app, "catalogue", "import", "--format", "hsds", str(path))
    assert result.exit_code == 1 and "kein lesbares HSDS-Datenpaket" in result.output


def test_service_without_our_seal_arrives_as_an_unlisted_draft(package):
    tables = read_tables(package)
    seal_terms = {row["id"] for row in tables["taxonomy_term"] if row["code"].startswith("qualitaetssiegel")}
    tables["attribute"] = [row for row in tables["attribute"] if row.get("taxonomy_term_id") not in seal_terms]
    records, _ = exchange_records(tables, today=date(2026, 12, 6))
    offers = [record for record in records if record["kind"] == "offer"]
    assert {(o["listing"], o["live"], o["pending"]["state"]) for o in offers} == {("unlisted", None, "draft")}
