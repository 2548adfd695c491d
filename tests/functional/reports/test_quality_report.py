"""Qualitätsarbeit for October–November 2026, from the audit log, the reviews and the feedback."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from catalogue.audit import AuditEvent
from catalogue.clock import today
from catalogue.feedback.models import OfferFeedback
from catalogue.formatting import german_month
from catalogue.offers.models import OfferRevision
from catalogue.reports.demand import DEMAND_FIGURES
from catalogue.reports.quality import QUALITY_FIGURES
from tests.functional.reports.conftest import PERIOD, table


def test_submissions_per_month_from_the_audit_log(office, catalogue):
    assert table(office, "qualitaet", "einreichungen", **PERIOD)[1:] == [["Oktober 2026", "2"], ["November 2026", "1"]]


def test_days_to_decision_median_and_90th_percentile(office, catalogue):
    body = office.get("/koordination/berichte/qualitaet", query_string=PERIOD).get_data(as_text=True)
    assert "3 Entscheidungen; Median 10 Tage, 90 % innerhalb von 20 Tagen." in body
    rows = table(office, "qualitaet", "bearbeitungszeit", **PERIOD)[1:]
    assert rows == [
        ["bis 7 Tage", "1"],
        ["8–14 Tage", "1"],
        ["15–30 Tage", "1"],
        ["31–60 Tage", "0"],
        ["über 60 Tage", "0"],
    ]


def test_open_reviews_by_age(office, catalogue):
    rows = dict(table(office, "qualitaet", "offene-pruefungen")[1:])
    assert (rows["bis 7 Tage"], rows["15–30 Tage"], rows["8–14 Tage"]) == ("1", "1", "0")


def test_share_of_change_requests_per_criterion(office, catalogue):
    rows = table(office, "qualitaet", "kriterien", **PERIOD)[1:]
    assert [row[1:] for row in rows] == [["2", "100"], ["1", "50"]]


def test_seals_expiring_per_month_for_the_next_twelve_months(db, office, catalogue):
    soon, later = today() + timedelta(days=40), today() + timedelta(days=100)
    for name, until in (("o1", soon), ("o3", later), ("o5", later), ("o4", soon)):  # o4 is paused
        db.get(OfferRevision, catalogue.offers[name].live_revision_id).seal_valid_until = until
    db.flush()
    rows = table(office, "qualitaet", "siegel")[1:]
    assert len(rows) == 12 and rows[0][0] == german_month(today())
    counted = {month: int(count) for month, count in rows if count != "0"}
    assert counted == ({german_month(soon): 1, german_month(later): 2} if soon.month != later.month else {})


def test_feedback_received_per_month_counts_pending_too(office, catalogue):
    assert table(office, "qualitaet", "rueckmeldungen", **PERIOD)[1:] == [["Oktober 2026", "0"], ["November 2026", "4"]]


def test_feedback_averages_per_field_count_approved_only(office, catalogue):
    rows = {row[0]: row[1:] for row in table(office, "qualitaet", "rueckmeldungen-felder", **PERIOD)[1:]}
    assert rows["Gewaltprävention"] == ["3", "4,00", "4,00", "2,00", "67"]
    assert rows["Suchtprävention"] == ["1", "4,00", "4,00", "2,00", "100"]
    assert rows["Medienkompetenz"] == ["0", "", "", "", ""]


def test_every_figure_key_has_its_csv(office, catalogue):
    for report, keys in (("nachfrage", DEMAND_FIGURES), ("qualitaet", QUALITY_FIGURES)):
        page = office.get(f"/koordination/berichte/{report}", query_string=PERIOD).get_data(as_text=True)
        for key in keys:
            assert f'id="fig-{key}"' in page and table(office, report, key, **PERIOD)[0], key


def test_unknown_figure_is_not_found(office, catalogue):
    assert office.get("/koordination/berichte/qualitaet/gibt-es-nicht.csv").status_code == 404
    assert office.get("/koordination/berichte/unbekannt").status_code == 404


def test_months_are_german_months_around_the_end_of_march(db, office, catalogue):
    """23:30 UTC on 31 March is 01:30 on 1 April in Germany (summer time): April's, in both figures."""
    offer = catalogue.offers["o1"]
    for hour in (21, 23):  # 23:30 and 01:30 in Germany
        moment = datetime(2026, 3, 31, hour, 30, tzinfo=UTC)
        db.add(AuditEvent(revision_id=offer.live_revision_id, action="revision.submit", created_at=moment))
        db.add(
            OfferFeedback(
                offer_id=offer.id,
                created_at=moment,
                school_type="gymnasium",
                grade=7,
                held_in=date(2026, 3, 1),
                rating_fit=4,
                rating_organisation=4,
                rating_content=4,
                would_book_again=True,
            )
        )
    db.flush()
    spring = {"von": "2026-03", "bis": "2026-04"}
    assert table(office, "qualitaet", "rueckmeldungen", **spring)[1:] == [["März 2026", "1"], ["April 2026", "1"]]
    assert table(office, "qualitaet", "einreichungen", **spring)[1:] == [["März 2026", "1"], ["April 2026", "1"]]


def test_council_cover_shows_the_key_figures_of_the_period(office, catalogue):
    body = office.get("/koordination/berichte/rat", query_string=PERIOD).get_data(as_text=True)
    for label, value in (
        ("Veröffentlichte Angebote", "4"),
        ("Träger mit Angeboten", "2"),
        ("Suchen ohne Treffer", "9"),
        ("Rückmeldungen von Schulen", "4"),
        ("Entscheidungen / Median Tage bis Entscheidung", "3 / 10"),
    ):
        assert f"<dt>{label}</dt><dd>{value}</dd>" in body, label
