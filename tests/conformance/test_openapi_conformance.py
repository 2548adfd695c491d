"""Both APIs keep the promises of their descriptions: schemathesis generates requests from
docs/openapi.yaml and docs/hsds-openapi.json and runs all its checks on every answer
(no server errors; status codes, content types, headers and bodies as described; valid
input accepted, invalid input refused). Examples are bounded so the run stays short."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings

from tests.functional.hsds.helpers import catalogue
from tests.functional.hsds.schemas import COMPILED

DOCS = Path(__file__).resolve().parents[2] / "docs"
OFFICIAL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/"
HOST = {"Host": "katalog.test"}  # the test app's SERVER_NAME
BOUNDED = settings(
    max_examples=int(os.environ.get("CONFORMANCE_EXAMPLES", "15")),
    derandomize=os.environ.get("CONFORMANCE_RANDOM") != "1",  # CI: the same cases every run; set 1 to explore
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _local_refs(description: dict) -> dict:
    """The official schemas the HSDS description refers to by URL, placed in the description
    itself (tests fetch nothing from the network)."""
    text = json.dumps(description)
    schemas = description["components"].setdefault("schemas", {})
    for path in sorted(COMPILED.glob("*.json")):
        url = OFFICIAL + path.name
        if url in text:
            text = text.replace(f'"{url}"', f'"#/components/schemas/hsds_{path.stem}"')
            schemas[f"hsds_{path.stem}"] = json.loads(path.read_text(encoding="utf-8"))
    return {**json.loads(text), "components": {**json.loads(text)["components"], "schemas": schemas}}


@pytest.fixture
def v1_schema(app, db):
    catalogue(db)
    schema = schemathesis.openapi.from_dict(yaml.safe_load((DOCS / "openapi.yaml").read_text(encoding="utf-8")))
    schema.app = app
    return schema


@pytest.fixture
def hsds_schema(app, db):
    catalogue(db)
    schema = schemathesis.openapi.from_dict(_local_refs(json.loads((DOCS / "hsds-openapi.json").read_text("utf-8"))))
    schema.app = app
    return schema


v1 = schemathesis.pytest.from_fixture("v1_schema")
hsds = schemathesis.pytest.from_fixture("hsds_schema")


@v1.parametrize()
@BOUNDED
def test_json_api_v1_conforms_to_its_description(case):
    case.call_and_validate(headers=HOST)


@hsds.parametrize()
@BOUNDED
def test_hsds_api_conforms_to_its_description(case):
    case.call_and_validate(headers=HOST)
