"""Self-registration of a provider organisation with its first admin."""

from __future__ import annotations

from sqlalchemy import select

from catalogue.accounts.models import Membership, User
from catalogue.audit import AuditEvent
from catalogue.providers.models import Organisation
from tests.factories import make_organisation, make_user
from tests.functional.org_helpers import link_in, mails_to, post_form, text
from tests.helpers import log_in

REGISTER = "/traeger/registrieren"


def registration(**changes) -> dict:
    data = {
        "name": "Jugendhilfe Nord e. V.",
        "legal_form": "e. V.",
        "org_type": "verein",
        "email": "info@jugendhilfe-nord.example",
        "phone": "0371 123456",
        "website": "https://jugendhilfe-nord.example",
        "street": "Hauptstraße 1",
        "postcode": "09111",
        "city": "Chemnitz",
        "person_name": "Rita Register",
        "person_email": "rita@jugendhilfe-nord.example",
    }
    return {**data, **changes}


PASSWORD = {"password": "sicheres-passwort-1", "confirm": "sicheres-passwort-1"}


def start(client, **changes):
    """Step one: the form; the answer is a mail to the person's address."""
    return post_form(client, REGISTER, registration(**changes))


def confirm(client, db, address="rita@jugendhilfe-nord.example", **password):
    """Step two: follow the link in the newest mail to the address and set the password."""
    path = link_in(mails_to(db, address)[-1])
    return post_form(client, path, {**PASSWORD, **password})


def register(client, db, **changes):
    start(client, **changes)
    return confirm(client, db, changes.get("person_email", "rita@jugendhilfe-nord.example").lower())


def organisation_named(db, name) -> Organisation | None:
    return db.scalar(select(Organisation).where(Organisation.name == name))


def test_registration_page_is_public_with_labelled_fields(client):
    page = text(client.get(REGISTER))
    assert '<label for="person_email">' in page
    assert 'autocomplete="username"' in page
    assert 'type="password"' not in page  # the password is set on the page the mail links to
    assert '="None"' not in page
    assert "Verein / freier Träger" in page


def test_registration_creates_an_unverified_organisation(client, db):
    response = register(client, db)
    assert response.status_code == 302
    organisation = organisation_named(db, "Jugendhilfe Nord e. V.")
    assert organisation.verified_on is None
    assert organisation.slug == "jugendhilfe-nord-e-v"
    assert (organisation.org_type, organisation.city) == ("verein", "Chemnitz")


def test_registration_makes_the_person_admin_of_the_organisation(client, db):
    register(client, db)
    user = db.scalar(select(User).where(User.email == "rita@jugendhilfe-nord.example"))
    membership = db.scalar(select(Membership).where(Membership.user_id == user.id))
    assert membership.role == "admin"
    assert membership.organisation_id == organisation_named(db, "Jugendhilfe Nord e. V.").id


def test_registration_logs_the_person_in(client, db):
    response = register(client, db)
    dashboard = client.get(response.headers["Location"])
    assert dashboard.status_code == 200
    assert "Jugendhilfe Nord e. V." in text(dashboard)
    assert "noch nicht von der Koordinierungsstelle verifiziert" in text(dashboard)


def test_registration_tells_the_office_by_mail(app, client, db):
    register(client, db)
    [mail] = mails_to(db, app.config["OFFICE_EMAIL"])
    assert "Jugendhilfe Nord e. V." in mail.subject
    assert "/koordination/" in mail.body


def test_registration_is_recorded_in_the_audit_log(client, db):
    register(client, db)
    organisation = organisation_named(db, "Jugendhilfe Nord e. V.")
    actions = set(db.scalars(select(AuditEvent.action).where(AuditEvent.organisation_id == organisation.id)))
    assert {"organisation.registered", "membership.added"} <= actions


def test_taken_and_new_email_get_the_same_answer(client, db):
    make_user(db, email="rita@jugendhilfe-nord.example")
    taken = start(client)
    new = start(client, person_email="neu@jugendhilfe-nord.example")
    assert (taken.status_code, taken.headers["Location"]) == (new.status_code, new.headers["Location"])
    assert text(client.get(taken.headers["Location"])).count("Wir haben Ihnen eine E-Mail gesendet") == 1
    assert "bereits ein Konto" not in text(taken)


