"""The review page end to end over HTTP: start, rate, decide; conflicts and refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from catalogue.audit import AuditEvent
from catalogue.mail import MailOutbox
from catalogue.offers.models import Offer, OfferRevision
from catalogue.review.models import Review
from tests.factories import add_member
from tests.functional.review.pages import (
    QUEUE,
    checklist,
    criteria_ids,
    form_of,
    hidden,
    review_of,
    start,
    submit_review,
    text,
    token,
)
from tests.helpers import log_in
from tests.integration.review import scenario as s


@pytest.fixture
def in_review(client, db, setup, world):
    """A submitted revision whose review the logged-in reviewer has just started via the queue."""
    revision = setup(s.submitted, world["provider"], world["organisation"], title="Stark ohne Gewalt")
    log_in(client, world["reviewer"])
    assert start(client, revision.id).status_code == 302
    return revision, review_of(db, revision.id, world["reviewer"])


def count(db, model, *where) -> int:
    db.expire_all()
    return db.scalar(select(func.count()).select_from(model).where(*where))


def test_reviewer_rates_saves_and_requests_changes(client, db, world, in_review):
    revision, review = in_review
    fields = checklist(db, review, Q02=("teilweise", "Ziele zu allgemein", ""))
    saved = submit_review(client, review.id, "save", fields, note="Mit Polizei abstimmen")
    assert saved.status_code == 302
    page = text(client.get(saved.headers["Location"]))
    assert "Ihre Bewertung ist zwischengespeichert." in page and "Ziele zu allgemein" in page
    response = submit_review(
        client,
        review.id,
        "request_changes",
        fields,
        reasons=["INCOMPLETE"],
        message="Bitte formulieren Sie überprüfbare Ziele.",
        note="Mit Polizei abstimmen",
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(QUEUE)
    assert "gebeten, „Stark ohne Gewalt“ (Fassung 1) zu überarbeiten" in text(client.get(QUEUE))
    assert s.fresh(db, OfferRevision, revision.id).state == "changes_requested"
    assert s.fresh(db, Review, review.id).reason_codes == "INCOMPLETE"


def test_approval_puts_the_offer_on_the_start_page(client, db, world, in_review):
    revision, review = in_review
    assert "Stark ohne Gewalt" not in text(client.get("/"))
    response = submit_review(client, review.id, "approve", checklist(db, review))
    assert response.status_code == 302
    assert "ist freigegeben und jetzt öffentlich sichtbar" in text(client.get(QUEUE))
    assert "Stark ohne Gewalt" in text(client.get("/"))
    assert s.fresh(db, Offer, revision.offer_id).listing == "live"


def test_rejection_with_a_reason_is_recorded_and_reported(client, db, world, in_review):
    revision, review = in_review
    response = submit_review(
        client,
        review.id,
        "reject",
        checklist(db, review, Q17="nicht_erfuellt"),
        reasons=["HARMFUL_METHOD"],
        message="Abschreckung ist ausgeschlossen.",
    )
    assert response.status_code == 302
    assert s.fresh(db, OfferRevision, revision.id).state == "rejected"
    assert s.fresh(db, Review, review.id).reason_codes == "HARMFUL_METHOD"
    assert count(db, AuditEvent, AuditEvent.action == "review.reject", AuditEvent.offer_id == revision.offer_id) == 1


def test_refused_decision_lists_the_problems_and_keeps_the_input(client, db, world, in_review):
    revision, review = in_review
    fields = checklist(db, review, Q08=("nicht_erfuellt", "Qualifikation fehlt", ""))
    response = submit_review(client, review.id, "approve", fields, message="Entwurf an den Träger", note="Nur intern")
    page = text(response)
    assert response.status_code == 400
    q08 = f"rating_{criteria_ids(db, review)['Q08']}"
    assert 'role="alert"' in page
    assert f'<a href="#kriterium-{criteria_ids(db, review)["Q08"]}">Muss-Kriterium Q08 ist nicht erfüllt.</a>' in page
    assert f'checked id="{q08}-2" name="{q08}" type="radio" value="nicht_erfuellt"' in page
    assert "Qualifikation fehlt" in page and "Entwurf an den Träger" in page and "Nur intern" in page
    assert s.fresh(db, OfferRevision, revision.id).state == "in_review"
    assert count(db, Review, Review.id == review.id, Review.decision.is_not(None)) == 0


def test_double_clicked_approve_makes_one_decision(client, db, world, in_review):
    revision, review = in_review
    fields, hidden_fields = checklist(db, review), form_of(client, review.id)
    first = submit_review(client, review.id, "approve", fields, hidden_fields=hidden_fields)
    second = submit_review(client, review.id, "approve", fields, hidden_fields=hidden_fields)
    assert first.status_code == 302 and second.status_code == 409
    assert count(db, Review, Review.revision_id == revision.id, Review.decision == "approve") == 1
    assert count(db, AuditEvent, AuditEvent.action == "review.approve") == 1
    assert count(db, AuditEvent, AuditEvent.action == "offer.published") == 1


def test_two_reviewers_deciding_at_once_one_gets_a_conflict(app, client, db, world, config, setup):
    config(APPROVALS_REQUIRED=2)
    revision = setup(s.submitted, world["provider"], world["organisation"])
    second = s.reviewer(db, "Otto Zweitprüfer")
    other = app.test_client()
    log_in(client, world["reviewer"])
    log_in(other, second)
    start(client, revision.id)
    start(other, revision.id)
    mine, theirs = review_of(db, revision.id, world["reviewer"]), review_of(db, revision.id, second)
    my_page, their_page = form_of(client, mine.id), form_of(other, theirs.id)  # both open at once
    assert submit_review(client, mine.id, "approve", checklist(db, mine), hidden_fields=my_page).status_code == 302
    response = submit_review(
        other,
        theirs.id,
        "request_changes",
        checklist(db, theirs, Q02=("teilweise", "knapp", "")),
        hidden_fields=their_page,
        message="Bitte Ziele schärfen.",
    )
    assert response.status_code == 409
    assert "von jemand anderem geändert" in text(response) and "Bitte Ziele schärfen." in text(response)
    assert s.fresh(db, OfferRevision, revision.id).state == "in_review"
    assert s.fresh(db, Review, theirs.id).decision is None
    assert count(db, Review, Review.revision_id == revision.id, Review.decision.is_not(None)) == 1
    assert count(db, AuditEvent, AuditEvent.action.like("review.%"), AuditEvent.action != "review.started") == 1
    # The conflict page carries the current versions: checking and sending again works.
    again = {name: hidden(text(response), name) for name in ("csrf_token", "review_version", "revision_version")}
    retry = submit_review(other, theirs.id, "approve", checklist(db, theirs), hidden_fields=again)
    assert retry.status_code == 302
    assert s.fresh(db, Offer, revision.offer_id).listing == "live"


def test_stale_save_from_a_second_tab_keeps_the_input(client, db, world, in_review):
    revision, review = in_review
    old_tab = form_of(client, review.id)
    submit_review(client, review.id, "save", checklist(db, review))
    response = submit_review(
        client, review.id, "save", checklist(db, review, Q01=("teilweise", "Alter Tab", "")), hidden_fields=old_tab
    )
    assert response.status_code == 409 and "Alter Tab" in text(response)


def test_member_reviewer_cannot_open_or_decide(client, db, world, in_review):
    revision, review = in_review
    add_member(db, world["reviewer"], world["organisation"], "editor")  # joined the provider meanwhile
    assert client.get(f"/koordination/pruefung/{review.id}").status_code == 403
    response = submit_review(
        client,
        review.id,
        "approve",
        checklist(db, review),
        hidden_fields={"csrf_token": token(client), "review_version": review.version, "revision_version": 2},
    )
    assert response.status_code == 403
    assert s.fresh(db, OfferRevision, revision.id).state == "in_review"


def test_provider_never_sees_the_internal_note(app, client, db, world, in_review):
    revision, review = in_review
    submit_review(
        client,
        review.id,
        "request_changes",
        checklist(db, review),
        reasons=["INCOMPLETE"],
        message="Bitte Kosten angeben.",
        note="Geheime Einschätzung der Koordinierungsstelle",
    )
    mail = db.scalars(
        select(MailOutbox).where(MailOutbox.to_addr == world["organisation"].email).order_by(MailOutbox.id.desc())
    ).first()
    assert "Bitte Kosten angeben." in mail.body and "Geheime Einschätzung" not in mail.body
    provider_page = f"/traeger/angebote/{revision.offer_id}"
    if app.url_map.bind("katalog.test").test(provider_page, method="GET") is False:
        pytest.skip("the provider's offer page does not exist yet")
    provider = app.test_client()
    log_in(provider, world["provider"])
    page = provider.get(provider_page)
    assert page.status_code == 200
    assert "Bitte Kosten angeben." in text(page)  # the feedback is shown …
    assert "Geheime Einschätzung" not in text(page)  # … but never the internal note
