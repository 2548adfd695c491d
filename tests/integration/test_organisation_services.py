"""Organisation, member and office services called directly on a real database."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from catalogue.accounts.models import Membership, PasswordResetToken
from catalogue.accounts.services import request_password_reset
from catalogue.errors import InvalidTransition, NotFound, PermissionDenied, StaleEdit, ValidationFailed
from catalogue.mail import MailOutbox
from catalogue.office.services import create_office_account, verify_organisation
from catalogue.policy import Policy
from catalogue.providers import members
from catalogue.providers.services import register_organisation, unique_slug, update_organisation
from tests.factories import add_member, make_organisation, make_user

LINK = "https://katalog.example/link/"


def profile(organisation, **changes) -> dict:
    values = dict(
        name=organisation.name,
        legal_form="",
        org_type="verein",
        description="",
        email=organisation.email,
        phone="",
        website="",
        street="",
        postcode="",
        city="",
    )
    return {**values, **changes}


def registration(**changes) -> dict:
    values = dict(
        name="Neuer Träger",
        legal_form="",
        org_type="verein",
        email="info@neu.example",
        phone="",
        website="",
        street="",
        postcode="",
        city="",
        person_name="Nina",
        person_email="nina@neu.example",
        password="langes-passwort-1",
        policy=Policy(office_email="office@stadt.example"),
        review_url="https://katalog.example/koordination/",
    )
    return {**values, **changes}


def test_unique_slug_counts_up_past_taken_suffixes(db):
    for slug in ("bunt-e-v", "bunt-e-v-2"):
        make_organisation(db).slug = slug
    db.flush()
    assert unique_slug(db, "Bunt e. V.") == "bunt-e-v-3"


def test_registration_reports_a_taken_address_on_the_person_email_field(db):
    make_user(db, email="nina@neu.example")
    with pytest.raises(ValidationFailed) as caught:
        register_organisation(db, **registration())
    assert caught.value.field == "person_email"


def test_stale_version_raises_and_leaves_the_row_alone(db):
    organisation = make_organisation(db, name="Stabil e. V.")
    admin = make_user(db)
    add_member(db, admin, organisation, "admin")
    with pytest.raises(StaleEdit):
        update_organisation(
            db, actor=admin, organisation_id=organisation.id, version=0, **profile(organisation, name="Anders e. V.")
        )
    db.refresh(organisation)
    assert (organisation.name, organisation.version) == ("Stabil e. V.", 1)


def test_profile_update_by_an_outsider_is_not_found(db):
    organisation = make_organisation(db)
    outsider = make_user(db)
    with pytest.raises(NotFound):
        update_organisation(
            db, actor=outsider, organisation_id=organisation.id, version=1, **profile(organisation, name="Gekapert")
        )


def test_profile_update_by_an_editor_is_denied(db):
    organisation = make_organisation(db)
    editor = make_user(db)
    add_member(db, editor, organisation, "editor")
    with pytest.raises(PermissionDenied):
        update_organisation(
            db, actor=editor, organisation_id=organisation.id, version=1, **profile(organisation, name="Anders")
        )


def test_last_admin_cannot_remove_themselves(db):
    organisation = make_organisation(db)
    admin = make_user(db)
    add_member(db, admin, organisation, "admin")
    with pytest.raises(InvalidTransition):
        members.remove_member(db, actor=admin, organisation_id=organisation.id, user_id=admin.id)
    assert (
        db.scalar(select(func.count()).select_from(Membership).where(Membership.organisation_id == organisation.id))
        == 1
    )


def test_invitation_for_another_address_cannot_be_accepted(db):
    organisation = make_organisation(db)
    admin, other = make_user(db), make_user(db)
    add_member(db, admin, organisation, "admin")
    members.invite_member(
        db,
        actor=admin,
        organisation_id=organisation.id,
        email="gemeint@test.example",
        role="editor",
        link_base=LINK,
        valid_days=14,
    )
    token = (
        db.scalar(select(MailOutbox.body).where(MailOutbox.to_addr == "gemeint@test.example")).split(LINK)[1].split()[0]
    )
    with pytest.raises(PermissionDenied):
        members.accept_invitation(db, token=token, actor=other)


def test_invite_with_unknown_role_is_refused(db):
    organisation = make_organisation(db)
    admin = make_user(db)
    add_member(db, admin, organisation, "admin")
    with pytest.raises(ValidationFailed) as caught:
        members.invite_member(
            db,
            actor=admin,
            organisation_id=organisation.id,
            email="x@test.example",
            role="owner",
            link_base=LINK,
            valid_days=14,
        )
    assert caught.value.field == "role"


def test_provider_staff_cannot_verify(db):
    organisation = make_organisation(db, verified=False)
    provider = make_user(db)
    with pytest.raises(PermissionDenied):
        verify_organisation(db, actor=provider, organisation_id=organisation.id, policy=Policy())


def test_reviewer_cannot_create_office_accounts(db):
    reviewer = make_user(db, office_role="reviewer")
    with pytest.raises(PermissionDenied):
        create_office_account(
            db,
            actor=reviewer,
            email="neu@stadt.example",
            name="Neu",
            office_role="admin",
            link_base=LINK,
            valid_hours=48,
        )


def test_no_reset_link_for_a_deactivated_account(db):
    user = make_user(db)
    user.is_active = False
    db.flush()
    request_password_reset(db, email=user.email, link_base=LINK, valid_hours=2)
    assert db.scalars(select(PasswordResetToken)).all() == []