def test_taken_email_gets_a_notice_instead_of_a_link_and_nothing_is_created(client, db):
    make_user(db, email="rita@jugendhilfe-nord.example")
    start(client, person_email="Rita@Jugendhilfe-Nord.example")
    [mail] = mails_to(db, "rita@jugendhilfe-nord.example")
    assert "gibt es bereits ein Konto" in mail.body
    assert "/konto/passwort-vergessen" in mail.body
    assert "/traeger/registrieren/" not in mail.body
    assert organisation_named(db, "Jugendhilfe Nord e. V.") is None


def test_new_email_gets_a_confirmation_link_and_nothing_is_created_before(client, db):
    start(client)
    [mail] = mails_to(db, "rita@jugendhilfe-nord.example")
    assert link_in(mail).startswith("/traeger/registrieren/")
    assert organisation_named(db, "Jugendhilfe Nord e. V.") is None
    assert db.scalar(select(User).where(User.email == "rita@jugendhilfe-nord.example")) is None


def test_confirmation_link_keeps_no_live_token_in_the_outbox(client, db):
    start(client)
    [mail] = mails_to(db, "rita@jugendhilfe-nord.example")
    token = link_in(mail).removeprefix("/traeger/registrieren/")
    assert token[:20] not in mail.body


def test_tampered_confirmation_link_is_refused(client, db):
    start(client)
    path = link_in(mails_to(db, "rita@jugendhilfe-nord.example")[-1])
    response = client.get(path[:-3] + "abc")
    assert response.status_code == 400
    assert "Dieser Link ist ungültig" in text(response)


def test_confirmation_link_used_again_creates_nothing_more(app, client, db):
    register(client, db)
    again = confirm(app.test_client(), db)
    assert again.status_code == 400
    assert "inzwischen ein Konto" in text(again)
    assert len(list(db.scalars(select(Organisation).where(Organisation.name == "Jugendhilfe Nord e. V.")))) == 1


def test_slug_gets_a_numeric_suffix_when_taken(client, db):
    existing = make_organisation(db)
    existing.slug = "jugendhilfe-nord-e-v"
    db.flush()
    register(client, db)
    slugs = set(db.scalars(select(Organisation.slug).where(Organisation.name == "Jugendhilfe Nord e. V.")))
    assert slugs == {"jugendhilfe-nord-e-v-2"}


def test_javascript_website_is_refused_next_to_the_field(client, db):
    response = start(client, website="javascript:alert(1)")
    assert response.status_code == 200
    assert 'id="website-fehler"' in text(response)
    assert organisation_named(db, "Jugendhilfe Nord e. V.") is None


def test_organisation_type_must_come_from_the_list(client, db):
    response = start(client, org_type="sekte")
    assert 'id="org_type-fehler"' in text(response)
    assert organisation_named(db, "Jugendhilfe Nord e. V.") is None


def test_mismatched_password_repeat_is_shown_and_nothing_is_created(client, db):
    start(client)
    response = confirm(client, db, confirm="etwas-anderes-123")
    assert 'autocomplete="new-password"' in text(response)
    assert "Die Passwörter stimmen nicht überein." in text(response)
    assert db.scalar(select(User).where(User.email == "rita@jugendhilfe-nord.example")) is None


def test_logged_in_person_registers_another_organisation_with_their_account(client, db):
    user = make_user(db, email="schon-da@test.example")
    log_in(client, user)
    assert "person_email" not in text(client.get(REGISTER))
    data = {key: value for key, value in registration().items() if not key.startswith("person_")}
    response = post_form(client, REGISTER, data)
    assert response.status_code == 302
    organisation = organisation_named(db, "Jugendhilfe Nord e. V.")
    assert (
        db.scalar(
            select(Membership.role).where(Membership.user_id == user.id, Membership.organisation_id == organisation.id)
        )
        == "admin"
    )
    assert db.scalar(select(User).where(User.email == "rita@jugendhilfe-nord.example")) is None
