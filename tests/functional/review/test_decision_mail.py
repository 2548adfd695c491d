"""The change-request mail carries the comments per criterion and reaches both the
organisation's address and the person who submitted."""

from __future__ import annotations

from sqlalchemy import select

from catalogue.mail import MailOutbox
from tests.functional.review.pages import checklist, review_of, start, submit_review
from tests.helpers import log_in
from tests.integration.review import scenario as s


def request_changes(client, db, setup, world):
    revision = setup(s.submitted, world["provider"], world["organisation"], title="Mut tut gut")
    log_in(client, world["reviewer"])
    start(client, revision.id)
    review = review_of(db, revision.id, world["reviewer"])
    fields = checklist(db, review, Q02=("teilweise", "Ziele bitte messbar formulieren", ""), Q11=("erfuellt", "", ""))
    response = submit_review(client, review.id, "request_changes", fields, message="Bitte Ziele überarbeiten.")
    assert response.status_code == 302
    db.expire_all()
    return db.scalars(select(MailOutbox).where(MailOutbox.subject.like("Prüfergebnis:%"))).all()


def test_change_request_mail_goes_to_the_organisation_and_the_submitter(client, db, setup, world):
    mails = request_changes(client, db, setup, world)
    assert sorted(m.to_addr for m in mails) == sorted([world["organisation"].email, world["provider"].email])


def test_change_request_mail_lists_each_commented_criterion_with_its_rating(client, db, setup, world):
    body = request_changes(client, db, setup, world)[0].body
    assert "Bitte Ziele überarbeiten." in body
    assert "Q02 Ziele sind konkret, verständlich, erreichbar und überprüfbar – teilweise" in body
    assert "Kommentar: Ziele bitte messbar formulieren" in body
    assert "Q11" not in body  # met and without a comment: nothing to say
    assert "was Sie geändert haben" in body
