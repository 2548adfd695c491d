"""Self-registration of a provider organisation with its first admin."""

from __future__ import annotations

from sqlalchemy import select

from catalogue.accounts.models import Membership, User
from catalogue.audit import AuditEvent
from catalogue.providers.models import Organisation
from tests.factories import make_organisation, make_user
from tests.functional.org_helpers import mails_to, post_form, text
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
        "password": "sicheres-passwort-1",
        "confirm": "sicheres-passwort-1",
    }
    return {**data, **changes}


def register(client, **changes):
    return post_form(client, REGISTER, registration(**changes))


def organisation_named(db, name) -> Organisation | None:
    return db.scalar(select(Organisation).where(Organisation.name == name))


def test_registration_page_is_public_with_labelled_fields(client):
    page = text(client.get(REGISTER))
    assert '<label for="person_email">' in page
    assert 'autocomplete="new-password"' in page
    assert '="None"' not in page
    assert "Verein / freier Träger" in page


def test_registration_creates_an_unverified_organisation(client, db):
    response = register(client)
    assert response.status_code == 302
    organisation = organisation_named(db, "Jugendhilfe Nord e. V.")
    assert organisation.verified_on is None
    assert organisation.slug == "jugendhilfe-nord-e-v"
    assert (organisation.org_type, organisation.city) == ("verein", "Chemnitz")


def test_registration_makes_the_person_admin_of_the_organisation(client, db):
    register(client)
    user = db.scalar(select(User).where(User.email == "rita@jugendhilfe-nord.example"))
    membership = db.scalar(select(Membership).where(Membership.user_id == user.id))
    assert membership.role == "admin"
    assert membership.organisation_id == organisation_named(db, "Jugendhilfe Nord e. V.").id


def test_registration_logs_the_person_in(client, db):
    response = register(client)
    dashboard = client.get(response.headers["Location"])
    assert dashboard.status_code == 200
    assert "Jugendhilfe Nord e. V." in text(dashboard)
    assert "noch nicht von der Koordinierungsstelle verifiziert" in text(dashboard)


def test_registration_tells_the_office_by_mail(app, client, db):
    register(client)
    [mail] = mails_to(db, app.config["OFFICE_EMAIL"])
    assert "Jugendhilfe Nord e. V." in mail.subject
    assert "/koordination/" in mail.body


def test_registration_is_recorded_in_the_audit_log(client, db):
    register(client)
    organisation = organisation_named(db, "Jugendhilfe Nord e. V.")
    actions = set(db.scalars(select(AuditEvent.action).where(AuditEvent.organisation_id == organisation.id)))
    assert {"organisation.registered", "membership.added"} <= actions


def test_taken_email_shows_error_next_to_the_field_and_keeps_the_input(client, db):
    make_user(db, email="rita@jugendhilfe-nord.example")
    response = register(client)
    page = text(response)
    assert response.status_code == 400
    assert 'id="person_email-fehler"' in page
    assert "Für diese E-Mail-Adresse gibt es bereits ein Konto." in page
    assert 'value="Jugendhilfe Nord e. V."' in page
    assert 'value="Hauptstraße 1"' in page
    assert organisation_named(db, "Jugendhilfe Nord e. V.") is None


def test_taken_email_in_other_case_is_also_refused(client, db):
    make_user(db, email="rita@jugendhilfe-nord.example")
    assert register(client, person_email="Rita@Jugendhilfe-Nord.example").status_code == 400


def test_slug_gets_a_numeric_suffix_when_taken(client, db):
    existing = make_organisation(db)
    existing.slug = "jugendhilfe-nord-e-v"
    db.flush()
    register(client)
    slugs = set(db.scalars(select(Organisation.slug).where(Organisation.name == "Jugendhilfe Nord e. V.")))
    assert slugs == {"jugendhilfe-nord-e-v-2"}


def test_javascript_website_is_refused_next_to_the_field(client, db):
    response = register(client, website="javascript:alert(1)")
    assert response.status_code == 200
    assert 'id="website-fehler"' in text(response)
    assert organisation_named(db, "Jugendhilfe Nord e. V.") is None


def test_organisation_type_must_come_from_the_list(client, db):
    response = register(client, org_type="sekte")
    assert 'id="org_type-fehler"' in text(response)
    assert organisation_named(db, "Jugendhilfe Nord e. V.") is None


def test_mismatched_password_repeat_is_shown_and_nothing_is_created(client, db):
    response = register(client, confirm="etwas-anderes-123")
    assert "Die Passwörter stimmen nicht überein." in text(response)
    assert db.scalar(select(User).where(User.email == "rita@jugendhilfe-nord.example")) is None


def test_logged_in_person_registers_another_organisation_with_their_account(client, db):
    user = make_user(db, email="schon-da@test.example")
    log_in(client, user)
    assert "person_email" not in text(client.get(REGISTER))
    data = {key: value for key, value in registration().items() if not key.startswith(("person_", "pass", "conf"))}
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
