"""Every field a provider fills in freely has help and a short example."""

from __future__ import annotations

from catalogue.offers.form_help import EXAMPLES, HELP, NEEDED_WHEN
from catalogue.offers.spec import CONTENT_FIELDS, CONTENT_LABELS

FREE_ENTRY_KINDS = {"text", "longtext", "int", "number", "email", "url"}


def test_every_free_entry_field_has_an_example():
    free = {spec.name for spec in CONTENT_FIELDS if spec.kind in FREE_ENTRY_KINDS}
    assert free - EXAMPLES.keys() == set()


def test_every_content_field_has_help():
    assert CONTENT_LABELS.keys() - HELP.keys() == set()


def test_help_examples_and_conditions_name_only_content_fields():
    assert (EXAMPLES.keys() | HELP.keys() | NEEDED_WHEN.keys()) - CONTENT_LABELS.keys() == set()


def test_examples_are_short():
    assert [name for name, text in EXAMPLES.items() if len(text) > 160] == []
