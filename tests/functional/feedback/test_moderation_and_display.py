"""Office moderation, what the public and the provider see, providers' answers."""

from __future__ import annotations

import html
from datetime import date

import pytest
from sqlalchemy import select

from catalogue.audit import AuditEvent
from catalogue.feedback.models import OfferFeedback
from tests.conftest import csrf_from
from tests.factories import add_member, make_live_offer, make_organisation, make_user
from tests.functional.feedback.helpers import approved, send_feedback
from tests.helpers import log_in


@pytest.fixture
def org(db):
    return make_organisation(db, name="Jugendhilfe Nord e. V.")


@pytest.fixture
def offer(db, org):
    return make_live_offer(db, org, title="Mutig gegen Mobbing")


@pytest.fixture
def reviewer(db):
    return make_user(db, office_role="reviewer")


@pytest.fixture
def provider(db, org):
    user = make_user(db)
    add_member(db, user, org, "editor")
    return user


def _as(app, user):
    client = app.test_client()
    log_in(client, user)
    return client


def _post(client, url: str, **data):
    token = csrf_from(client.get("/konto/anmelden").get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **data})


def _text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return html.unescape(response.get_data(as_text=True))


def test_submitted_feedback_appears_only_in_the_office_queue(app, client, db, offer, reviewer, provider):
    send_feedback(client, offer.id, comment="Geheimer Kommentar vor der Freigabe")
    assert "Geheimer Kommentar" in _text(_as(app, reviewer), "/koordination/rueckmeldungen")
    assert "Geheimer Kommentar" not in _text(_as(app, provider), f"/traeger/angebote/{offer.id}/rueckmeldungen")
    assert "Geheimer Kommentar" not in _text(client, f"/angebote/{offer.id}")


def test_flagged_comments_come_first_in_the_queue(app, client, db, offer, reviewer):
    approved(db, offer, status="pending", comment="Ohne Auffälligkeit")
    approved(db, offer, status="pending", comment="Ruf an: 0371 1234567", flags="Telefonnummer")
    body = _text(_as(app, reviewer), "/koordination/rueckmeldungen")
    assert body.index("Ruf an") < body.index("Ohne Auffälligkeit")
    assert "Kommentar enthält Telefonnummer" in body


def test_approving_makes_the_feedback_count_and_is_audited(app, db, offer, reviewer):
    feedback = approved(db, offer, status="pending")
    response = _post(_as(app, reviewer), f"/koordination/rueckmeldungen/{feedback.id}", decision="approved")
    assert response.status_code == 302
    db.expire_all()
    assert db.get(OfferFeedback, feedback.id).status == "approved"
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "feedback.moderated"))
    assert event.offer_id == offer.id and event.actor_id == reviewer.id


def test_deciding_twice_is_refused_with_a_message(app, db, offer, reviewer):
    feedback = approved(db, offer, status="rejected")
    client = _as(app, reviewer)
    _post(client, f"/koordination/rueckmeldungen/{feedback.id}", decision="approved")
    assert "bereits entschieden" in _text(client, "/koordination/rueckmeldungen")
    db.expire_all()
    assert db.get(OfferFeedback, feedback.id).status == "rejected"


def test_office_member_of_the_provider_cannot_moderate_its_feedback(app, db, org, offer):
    insider = make_user(db, office_role="reviewer")
    add_member(db, insider, org, "editor")
    feedback = approved(db, offer, status="pending")
    response = _post(_as(app, insider), f"/koordination/rueckmeldungen/{feedback.id}", decision="approved")
    assert response.status_code == 403


def test_public_sees_count_and_share_only_from_the_minimum_on(app, client, db, offer):
    approved(db, offer, again=True)
    approved(db, offer, again=False)
    approved(db, offer, again=True, status="pending")
    assert "Noch zu wenige Rückmeldungen" in _text(client, f"/angebote/{offer.id}")
    approved(db, offer, again=True, status="ratings_only")
    body = _text(client, f"/angebote/{offer.id}")
    assert "3 Rückmeldungen" in body and "67\u202f%" in body


def test_comments_are_public_only_when_the_setting_says_so(app, client, db, offer, monkeypatch):
    approved(db, offer, comment="Sehr lebendig gestaltet")
    approved(db, offer, comment="Kommentar nur für die Bewertung", status="ratings_only")
    assert "Sehr lebendig" not in _text(client, f"/angebote/{offer.id}")
    monkeypatch.setitem(app.config, "FEEDBACK_PUBLIC_COMMENTS", True)
    body = _text(client, f"/angebote/{offer.id}")
    assert "Sehr lebendig" in body and "Kommentar nur für die Bewertung" not in body


def test_provider_sees_approved_comments_and_a_half_year_trend(app, db, offer, provider):
    approved(db, offer, comment="Toll gemacht", rating_fit=5, held_in=date(2026, 3, 1))
    approved(db, offer, rating_fit=3, held_in=date(2026, 5, 1))
    approved(db, offer, rating_fit=2, held_in=date(2026, 9, 1), again=False)
    approved(db, offer, comment="Abgelehnter Text", status="rejected")
    body = _text(_as(app, provider), f"/traeger/angebote/{offer.id}/rueckmeldungen")
    assert "Toll gemacht" in body and "Abgelehnter Text" not in body
    assert "3 freigegebene Rückmeldungen" in body and "67\u202f%" in body
    first, second = body.index("1. Halbjahr 2026"), body.index("2. Halbjahr 2026")
    assert first < second
    assert "4,0" in body[first:second] and "2,0" in body[second:]


def test_provider_answers_once_and_the_answer_waits_for_the_office(
    app, client, db, offer, provider, reviewer, monkeypatch
):
    feedback = approved(db, offer, comment="Gern wieder")
    own = _as(app, provider)
    url = f"/traeger/angebote/{offer.id}/rueckmeldungen/{feedback.id}/antwort"
    assert _post(own, url, text="Danke für die Rückmeldung!").status_code == 302
    _post(own, url, text="Noch eine Antwort")
    db.expire_all()
    assert (db.get(OfferFeedback, feedback.id).reply, feedback.reply_status) == (
        "Danke für die Rückmeldung!",
        "pending",
    )
    monkeypatch.setitem(app.config, "FEEDBACK_PUBLIC_COMMENTS", True)
    assert "Danke für die Rückmeldung" not in _text(client, f"/angebote/{offer.id}")
    _post(_as(app, reviewer), f"/koordination/rueckmeldungen/{feedback.id}/antwort", decision="approved")
    assert "Danke für die Rückmeldung" in _text(client, f"/angebote/{offer.id}")


def test_empty_answer_is_shown_again_with_a_message(app, db, offer, provider):
    feedback = approved(db, offer)
    response = _post(_as(app, provider), f"/traeger/angebote/{offer.id}/rueckmeldungen/{feedback.id}/antwort", text="")
    assert response.status_code == 400
    assert "Bitte füllen Sie dieses Feld aus." in html.unescape(response.get_data(as_text=True))


def test_answer_to_feedback_of_another_offer_is_not_found(app, db, org, offer, provider):
    other = approved(db, make_live_offer(db, org, title="Zweites Angebot"))
    response = _post(
        _as(app, provider), f"/traeger/angebote/{offer.id}/rueckmeldungen/{other.id}/antwort", text="Hallo"
    )
    assert response.status_code == 404
