"""OfferDocument conversion and validation, Filters coercion, bitmask helpers."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search_index import Filters, OfferDocument
from search_index.docsets import docnums_of, mask_of
from search_index.documents import title_sort_key
from search_index.schema import MISSING


def doc(**fields):
    fields.setdefault("approved_at", datetime(2024, 5, 1, 12, 0))
    return OfferDocument(id=fields.pop("id", 1), title=fields.pop("title", "Titel"), **fields)


def test_code_lists_become_tuples():
    assert doc(topic=["mobbing", "sucht"]).topic == ("mobbing", "sucht")


def test_codes_with_commas_are_rejected():
    with pytest.raises(ValueError):
        doc(topic=["a,b"])


def test_a_string_instead_of_code_list_is_rejected():
    with pytest.raises(ValueError):
        doc(topic="mobbing")


def test_negative_grades_are_rejected():
    with pytest.raises(ValueError):
        doc(grade_from=-3)


def test_missing_numbers_become_the_sentinel():
    fields = doc(grade_from=5).to_fields()
    assert fields["grade_from"] == 5 and fields["grade_to"] == MISSING
    assert fields["cost_cents"] == MISSING


def test_codes_are_joined_with_commas():
    assert doc(district=["nord", "ost"]).to_fields()["district"] == "nord,ost"


def test_fingerprint_is_stable_and_ignores_code_order():
    assert doc(topic=["a", "b"]).fingerprint() == doc(topic=["b", "a"]).fingerprint()


def test_fingerprint_is_the_one_stored_in_existing_indexes():
    offer = OfferDocument(
        id=7,
        title="Cybermobbing im Klassenchat",
        approved_at=datetime(2024, 5, 1, 12, 30),
        summary="Workshop für Schüler*innen",
        body="Lang",
        topics_text="Medien",
        labels="Workshop",
        provider="Polizei",
        field=("medien", "gewalt"),
        topic=("cybermobbing",),
        audience=("schueler",),
        provenance=("eigene",),
        grade_from=5,
        cost_cents=1500,
    )
    assert offer.fingerprint() == "7f1c3485dd517b0b"


def test_fingerprint_changes_with_content():
    assert doc(summary="alt").fingerprint() != doc(summary="neu").fingerprint()


def test_naive_approval_time_counts_as_utc():
    naive = doc(approved_at=datetime(2024, 5, 1, 12, 0))
    aware = doc(approved_at=datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    assert naive.to_fields()["approved_at"] == aware.to_fields()["approved_at"]


def test_title_sort_key_sorts_umlauts_with_their_base_letter():
    titles = ["Zukunft", "Übung", "„Ulme“", "Apfel", "Ärger"]
    assert sorted(titles, key=title_sort_key) == ["Apfel", "Ärger", "Übung", "„Ulme“", "Zukunft"]


def test_filters_from_mapping_accept_strings():
    filters = Filters.coerce(
        {"district": "nord,ost", "grade": "7", "free_only": "on", "max_cost_eur": "12,50", "unknown": "x"}
    )
    assert filters.district == ("nord", "ost") and filters.grade == 7
    assert filters.free_only and filters.max_cost_cents == 1250


@pytest.mark.parametrize("bad", ["sieben", "", "7.5", None, float("nan"), True])
def test_unusable_grades_are_ignored(bad):
    assert Filters(grade=bad).grade is None


@pytest.mark.parametrize("bad", ["viel", "nan", "inf", float("inf"), ""])
def test_unusable_cost_limits_are_ignored(bad):
    assert Filters(max_cost_eur=bad).max_cost_eur is None


def test_negative_cost_limit_means_free_only():
    assert Filters(max_cost_eur=-5).max_cost_cents == 0


def test_huge_numbers_are_capped():
    assert Filters(grade=10**30, max_cost_eur=Decimal("1e30")).grade == 1_000_000


def test_filters_reject_other_types():
    with pytest.raises(TypeError):
        Filters.coerce(["grade", 7])


@given(st.sets(st.integers(min_value=0, max_value=5000)))
def test_mask_round_trip(docnums):
    assert docnums_of(mask_of(docnums, 5001)) == sorted(docnums)
