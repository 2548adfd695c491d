"""Abdeckung: numbers of the hand-counted catalogue (o4 is paused and never counts)."""

from __future__ import annotations

from tests.functional.reports.conftest import table


def _row(rows, label):
    return next(row for row in rows if row[0] == label)


def test_field_by_district_counts_live_offers_and_marks_gaps(office, catalogue):
    rows = table(office, "abdeckung", "feld-district")
    header = rows[0]
    nord, ost, zentrum = header.index("Nord"), header.index("Ost"), header.index("Zentrum")
    gewalt, sucht, medien = _row(rows, "Gewaltprävention"), _row(rows, "Suchtprävention"), _row(rows, "Medienkompetenz")
    assert (gewalt[nord], gewalt[ost], gewalt[zentrum]) == ("2", "1", "0")
    assert (sucht[nord], sucht[ost]) == ("1", "2")
    assert medien[zentrum] == "1"
    assert sum(int(v) for row in rows[1:] for v in row[1:]) == 2 + 1 + 1 + 2 + 1


def test_gaps_are_named_on_the_page(office, catalogue):
    body = office.get("/koordination/berichte/abdeckung").get_data(as_text=True)
    assert "Gewaltprävention × Zentrum" in body
    assert "Gewaltprävention × Nord;" not in body


def test_field_by_grade_band_counts_each_band_an_offer_reaches(office, catalogue):
    rows = table(office, "abdeckung", "feld-klassenstufe")
    assert rows[0] == ["Handlungsfeld", "Klasse 1–4", "Klasse 5–6", "Klasse 7–10", "Klasse 11–13"]
    assert _row(rows, "Gewaltprävention")[1:] == ["1", "1", "1", "0"]
    assert _row(rows, "Suchtprävention")[1:] == ["1", "0", "0", "1"]
    assert _row(rows, "Medienkompetenz")[1:] == ["0", "0", "1", "0"]


def test_free_share_per_field(office, catalogue):
    rows = table(office, "abdeckung", "kostenfrei")
    assert _row(rows, "Gewaltprävention")[1:] == ["2", "1", "50"]
    assert _row(rows, "Suchtprävention")[1:] == ["2", "1", "50"]
    assert _row(rows, "Medienkompetenz")[1:] == ["1", "0", "0"]


def test_offers_per_provider_most_first(office, catalogue):
    assert table(office, "abdeckung", "traeger")[1:] == [["Alpha e. V.", "3"], ["Beta gGmbH", "1"]]


def test_audience_matrix_is_there_even_without_audiences(office, catalogue):
    rows = table(office, "abdeckung", "feld-audience")
    assert rows[0][0] == "Handlungsfeld" and all(v == "0" for row in rows[1:] for v in row[1:])
