"""What the review page and the offer history show: German labels, changes marked in
text, the checklist as accessible groups, decisions and the audit timeline."""

from __future__ import annotations

import re

import pytest

from catalogue.offers import services as offers
from catalogue.offers.models import Offer
from tests.factories import add_member
from tests.functional.review.pages import checklist, criteria_ids, review_of, start, submit_review, text
from tests.helpers import log_in
from tests.integration.review import scenario as s


@pytest.fixture
def revised(client, db, setup, world):
    """A live offer whose second revision (new title and topics) is in review."""
    user, organisation, office = world["provider"], world["organisation"], world["reviewer"]
    first = setup(s.submitted, user, organisation, title="Mut tut gut")
    setup(s.approve, s.reviewer(db, "Erste Prüferin"), first.id)

    def second_revision(session):
        offer = session.get(Offer, first.offer_id)
        revision = offers.start_revision(session, actor=user, offer_id=offer.id, expected_version=offer.version)
        offers.save_revision(
            session,
            actor=user,
            revision_id=revision.id,
            expected_version=revision.version,
            content=s.content(title="Mut tut gut – Neuauflage", topics=["mobbing", "cybermobbing"]),
        )
        return s.submit(session, user, revision.id)

    second = setup(second_revision)
    log_in(client, office)
    start(client, second.id)
    return second, review_of(db, second.id, office)


def row(page: str, label: str) -> str:
    match = re.search(rf"<tr id=\"feld-\w+\">\s*<th scope=\"row\">{re.escape(label)}.*?</tr>", page, re.S)
    assert match, f"no row {label}"
    return match.group(0)


def test_review_page_shows_both_revisions_with_german_labels_and_marks_changes_in_text(client, revised):
    revision, review = revised
    page = text(client.get(f"/koordination/pruefung/{review.id}"))
    assert "Eingereichte Fassung 2" in page and "Veröffentlichte Fassung 1" in page
    title = row(page, "Titel")
    assert "geändert" in title and "Mut tut gut – Neuauflage" in title and "Mut tut gut</td>" in title
    topics = row(page, "Themen / Schlagworte")
    assert "geändert" in topics and "Mobbing, Cybermobbing" in topics
    assert "geändert" not in row(page, "Ziele")
    assert "Gewaltprävention" in row(page, "Handlungsfelder")  # vocabulary label, not the code "gewalt"
    assert "120\u00a0€" in row(page, "Kosten in Euro") and "pro Klasse" in row(page, "Kosten je")
    assert '<a href="#feld-title">Titel</a>' in page  # the list of changed fields links to the rows


def test_checklist_is_one_group_per_criterion_with_german_ratings(client, db, revised):
    revision, review = revised
    page = text(client.get(f"/koordination/pruefung/{review.id}"))
    assert page.count('<fieldset id="kriterium-') == 20
    assert "<legend>Q01 (Muss-Kriterium): Theoretische Grundlage und Wirkannahmen sind benannt</legend>" in page
    assert "<legend>Q17 (Ausschluss-Kriterium):" in page and "<legend>Q04 (Soll-Kriterium):" in page
    for label in ("erfüllt", "teilweise", "nicht erfüllt", "nicht anwendbar"):
        assert f'">{label}</label>' in page
    assert "Kommentar zu Q01" in page and "Auflage zu Q01" in page
    assert "Angaben unvollständig" in page  # reason codes as labelled checkboxes
    assert '">Zwischenspeichern</button>' in page
    for button in ("Ja, freigeben", "Ja, Änderungen erbitten", "Ja, ablehnen"):
        assert f'">{button}</button>' in page
    assert 'name="review_version" type="hidden"' in page and 'name="revision_version" type="hidden"' in page


def test_each_decision_states_its_consequence_before_the_confirming_button(client, db, revised):
    revision, review = revised
    page = text(client.get(f"/koordination/pruefung/{review.id}"))
    for summary, consequence, button in (
        ("Freigeben …", "wird veröffentlicht", "button-approve"),
        ("Änderungen erbitten …", "reicht sie erneut ein", "button-changes"),
        ("Ablehnen …", "endgültig abgelehnt", "button-reject"),
    ):
        assert page.index(summary) < page.index(consequence) < page.index(button)


