"""A school gives feedback without an account: a short form, abuse resistance without tracking."""

from __future__ import annotations

import html

from sqlalchemy import func, select

from catalogue.accounts.models import LoginAttempt
from catalogue.feedback.models import OfferFeedback
from tests.factories import make_live_offer, make_organisation
from tests.functional.feedback.helpers import send_feedback


def _offer(db, **values):
    return make_live_offer(db, make_organisation(db), title="Mutig gegen Mobbing", **values)


def _stored(db) -> list[OfferFeedback]:
    db.expire_all()
    return list(db.scalars(select(OfferFeedback).order_by(OfferFeedback.id)))


def test_form_names_the_offer_and_asks_no_personal_data(client, db):
    body = html.unescape(client.get(f"/angebote/{_offer(db).id}/rueckmeldung").get_data(as_text=True))
    assert "Rückmeldung zu „Mutig gegen Mobbing“" in body
    assert 'type="email"' not in body and "Ihr Name" not in body


def test_feedback_is_stored_as_pending_and_thanked_for(client, db):
    offer = _offer(db)
    response = send_feedback(client, offer.id)
    assert response.status_code == 302 and response.headers["Location"].endswith("/rueckmeldung/danke")
    [feedback] = _stored(db)
    assert (feedback.status, feedback.school_type, feedback.grade, feedback.rating_fit) == (
        "pending",
        "oberschule",
        7,
        5,
    )
    assert feedback.held_in.day == 1 and feedback.would_book_again is True


def test_missing_rating_is_explained_next_to_the_question_with_input_kept(client, db):
    response = send_feedback(client, _offer(db).id, rating_content=None, comment="Mein Text bleibt")
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="rating_content-fehler"' in body and "Bitte wählen Sie aus." in body
    assert "Mein Text bleibt" in body
    assert _stored(db) == []


def test_made_up_choices_are_refused(client, db):
    offer = _offer(db)
    for field, value in (("school_type", "<script>"), ("grade", "14"), ("rating_fit", "9"), ("held_in", "1999-01")):
        assert send_feedback(client, offer.id, **{field: value}).status_code == 400
    assert _stored(db) == []


def test_overlong_comment_is_refused_with_a_message(client, db):
    response = send_feedback(client, _offer(db).id, comment="x" * 1001)
    assert response.status_code == 400
    assert "Bitte höchstens 1000 Zeichen." in response.get_data(as_text=True)


def test_honeypot_gets_thanks_but_nothing_is_stored(client, db):
    response = send_feedback(client, _offer(db).id, website="http://spam.example")
    assert response.status_code == 302 and response.headers["Location"].endswith("/danke")
    assert _stored(db) == []


def test_comment_with_contact_details_is_flagged_for_the_office(client, db):
    send_feedback(client, _offer(db).id, comment="Fragen an frau.m@schule.example oder 0371 1234567")
    assert _stored(db)[0].flags == "E-Mail-Adresse, Telefonnummer"


def test_one_client_is_throttled_after_the_hourly_limit(app, client, db):
    offer = _offer(db)
    limit = app.config["FEEDBACK_PER_HOUR"]
    for _ in range(limit):
        assert send_feedback(client, offer.id).status_code == 302
    response = send_feedback(client, offer.id)
    assert response.status_code == 429
    assert "sehr viele Rückmeldungen" in html.unescape(response.get_data(as_text=True))
    assert len(_stored(db)) == limit


def test_throttle_rows_hold_no_client_address(client, db):
    send_feedback(client, _offer(db).id)
    keys = list(db.scalars(select(LoginAttempt.key)))
    assert len(keys) == 1 and "127.0.0.1" not in keys[0] and keys[0].startswith("feedback:")


def test_no_feedback_form_for_an_offer_that_is_not_public(client, db):
    offer = _offer(db, listing="paused")
    assert client.get(f"/angebote/{offer.id}/rueckmeldung").status_code == 404
    assert db.scalar(select(func.count(OfferFeedback.id))) == 0


def test_detail_page_links_to_the_form_and_print_view_has_a_qr_code(client, db):
    offer = _offer(db)
    assert f'href="/angebote/{offer.id}/rueckmeldung"' in client.get(f"/angebote/{offer.id}").get_data(as_text=True)
    printed = client.get(f"/angebote/{offer.id}/drucken").get_data(as_text=True)
    assert '<svg role="img" aria-label="QR-Code zum Rückmeldeformular' in printed
    assert f"http://katalog.test/angebote/{offer.id}/rueckmeldung" in printed
