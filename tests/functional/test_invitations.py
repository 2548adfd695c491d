"""Accepting an invitation: new account, existing account, wrong account, stale links."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from catalogue.accounts.models import Invitation, Membership, User
from catalogue.clock import utcnow
from tests.conftest import csrf_from
from tests.factories import add_member, make_organisation, make_user
from tests.functional.org_helpers import link_in, mails_to, post_form, text
from tests.helpers import log_in


def invitation_link(app, db, *, email="eingeladen@test.example", role="editor"):
    """An organisation whose admin invited `email`; returns (organisation, link path)."""
    organisation = make_organisation(db, name="Theater Grenzen e. V.")
    admin = make_user(db)
    add_member(db, admin, organisation, "admin")
    inviter = app.test_client()
    log_in(inviter, admin)
    response = post_form(inviter, f"/traeger/{organisation.slug}/mitglieder", {"email": email, "role": role})
    assert response.status_code == 302
    return organisation, link_in(mails_to(db, email)[-1])


def membership(db, organisation, email) -> Membership | None:
    return db.scalar(
        select(Membership)
        .join(User, User.id == Membership.user_id)
        .where(Membership.organisation_id == organisation.id, User.email == email)
    )


def test_invitation_page_names_the_organisation(app, client, db):
    _organisation, link = invitation_link(app, db)
    page = text(client.get(link))
    assert "Theater Grenzen e. V." in page
    assert "eingeladen@test.example" in page


def test_new_person_creates_account_joins_and_is_logged_in(app, client, db):
    organisation, link = invitation_link(app, db)
    response = post_form(
        client, link, {"name": "Ida Neu", "password": "mein-neues-passwort", "confirm": "mein-neues-passwort"}
    )
    assert response.status_code == 302
    assert membership(db, organisation, "eingeladen@test.example").role == "editor"
    dashboard = text(client.get("/traeger/"))
    assert "Theater Grenzen e. V." in dashboard and "Ida Neu" in dashboard


def test_invited_role_is_applied(app, client, db):
    organisation, link = invitation_link(app, db, role="admin")
    post_form(client, link, {"name": "Ida Neu", "password": "mein-neues-passwort", "confirm": "mein-neues-passwort"})
    assert membership(db, organisation, "eingeladen@test.example").role == "admin"


def test_too_short_password_keeps_the_name_and_creates_nothing(app, client, db):
    organisation, link = invitation_link(app, db)
    response = post_form(client, link, {"name": "Ida Neu", "password": "kurz", "confirm": "kurz"})
    assert 'id="password-fehler"' in text(response)
    assert 'value="Ida Neu"' in text(response)
    assert membership(db, organisation, "eingeladen@test.example") is None


def test_existing_account_not_logged_in_is_asked_to_log_in(app, client, db):
    make_user(db, email="eingeladen@test.example")
    _organisation, link = invitation_link(app, db)
    page = text(client.get(link))
    assert "Bitte melden Sie sich an" in page
    assert f'href="/konto/anmelden?next={link}"' in page


def test_logged_in_invitee_confirms_and_joins(app, client, db):
    user = make_user(db, email="eingeladen@test.example")
    organisation, link = invitation_link(app, db)
    log_in(client, user)
    assert "Einladung annehmen" in text(client.get(link))
    response = post_form(client, link, {})
    assert response.status_code == 302
    assert membership(db, organisation, user.email).role == "editor"


def test_login_from_the_invitation_returns_to_it(app, client, db):
    user = make_user(db, email="eingeladen@test.example")
    _organisation, link = invitation_link(app, db)
    response = post_form(
        client, "/konto/anmelden", {"email": user.email, "password": "richtig-langes-passwort", "next": link}
    )
    assert response.headers["Location"].endswith(link)


def test_other_logged_in_account_is_asked_to_switch_and_cannot_join(app, client, db):
    organisation, link = invitation_link(app, db)
    other = make_user(db, email="jemand-anders@test.example")
    log_in(client, other)
    page = text(client.get(link))
    assert "melden Sie sich bitte ab" in page
    assert "Einladung annehmen</button>" not in page
    post_form(client, link, {})
    assert membership(db, organisation, other.email) is None


def test_used_invitation_shows_a_clear_message(app, client, db):
    _organisation, link = invitation_link(app, db)
    post_form(client, link, {"name": "Ida Neu", "password": "mein-neues-passwort", "confirm": "mein-neues-passwort"})
    response = app.test_client().get(link)
    assert response.status_code == 410
    assert "bereits angenommen" in text(response)


def test_expired_invitation_shows_a_clear_message_and_cannot_be_accepted(app, client, db):
    organisation, link = invitation_link(app, db)
    form_page = client.get(link)
    db.execute(update(Invitation).values(expires_at=utcnow() - timedelta(minutes=1)))
    response = client.get(link)
    assert response.status_code == 410
    assert "abgelaufen" in text(response)
    client.post(
        link,
        data={
            "name": "Ida",
            "password": "mein-neues-passwort",
            "confirm": "mein-neues-passwort",
            "csrf_token": csrf_from(text(form_page)),
        },
    )
    assert membership(db, organisation, "eingeladen@test.example") is None


def test_unknown_invitation_token_gives_400(client, db):
    response = client.get("/konto/einladung/gibt-es-nicht")
    assert response.status_code == 400
    assert "ungültig" in text(response)


def test_invitation_expires_after_the_configured_days(app, client, db):
    invitation_link(app, db)
    invitation = db.scalars(select(Invitation)).one()
    expected = utcnow() + timedelta(days=app.config["INVITATION_DAYS"])
    assert abs(invitation.expires_at - expected) < timedelta(minutes=1)
