"""The coordination office: verifying organisations and creating office accounts."""

from __future__ import annotations

from sqlalchemy import select

from catalogue.accounts.models import User
from catalogue.audit import AuditEvent
from catalogue.changefeed import SearchChange
from tests.factories import add_member, make_live_offer, make_organisation, make_user
from tests.functional.org_helpers import link_in, mails_to, post_form, text
from tests.helpers import ENROL, enrol_from_page, log_in, post_login

DASHBOARD = "/koordination/"
USERS = "/koordination/nutzer"


def verify(client, organisation):
    return post_form(client, f"/koordination/traeger/{organisation.id}/verifizieren", {}, form_page=DASHBOARD)


def logged_in_office(client, db, role="reviewer"):
    user = make_user(db, office_role=role)
    log_in(client, user)
    return user


def test_dashboard_lists_organisations_awaiting_verification(client, db):
    waiting = make_organisation(db, name="Wartet noch e. V.", verified=False)
    make_organisation(db, name="Schon geprüft e. V.")
    logged_in_office(client, db)
    page = text(client.get(DASHBOARD))
    waiting_section = page.split('id="zu-verifizieren"')[1].split('id="alle-traeger"')[0]
    assert "Wartet noch e. V." in waiting_section
    assert "Schon geprüft e. V." not in waiting_section
    assert f"/koordination/traeger/{waiting.id}/verifizieren" in waiting_section


def test_dashboard_lists_all_organisations(client, db):
    make_organisation(db, name="Wartet noch e. V.", verified=False)
    make_organisation(db, name="Schon geprüft e. V.")
    logged_in_office(client, db)
    all_section = text(client.get(DASHBOARD)).split('id="alle-traeger"')[1]
    assert "Wartet noch e. V." in all_section and "Schon geprüft e. V." in all_section


def test_reviewer_verifies_an_organisation(client, db):
    organisation = make_organisation(db, verified=False)
    reviewer = logged_in_office(client, db)
    response = verify(client, organisation)
    assert response.status_code == 302
    db.refresh(organisation)
    assert organisation.verified_on is not None
    assert organisation.verified_by_id == reviewer.id


def test_verification_is_recorded_in_the_audit_log(client, db):
    organisation = make_organisation(db, verified=False)
    reviewer = logged_in_office(client, db)
    verify(client, organisation)
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "organisation.verified"))
    assert (event.actor_id, event.organisation_id) == (reviewer.id, organisation.id)


def test_verification_records_a_search_change_for_each_offer(client, db):
    organisation = make_organisation(db, verified=False)
    offers = [make_live_offer(db, organisation), make_live_offer(db, organisation, listing="paused")]
    logged_in_office(client, db)
    verify(client, organisation)
    changed = list(
        db.scalars(select(SearchChange.offer_id).where(SearchChange.offer_id.in_([offer.id for offer in offers])))
    )
    assert sorted(changed) == sorted(offer.id for offer in offers)


def test_verification_mails_the_organisation(client, db):
    organisation = make_organisation(db, verified=False)
    logged_in_office(client, db)
    verify(client, organisation)
    [mail] = mails_to(db, organisation.email)
    assert "verifiziert" in mail.subject


def test_verification_by_a_member_of_that_organisation_is_refused(client, db):
    organisation = make_organisation(db, verified=False)
    reviewer = logged_in_office(client, db)
    add_member(db, reviewer, organisation, "editor")
    response = verify(client, organisation)
    assert response.status_code == 403
    assert "dem Sie selbst angehören" in text(response)
    db.refresh(organisation)
    assert organisation.verified_on is None
    assert db.scalars(select(SearchChange)).all() == []


def test_dashboard_offers_no_verify_button_to_a_member(client, db):
    organisation = make_organisation(db, verified=False)
    reviewer = logged_in_office(client, db)
    add_member(db, reviewer, organisation, "admin")
    page = text(client.get(DASHBOARD))
    assert f"/koordination/traeger/{organisation.id}/verifizieren" not in page
    assert "können ihn nicht selbst verifizieren" in page


