"""Every protected route × anonymous, provider of A, provider of B, reviewer, office admin.

Another organisation's offers and pages do not exist for a provider (404); office pages
refuse providers (403); a refused POST changes nothing.
"""

from __future__ import annotations

import pytest

from tests.conftest import csrf_from
from tests.functional.access.conftest import snapshot
from tests.helpers import log_in

ROLES = ("provider_a", "provider_b", "reviewer", "admin")

# endpoint → (URL template, expected status for provider_a, provider_b, reviewer, admin)
GET_MATRIX = {
    "accounts.account": ("/konto/", (200, 200, 200, 200)),
    "accounts.change_password": ("/konto/passwort-aendern", (200, 200, 200, 200)),
    "offers.dashboard": ("/traeger/angebote/", (200, 200, 200, 200)),
    "offers.show": ("/traeger/angebote/{offer}", (200, 404, 404, 404)),
    "offers.edit": ("/traeger/angebote/{offer}/fassung/{draft}/bearbeiten", (200, 404, 404, 404)),
    "offers.create": ("/traeger/angebote/neu?organisation={org_a}", (200, 404, 404, 404)),
    "providers.dashboard": ("/traeger/", (200, 200, 200, 200)),
    "providers.member_list": ("/traeger/{slug_a}/mitglieder", (200, 404, 403, 200)),
    "providers.profile": ("/traeger/{slug_a}/profil", (200, 404, 403, 200)),
    "office.dashboard": ("/koordination/", (403, 403, 200, 200)),
    "office.users": ("/koordination/nutzer", (403, 403, 403, 200)),
    "review.queue": ("/koordination/pruefung/", (403, 403, 200, 200)),
    "review.review": ("/koordination/pruefung/{review}", (403, 403, 200, 200)),
    "review.offer_history": ("/koordination/pruefung/angebote/{offer}/verlauf", (403, 403, 200, 200)),
    "search_office.synonyms": ("/koordination/synonyme", (403, 403, 403, 200)),
    "search_office.edit_synonym": ("/koordination/synonyme/{synonym}", (403, 403, 403, 200)),
    "search_office.search_needs": ("/koordination/suchbedarf", (403, 403, 200, 200)),
    "reports.index": ("/koordination/berichte/", (403, 403, 200, 200)),
    "reports.report": ("/koordination/berichte/nachfrage", (403, 403, 200, 200)),
    "reports.figure_csv": ("/koordination/berichte/abdeckung/traeger.csv", (403, 403, 200, 200)),
    "reports.council": ("/koordination/berichte/rat", (403, 403, 200, 200)),
    "feedback.moderation": ("/koordination/rueckmeldungen", (403, 403, 200, 200)),
    "feedback.provider_view": ("/traeger/angebote/{offer}/rueckmeldungen", (200, 404, 404, 404)),
    "embed_office.overview": ("/koordination/einbetten/", (403, 403, 200, 200)),
    "embed_office.detail": ("/koordination/einbetten/{embed}", (403, 403, 200, 200)),
    "embed_office.create": ("/koordination/einbetten/neu", (403, 403, 403, 200)),
    "embed_office.edit": ("/koordination/einbetten/{embed}/bearbeiten", (403, 403, 403, 200)),
    "partners.partner_list": ("/koordination/partnerkataloge", (403, 403, 200, 200)),
    "partners.edit_partner": ("/koordination/partnerkataloge/{partner}", (403, 403, 403, 200)),
}

# POSTs that provider B (and, where marked, the reviewer) must not be able to do to A.
POSTS = {
    "offers.edit": "/traeger/angebote/{offer}/fassung/{draft}/bearbeiten",
    "offers.submit": "/traeger/angebote/{offer}/fassung/{draft}/einreichen",
    "offers.discard": "/traeger/angebote/{offer}/fassung/{draft}/verwerfen",
    "offers.withdraw_submission": "/traeger/angebote/{offer}/fassung/{draft}/zurueckziehen",
    "offers.start_change": "/traeger/angebote/{offer}/aendern",
    "offers.renew": "/traeger/angebote/{offer}/erneuern",
    "offers.change_listing": "/traeger/angebote/{offer}/sichtbarkeit/pausieren",
    "offers.create": "/traeger/angebote/neu?organisation={org_a}",
    "providers.profile": "/traeger/{slug_a}/profil",
    "providers.invite": "/traeger/{slug_a}/mitglieder",
    "providers.remove_member": "/traeger/{slug_a}/mitglieder/{provider_a}/entfernen",
    "providers.withdraw_invitation": "/traeger/{slug_a}/einladungen/{invitation}/zurueckziehen",
    "office.verify": "/koordination/traeger/{org_b}/verifizieren",
    "office.users": "/koordination/nutzer",
    "office.reset_second_factor": "/koordination/nutzer/{admin}/zweiter-faktor-zuruecksetzen",
    "office.set_account_active": "/koordination/nutzer/{admin}/deaktivieren",
    "review.start": "/koordination/pruefung/fassungen/{draft}/beginnen",
    "review.review": "/koordination/pruefung/{review}",
    "review.reassign": "/koordination/pruefung/{review}/uebertragen",
    "search_office.synonyms": "/koordination/synonyme",
    "search_office.edit_synonym": "/koordination/synonyme/{synonym}",
    "search_office.delete_synonym": "/koordination/synonyme/{synonym}/loeschen",
    "feedback.decide": "/koordination/rueckmeldungen/{feedback}",
    "feedback.decide_answer": "/koordination/rueckmeldungen/{feedback}/antwort",
    "feedback.answer": "/traeger/angebote/{offer}/rueckmeldungen/{feedback}/antwort",
    "embed_office.create": "/koordination/einbetten/neu",
    "embed_office.edit": "/koordination/einbetten/{embed}/bearbeiten",
    "embed_office.delete": "/koordination/einbetten/{embed}/loeschen",
    "partners.partner_list": "/koordination/partnerkataloge",
    "partners.edit_partner": "/koordination/partnerkataloge/{partner}",
    "partners.set_partner_active": "/koordination/partnerkataloge/{partner}/deaktivieren",
}
ADMIN_ONLY_POSTS = (
    "office.users",
    "office.reset_second_factor",
    "office.set_account_active",
    "review.reassign",
    "search_office.synonyms",
    "search_office.edit_synonym",
    "search_office.delete_synonym",
    "embed_office.create",
    "embed_office.edit",
    "embed_office.delete",
    "partners.partner_list",
    "partners.edit_partner",
    "partners.set_partner_active",
)


