"""The completeness rules name other fields by key for files and by German label for the form."""

from __future__ import annotations

from catalogue.offers.completeness import Problems, check_content, content_problems
from catalogue.offers.spec import CODE_FIELDS, CONTENT_FIELDS, CONTENT_LABELS
from catalogue.vocabularies.seed import TERMS
from tests.functional.offers.helpers import complete_content

VOCABULARIES = {name: {code for code, _ in terms} for name, terms in TERMS.items()}


class Listed(Problems):
    def __init__(self):
        self.items: list[tuple[str, str]] = []

    def add(self, name: str, message: str) -> None:
        self.items.append((name, message))


def test_complete_content_has_no_problems():
    assert content_problems(complete_content(), VOCABULARIES) == {}


def test_the_form_names_other_fields_by_their_german_label():
    problems = content_problems(complete_content(grade_to=None), VOCABULARIES)
    assert problems == {"grade_to": "„Klassenstufe von“ und „Klassenstufe bis“ nur gemeinsam angeben."}
    problems = content_problems(complete_content(grade_from=9, grade_to=7), VOCABULARIES)
    assert problems == {"grade_to": "Muss größer oder gleich „Klassenstufe von“ sein."}


def test_a_file_names_other_fields_by_key():
    problems = Listed()
    check_content(complete_content(group_min=30, group_max=10), problems, VOCABULARIES, prefix="live.")
    assert problems.items == [("live.group_max", "muss größer oder gleich group_min sein")]


def test_user_input_is_not_rewritten_into_labels():
    problems = content_problems(complete_content(contact_email="title"), VOCABULARIES)
    assert problems == {"contact_email": '"title" ist keine gültige E-Mail-Adresse.'}


def test_a_draft_may_be_incomplete_but_not_wrong():
    empty = {spec.name: None for spec in CONTENT_FIELDS}
    assert content_problems(empty, VOCABULARIES, complete=False) == {}
    assert "title" in content_problems(empty, VOCABULARIES)
    assert content_problems({"sessions": 0}, VOCABULARIES, complete=False) == {
        "sessions": "Muss zwischen 1 und 999 liegen."
    }


def test_every_content_field_has_a_german_label_and_code_fields_a_vocabulary():
    assert set(CONTENT_LABELS) == {spec.name for spec in CONTENT_FIELDS}
    assert set(CODE_FIELDS.values()) == set(TERMS)
