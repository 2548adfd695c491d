"""What a feedback comment gets flagged for, and the months the form offers."""

from __future__ import annotations

from datetime import date

import pytest

from catalogue.feedback.content import contact_flags, recent_months


@pytest.mark.parametrize(
    "text",
    ["Schreiben Sie mir: lehrerin@schule.example", "frau.m (at) schule-nord.de", "Kontakt: max.mustermann@web.de"],
)
def test_email_addresses_are_flagged(text):
    assert "E-Mail-Adresse" in contact_flags(text)


@pytest.mark.parametrize("text", ["Ruf an: 0371 123456", "+49 (371) 12 34 56", "0171/1234567", "Tel 0371-12-34-56"])
def test_phone_numbers_are_flagged(text):
    assert "Telefonnummer" in contact_flags(text)


@pytest.mark.parametrize(
    "text", ["Klasse 7b, 24 Kinder, 2 Termine im März 2026", "Sehr gut! 5 von 5 Sternen", "Am 12.03.2026 um 8 Uhr"]
)
def test_ordinary_comments_are_not_flagged(text):
    assert contact_flags(text) == []


def test_links_are_flagged():
    assert contact_flags("siehe www.example.org") == ["Link"]


def test_recent_months_run_back_across_the_year():
    assert recent_months(date(2026, 2, 17), 3) == [date(2026, 2, 1), date(2026, 1, 1), date(2025, 12, 1)]
