"""An office admin hands an open review to another reviewer; the step is audited."""

from __future__ import annotations

import json

from sqlalchemy import select

from catalogue.audit import AuditEvent
from catalogue.review.models import Review
from tests.functional.review.pages import checklist, review_of, start, submit_review, text, token
from tests.helpers import log_in
from tests.integration.review import scenario as s


def open_review(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"], title="Mut tut gut")
    log_in(client, world["reviewer"])
    start(client, revision.id)
    client.get("/")
    return review_of(db, revision.id, world["reviewer"])


def reassign(client, review, reviewer_id: int):
    data = {"csrf_token": token(client), "review_version": review.version, "reviewer_id": reviewer_id}
    return client.post(f"/koordination/pruefung/{review.id}/uebertragen", data=data)


def test_office_admin_reassigns_an_open_review_with_an_audit_event(client, db, setup, world):
    review = open_review(client, db, setup, world)
    colleague = s.reviewer(db, "Karl Kollege")
    admin = s.reviewer(db, "Anna Admin", role="admin")
    db.commit()
    log_in(client, admin)
    assert "Prüfung an eine andere Person übertragen" in text(client.get(f"/koordination/pruefung/{review.id}"))
    response = reassign(client, review, colleague.id)
    assert response.status_code == 302
    assert "an Karl Kollege übertragen" in text(client.get(response.headers["Location"]))
    db.expire_all()
    assert db.get(Review, review.id).reviewer_id == colleague.id
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "review.reassigned")).one()
    assert event.actor_id == admin.id and json.loads(event.details)["to_reviewer"] == colleague.id


def test_a_decided_review_cannot_be_reassigned(client, db, setup, world):
    review = open_review(client, db, setup, world)
    log_in(client, world["reviewer"])
    submit_review(client, review.id, "request_changes", checklist(db, review), message="Bitte ändern.")
    client.get("/")
    colleague, admin = s.reviewer(db, "Karl Kollege"), s.reviewer(db, "Anna Admin", role="admin")
    db.commit()
    log_in(client, admin)
    db.expire_all()
    assert reassign(client, db.get(Review, review.id), colleague.id).status_code == 409
    assert db.get(Review, review.id).reviewer_id == world["reviewer"].id
