"""The API descriptions enumerate exactly the shipped vocabulary codes (so a schema-valid code
is never refused) and describe every vocabulary parameter of the registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from catalogue.vocabularies.registry import VOCABULARY_REGISTRY
from catalogue.vocabularies.seed import TERMS

DOCS = Path(__file__).resolve().parents[2] / "docs"
V1 = yaml.safe_load((DOCS / "openapi.yaml").read_text(encoding="utf-8"))["components"]["parameters"]
HSDS = json.loads((DOCS / "hsds-openapi.json").read_text(encoding="utf-8"))["components"]["parameters"]


@pytest.mark.parametrize("vocabulary", VOCABULARY_REGISTRY, ids=lambda v: v.name)
def test_v1_enumerates_the_codes_of_each_vocabulary(vocabulary):
    assert V1[vocabulary.parameter]["schema"]["items"]["enum"] == [code for code, _ in TERMS[vocabulary.name]]


@pytest.mark.parametrize(
    "vocabulary", [v for v in VOCABULARY_REGISTRY if v.parameter != "format"], ids=lambda v: v.name
)
def test_hsds_enumerates_the_codes_of_each_vocabulary(vocabulary):
    assert HSDS[vocabulary.parameter]["schema"]["items"]["enum"] == [code for code, _ in TERMS[vocabulary.name]]


def test_hsds_format_is_the_answers_format_not_the_vocabulary():
    assert HSDS["format"]["schema"]["enum"] == ["json"]