def _url(template: str, world) -> str:
    return template.format(
        offer=world.offer.id,
        draft=world.draft.id,
        org_a=world.org_a.id,
        org_b=world.org_b.id,
        slug_a=world.org_a.slug,
        review=world.review.id,
        synonym=world.synonym.id,
        provider_a=world.users["provider_a"].id,
        admin=world.users["admin"].id,
        invitation=world.invitation_id,
        feedback=world.feedback_id,
        embed=world.embed_id,
        partner=world.partner_id,
    )


def _payload(client, world) -> dict:
    """A plausible form for every route, so a refusal is the permission check, not bad input."""
    token = csrf_from(client.get("/konto/anmelden").get_data(as_text=True))
    return {
        "csrf_token": token,
        "version": world.draft.version,
        "review_version": world.review.version,
        "revision_version": world.draft.version,
        "reason": "Grund",
        "title": "Übernommen",
        "email": "fremd@test.example",
        "role": "editor",
        "name": "Fremd",
        "office_role": "admin",
        "term": "fremdwort",
        "expansions": "drogen",
        "action": "approve",
        "org_type": "verein",
        "decision": "approved",
        "text": "Eine Antwort",
        "handlungsfeld": "gewalt",
        "sort": "titel",
        "origins": "https://fremd.example",
        "label": "Fremder Katalog",
        "base_url": "https://fremd.example/api/hsds/v3",
    }


@pytest.mark.parametrize("endpoint", sorted(GET_MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_get_status_per_role(app, db, world, endpoint, role):
    template, expected = GET_MATRIX[endpoint]
    client = app.test_client()
    log_in(client, world.users[role])
    assert client.get(_url(template, world)).status_code == expected[ROLES.index(role)]


@pytest.mark.parametrize("endpoint", sorted(GET_MATRIX))
def test_get_requires_login(client, world, endpoint):
    response = client.get(_url(GET_MATRIX[endpoint][0], world))
    assert response.status_code == 302 and "/konto/anmelden" in response.headers["Location"]


@pytest.mark.parametrize("endpoint", sorted(POSTS))
def test_refused_post_by_another_organisation_changes_nothing(app, db, world, endpoint):
    client = app.test_client()
    log_in(client, world.users["provider_b"])
    before = snapshot(db)
    response = client.post(_url(POSTS[endpoint], world), data=_payload(client, world))
    assert response.status_code in (403, 404)
    assert snapshot(db) == before


@pytest.mark.parametrize("endpoint", sorted(POSTS))
def test_refused_post_by_anonymous_changes_nothing(client, db, world, endpoint):
    before = snapshot(db)
    response = client.post(_url(POSTS[endpoint], world), data=_payload(client, world))
    assert response.status_code == 302 and "/konto/anmelden" in response.headers["Location"]
    assert snapshot(db) == before


@pytest.mark.parametrize("endpoint", ADMIN_ONLY_POSTS)
def test_reviewer_cannot_do_what_only_office_admins_may(app, db, world, endpoint):
    client = app.test_client()
    log_in(client, world.users["reviewer"])
    before = snapshot(db)
    assert client.post(_url(POSTS[endpoint], world), data=_payload(client, world)).status_code == 403
    assert snapshot(db) == before


def test_provider_of_a_cannot_verify_organisations(app, db, world):
    client = app.test_client()
    log_in(client, world.users["provider_a"])
    before = snapshot(db)
    assert client.post(_url(POSTS["office.verify"], world), data=_payload(client, world)).status_code == 403
    assert snapshot(db) == before
