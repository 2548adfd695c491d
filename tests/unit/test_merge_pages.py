"""How merge pages show values and say what was merged."""

from __future__ import annotations

from decimal import Decimal

from wtforms import Form, SelectChoice, SelectMultipleField, StringField

from catalogue.merge import Merge
from catalogue.merge_pages import Saver, merge_summary, merged_message, saved_label, shown_value


class Fields(Form):
    topics = SelectMultipleField(choices=[SelectChoice("a", "Alpha"), SelectChoice("b", "Beta")])
    title = StringField()


LABELS = {"title": "Titel", "topics": "Themen", "summary": "Kurzbeschreibung"}


def test_codes_are_shown_by_their_labels_and_unknown_codes_as_they_are():
    assert shown_value(Fields().topics, ["a", "zz"]) == "Alpha, zz"
    assert shown_value(Fields().topics, []) == "(leer)"


def test_plain_values_are_shown_in_german():
    field = Fields().title
    assert [shown_value(field, v) for v in (True, False, None, "", Decimal("1.5"), "Text")] == [
        "Ja",
        "Nein",
        "(leer)",
        "(leer)",
        "1,5",
        "Text",
    ]


def test_the_saved_version_is_labelled_with_name_and_time_when_known():
    assert saved_label(Saver("Lea", "06.12.2026, 07:10 Uhr")) == "Gespeicherte Fassung von Lea, 06.12.2026, 07:10 Uhr"
    assert saved_label(None) == "Gespeicherte Fassung"


def test_the_merge_note_names_fields_from_both_sides():
    merge = Merge({}, ("title",), ("summary",), ())
    note = merged_message(merge, LABELS, None)
    assert "Übernommen aus der gespeicherten Fassung: Titel." in note and "Ihre Änderungen: Kurzbeschreibung." in note


def test_the_merge_page_lists_what_is_left_to_choose():
    lines = merge_summary(Merge({}, (), (), ("topics",)), LABELS, Saver("Lea", "heute"))
    assert lines[0].startswith("Während Sie bearbeitet haben, wurde eine neuere Fassung gespeichert (Lea, heute).")
    assert lines[-1].startswith("Beide geändert – bitte wählen Sie: Themen.")
