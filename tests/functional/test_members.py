"""Members of an organisation: list, invite, remove; nobody reaches another organisation."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from catalogue.accounts.models import Invitation, Membership
from tests.factories import add_member, make_organisation, make_user
from tests.functional.org_helpers import link_in, mails_to, post_form, text
from tests.helpers import log_in


def members_url(organisation) -> str:
    return f"/traeger/{organisation.slug}/mitglieder"


def org_with_admin(db, **kwargs):
    organisation = make_organisation(db, **kwargs)
    admin = make_user(db, name="Anna Admin")
    add_member(db, admin, organisation, "admin")
    return organisation, admin


def invite(client, organisation, email="neu@test.example", role="editor"):
    return post_form(client, members_url(organisation), {"email": email, "role": role})


def remove(client, organisation, user, *, form_page=None):
    return post_form(
        client, f"{members_url(organisation)}/{user.id}/entfernen", {}, form_page=form_page or members_url(organisation)
    )


def roles(db, organisation) -> dict[int, str]:
    return dict(
        db.execute(
            select(Membership.user_id, Membership.role).where(Membership.organisation_id == organisation.id)
        ).all()
    )


def invitation_count(db) -> int:
    return db.scalar(select(func.count()).select_from(Invitation))


def test_admin_sees_members_with_their_roles(client, db):
    organisation, admin = org_with_admin(db)
    editor = make_user(db, name="Emil Editor")
    add_member(db, editor, organisation, "editor")
    log_in(client, admin)
    page = text(client.get(members_url(organisation)))
    assert "Anna Admin" in page and "Emil Editor" in page
    assert "Redakteur*in" in page


def test_dashboard_links_members_and_profile_for_admins(client, db):
    organisation, admin = org_with_admin(db)
    log_in(client, admin)
    page = text(client.get("/traeger/"))
    assert f'href="/traeger/{organisation.slug}/mitglieder"' in page
    assert f'href="/traeger/{organisation.slug}/profil"' in page


def test_dashboard_shows_no_management_links_to_editors(client, db):
    organisation = make_organisation(db)
    editor = make_user(db)
    add_member(db, editor, organisation, "editor")
    log_in(client, editor)
    assert f"/traeger/{organisation.slug}/mitglieder" not in text(client.get("/traeger/"))


def test_invitation_is_stored_with_a_hashed_token_and_mailed(client, db):
    organisation, admin = org_with_admin(db)
    log_in(client, admin)
    response = invite(client, organisation, "Neu@Test.example", "admin")
    assert response.status_code == 302
    [mail] = mails_to(db, "neu@test.example")
    token = link_in(mail).rsplit("/", 1)[1]
    invitation = db.scalars(select(Invitation)).one()
    assert (invitation.email, invitation.role, invitation.invited_by_id) == ("neu@test.example", "admin", admin.id)
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert organisation.name in mail.subject


def test_open_invitation_is_listed_on_the_members_page(client, db):
    organisation, admin = org_with_admin(db)
    log_in(client, admin)
    invite(client, organisation, "offen@test.example")
    assert "offen@test.example" in text(client.get(members_url(organisation)))


def test_inviting_an_existing_member_shows_error_next_to_email(client, db):
    organisation, admin = org_with_admin(db)
    log_in(client, admin)
    response = invite(client, organisation, admin.email)
    assert response.status_code == 400
    assert 'id="email-fehler"' in text(response)
    assert "bereits Mitglied" in text(response)
    assert invitation_count(db) == 0


def test_inviting_the_same_address_again_replaces_the_earlier_link(client, db):
    organisation, admin = org_with_admin(db)
    log_in(client, admin)
    invite(client, organisation, "zweimal@test.example")
    invite(client, organisation, "zweimal@test.example")
    first, second = mails_to(db, "zweimal@test.example")
    assert client.get(link_in(first)).status_code == 410
    assert client.get(link_in(second)).status_code == 200


def test_withdrawn_invitation_link_no_longer_works(client, db):
    organisation, admin = org_with_admin(db)
    log_in(client, admin)
    invite(client, organisation, "weg@test.example")
    invitation = db.scalars(select(Invitation)).one()
    response = post_form(
        client,
        f"/traeger/{organisation.slug}/einladungen/{invitation.id}/zurueckziehen",
        {},
        form_page=members_url(organisation),
    )
    assert response.status_code == 302
    assert client.get(link_in(mails_to(db, "weg@test.example")[0])).status_code == 410


def test_editor_gets_403_on_the_members_page(client, db):
    organisation, _admin = org_with_admin(db)
    editor = make_user(db)
    add_member(db, editor, organisation, "editor")
    log_in(client, editor)
    assert client.get(members_url(organisation)).status_code == 403


def test_editor_cannot_invite(client, db):
    organisation, _admin = org_with_admin(db)
    editor = make_user(db)
    add_member(db, editor, organisation, "editor")
    log_in(client, editor)
    response = post_form(
        client, members_url(organisation), {"email": "x@test.example", "role": "admin"}, form_page="/traeger/"
    )
    assert response.status_code == 403
    assert invitation_count(db) == 0


def test_admin_of_another_organisation_gets_404(client, db):
    _own, outsider = org_with_admin(db)
    other, _admin = org_with_admin(db)
    log_in(client, outsider)
    response = client.get(members_url(other))
    assert response.status_code == 404
    assert other.name not in text(response)


def test_cross_organisation_invite_is_refused_and_changes_nothing(client, db):
    _own, outsider = org_with_admin(db)
    other, _admin = org_with_admin(db)
    log_in(client, outsider)
    response = post_form(
        client, members_url(other), {"email": "spion@test.example", "role": "admin"}, form_page="/traeger/"
    )
    assert response.status_code == 404
    assert invitation_count(db) == 0
    assert mails_to(db, "spion@test.example") == []


def test_cross_organisation_removal_is_refused_and_changes_nothing(client, db):
    _own, outsider = org_with_admin(db)
    other, admin = org_with_admin(db)
    editor = make_user(db)
    add_member(db, editor, other, "editor")
    log_in(client, outsider)
    response = remove(client, other, editor, form_page="/traeger/")
    assert response.status_code == 404
    assert roles(db, other) == {admin.id: "admin", editor.id: "editor"}


def test_unknown_organisation_gives_404(client, db):
    _own, admin = org_with_admin(db)
    log_in(client, admin)
    assert client.get("/traeger/gibt-es-nicht/mitglieder").status_code == 404


def test_admin_removes_an_editor(client, db):
    organisation, admin = org_with_admin(db)
    editor = make_user(db)
    add_member(db, editor, organisation, "editor")
    log_in(client, admin)
    response = remove(client, organisation, editor)
    assert response.status_code == 302
    assert roles(db, organisation) == {admin.id: "admin"}


def test_the_last_admin_cannot_be_removed(client, db):
    organisation, admin = org_with_admin(db)
    log_in(client, admin)
    response = remove(client, organisation, admin)
    assert response.status_code == 409
    assert "mindestens eine Administratorin" in text(response)
    assert roles(db, organisation) == {admin.id: "admin"}


def test_an_admin_can_leave_when_another_admin_remains(client, db):
    organisation, admin = org_with_admin(db)
    second = make_user(db)
    add_member(db, second, organisation, "admin")
    log_in(client, admin)
    response = remove(client, organisation, admin)
    assert response.headers["Location"].endswith("/traeger/")
    assert roles(db, organisation) == {second.id: "admin"}


def test_removing_a_non_member_gives_404(client, db):
    organisation, admin = org_with_admin(db)
    stranger = make_user(db)
    log_in(client, admin)
    assert remove(client, organisation, stranger).status_code == 404


def test_office_admin_manages_members_of_any_organisation(client, db):
    organisation, _admin = org_with_admin(db)
    office_admin = make_user(db, office_role="admin")
    log_in(client, office_admin)
    assert client.get(members_url(organisation)).status_code == 200
    assert invite(client, organisation).status_code == 302


def test_office_reviewer_gets_403_on_members_page(client, db):
    organisation, _admin = org_with_admin(db)
    reviewer = make_user(db, office_role="reviewer")
    log_in(client, reviewer)
    assert client.get(members_url(organisation)).status_code == 403
