"""The vocabulary registry is the one list every other place derives its names from."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from catalogue.offers.spec import CODE_FIELDS
from catalogue.search.params import CODE_PARAMS
from catalogue.vocabularies.registry import BY_NAME, VOCABULARY_REGISTRY
from catalogue.vocabularies.seed import TERMS
from search_index import FACET_FIELDS, PROVENANCE_FIELD, Filters, OfferDocument

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"


def test_every_seeded_vocabulary_has_a_registry_entry_and_back():
    assert set(TERMS) == set(BY_NAME)


def test_names_parameters_and_record_keys_are_unique():
    for attribute in ("name", "parameter", "record_key", "label"):
        values = [getattr(v, attribute) for v in VOCABULARY_REGISTRY]
        assert len(values) == len(set(values)), attribute


def test_parameters_do_not_clash_with_the_other_search_parameters():
    others = {"q", "klasse", "alter", "kostenfrei", "max_kosten", "sortierung", "seite", "pro_seite"}
    assert not others & {v.parameter for v in VOCABULARY_REGISTRY}


def test_cardinality_is_one_or_many():
    assert {v.cardinality for v in VOCABULARY_REGISTRY} <= {"one", "many"}


def test_search_index_facet_fields_are_the_registry_index_fields():
    # search_index stays free of catalogue imports, so it keeps its own list; this holds them equal.
    assert (*(v.index_field for v in VOCABULARY_REGISTRY), PROVENANCE_FIELD) == FACET_FIELDS
    for dataclass_ in (Filters, OfferDocument):
        assert set(FACET_FIELDS) <= {f.name for f in fields(dataclass_)}


def test_offer_content_has_one_code_list_per_vocabulary_under_its_record_key():
    assert CODE_FIELDS == {v.record_key: v.name for v in VOCABULARY_REGISTRY}


def test_search_parameters_derive_from_the_registry():
    assert [(p.name, p.vocabulary, p.label) for p in CODE_PARAMS] == [
        (v.parameter, v.name, v.label) for v in VOCABULARY_REGISTRY
    ]


def test_public_names_are_those_documented_in_openapi():
    spec = OPENAPI.read_text(encoding="utf-8")
    for vocabulary in VOCABULARY_REGISTRY:
        assert f'$ref: "#/components/parameters/{vocabulary.parameter}"' in spec
        assert re.search(rf"^\s+{vocabulary.record_key}: {{type: array", spec, re.MULTILINE)


def test_public_names_are_unchanged():
    assert {v.name: (v.parameter, v.record_key) for v in VOCABULARY_REGISTRY} == {
        "field": ("handlungsfeld", "fields"),
        "topic": ("thema", "topics"),
        "audience": ("zielgruppe", "audiences"),
        "school_type": ("schulart", "school_types"),
        "format": ("format", "formats"),
        "venue": ("ort", "venues"),
        "district": ("gebiet", "districts"),
        "language": ("sprache", "languages"),
        "level": ("ebene", "levels"),
    }