def test_verifying_twice_gives_409(client, db):
    organisation = make_organisation(db)
    logged_in_office(client, db)
    assert verify(client, organisation).status_code == 409


def test_provider_staff_cannot_verify(client, db):
    own, other = make_organisation(db), make_organisation(db, verified=False)
    provider = make_user(db)
    add_member(db, provider, own, "admin")
    log_in(client, provider)
    assert client.get(DASHBOARD).status_code == 403
    assert verify(client, other).status_code == 403
    db.refresh(other)
    assert other.verified_on is None


def test_office_admin_creates_a_reviewer_who_sets_a_password_by_mail(app, client, db):
    logged_in_office(client, db, role="admin")
    response = post_form(
        client, USERS, {"name": "Rolf Prüfer", "email": "rolf@stadt.example", "office_role": "reviewer"}
    )
    assert response.status_code == 302
    user = db.scalar(select(User).where(User.email == "rolf@stadt.example"))
    assert user.office_role == "reviewer"
    link = link_in(mails_to(db, "rolf@stadt.example")[0])
    newcomer = app.test_client()
    post_form(newcomer, link, {"password": "rolfs-eigenes-passwort", "confirm": "rolfs-eigenes-passwort"})
    response = post_login(newcomer, "rolf@stadt.example", "rolfs-eigenes-passwort")
    assert response.headers["Location"].endswith(ENROL)  # office accounts enrol a second factor first
    enrol_from_page(newcomer)
    assert newcomer.get(DASHBOARD).status_code == 200


def test_user_list_shows_all_accounts(client, db):
    provider = make_user(db, name="Paula Provider")
    logged_in_office(client, db, role="admin")
    page = text(client.get(USERS))
    assert "Paula Provider" in page and provider.email in page


def test_office_account_with_taken_email_shows_error_next_to_the_field(client, db):
    taken = make_user(db)
    logged_in_office(client, db, role="admin")
    response = post_form(client, USERS, {"name": "Doppelt", "email": taken.email, "office_role": "admin"})
    assert response.status_code == 400
    assert 'id="email-fehler"' in text(response)
    assert 'value="Doppelt"' in text(response)


def test_reviewer_cannot_manage_users(client, db):
    logged_in_office(client, db, role="reviewer")
    assert client.get(USERS).status_code == 403
    response = post_form(
        client, USERS, {"name": "X", "email": "x@stadt.example", "office_role": "admin"}, form_page=DASHBOARD
    )
    assert response.status_code == 403
    assert db.scalar(select(User).where(User.email == "x@stadt.example")) is None


def test_office_admin_deactivates_an_account_which_keeps_its_history_and_loses_its_sessions(app, client, db):
    provider = make_user(db, name="Paula Provider")
    provider_client = app.test_client()
    log_in(provider_client, provider)
    logged_in_office(client, db, role="admin")
    response = post_form(client, f"{USERS}/{provider.id}/deaktivieren", {}, form_page=USERS)
    assert response.status_code == 302
    assert provider_client.get("/traeger/").status_code == 302  # the session ended
    assert post_login(app.test_client(), provider.email).status_code == 401
    db.expire_all()
    assert db.get(User, provider.id) is not None  # history kept
    actions = set(db.scalars(select(AuditEvent.action)))
    assert {"user.deactivated", "user.login"} <= actions


def test_a_deactivated_account_can_be_activated_again(app, client, db):
    provider = make_user(db)
    logged_in_office(client, db, role="admin")
    post_form(client, f"{USERS}/{provider.id}/deaktivieren", {}, form_page=USERS)
    post_form(client, f"{USERS}/{provider.id}/aktivieren", {}, form_page=USERS)
    assert post_login(app.test_client(), provider.email).status_code == 302


def test_nobody_deactivates_their_own_account(client, db):
    admin = logged_in_office(client, db, role="admin")
    assert post_form(client, f"{USERS}/{admin.id}/deaktivieren", {}, form_page=USERS).status_code == 403