def test_notes_of_a_criterion_open_only_when_its_rating_is_not_plainly_met(client, db, revised):
    revision, review = revised
    fields = checklist(db, review, Q02=("teilweise", "Ziele zu allgemein", ""))
    submit_review(client, review.id, "save", fields)
    page = text(client.get(f"/koordination/pruefung/{review.id}"))
    assert page.count('<details class="criterion-notes" open>') == 1
    assert "Nicht oder teilweise erfüllt:" in page and ">Q02</a>" in page.split('id="stand"')[1].split("</div>")[0]


def test_checklist_links_each_criterion_to_the_offer_fields_it_concerns_and_back(client, db, revised):
    revision, review = revised
    page = text(client.get(f"/koordination/pruefung/{review.id}"))
    assert '<a href="#feld-goals">Ziele</a>' in page
    q02 = criteria_ids(db, review)["Q02"]
    assert f'<a href="#kriterium-{q02}">Q02</a>' in page


def test_first_revision_has_nothing_to_compare_with(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"])
    log_in(client, world["reviewer"])
    start(client, revision.id)
    page = text(client.get(f"/koordination/pruefung/{review_of(db, revision.id, world['reviewer']).id}"))
    assert "noch keine veröffentlichte Fassung zum Vergleich" in page and "geändert</strong>" not in page


def test_decided_review_is_shown_read_only(client, db, revised):
    revision, review = revised
    submit_review(client, review.id, "approve", checklist(db, review, Q06=("teilweise", "Eher Vortrag", "")))
    page = text(client.get(f"/koordination/pruefung/{review.id}"))
    assert "Entschieden am" in page and "<strong>freigegeben</strong>" in page
    assert "Eher Vortrag" in page and 'name="action"' not in page


def test_history_lists_revisions_decisions_and_the_timeline_in_german(client, db, revised):
    revision, review = revised
    submit_review(
        client,
        review.id,
        "request_changes",
        checklist(db, review, Q02=("teilweise", "Ziele vage", "")),
        reasons=["INCOMPLETE"],
        message="Bitte Ziele konkretisieren.",
        note="Intern: Rückruf",
    )
    page = text(client.get(f"/koordination/pruefung/angebote/{revision.offer_id}/verlauf"))
    assert "Fassung 2: Änderungen erbeten" in page and "Fassung 1: Freigegeben (veröffentlichte Fassung)" in page
    assert (
        "Prüfung durch Rita Prüferin: Änderungen erbeten" in page
        and "Prüfung durch Erste Prüferin: freigegeben" in page
    )
    assert "Gründe: Angaben unvollständig" in page and "Bitte Ziele konkretisieren." in page
    assert "Intern: Rückruf" in page and "Ziele vage" in page
    for label in (
        "Angebot angelegt",
        "Zur Prüfung eingereicht",
        "Prüfung begonnen",
        "Freigabe erteilt",
        "Fassung veröffentlicht",
        "Neue Fassung begonnen",
        "Fassung gespeichert",
        "Änderungen erbeten",
    ):
        assert f"<td>{label}</td>" in page, label
    assert "Geänderte Felder: Titel, Themen / Schlagworte" in page
    assert "von „Entwurf“ nach „Eingereicht“" in page
    assert "review.started" not in page  # no raw action codes


def test_history_hides_internal_notes_from_members_of_the_organisation(client, db, setup, world, revised):
    revision, review = revised
    submit_review(
        client, review.id, "request_changes", checklist(db, review), message="Bitte ändern.", note="Intern: Rückruf"
    )
    add_member(db, world["reviewer"], world["organisation"], "editor")
    page = text(client.get(f"/koordination/pruefung/angebote/{revision.offer_id}/verlauf"))
    assert "Bitte ändern." in page and "Intern: Rückruf" not in page


def test_history_of_an_unknown_offer_is_not_found(client, world):
    log_in(client, world["reviewer"])
    assert client.get("/koordination/pruefung/angebote/999999/verlauf").status_code == 404
