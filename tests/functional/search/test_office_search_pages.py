"""Office pages of the search: the synonym list (admins only) and the monthly miss report."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from catalogue.audit import AuditEvent
from catalogue.search.models import SearchMiss, Synonym
from tests.conftest import csrf_from
from tests.factories import add_member, make_organisation, make_user
from tests.functional.org_helpers import post_form, text
from tests.helpers import log_in

LIST = "/koordination/synonyme"


def synonym(db, term: str) -> Synonym | None:
    db.expire_all()
    return db.scalar(select(Synonym).where(Synonym.term == term))


def events(db, action: str) -> list[dict]:
    return [json.loads(e.details) for e in db.scalars(select(AuditEvent).where(AuditEvent.action == action))]


@pytest.fixture
def admin(client, db):
    user = make_user(db, office_role="admin", name="Anna Admin")
    log_in(client, user)
    return user


def test_the_synonym_page_requires_login(client, db):
    response = client.get(LIST)
    assert response.status_code == 302 and "/konto/anmelden" in response.headers["Location"]


@pytest.mark.parametrize("office_role", ["reviewer", None])
def test_only_office_admins_may_see_or_change_synonyms(client, db, office_role):
    user = make_user(db, office_role=office_role)
    if office_role is None:
        add_member(db, user, make_organisation(db), role="admin")
    log_in(client, user)
    assert client.get(LIST).status_code == 403
    csrf = csrf_from(client.get("/konto/passwort-vergessen").get_data(as_text=True))  # any form page
    kippe = synonym(db, "kippe")
    assert client.post(LIST, data={"csrf_token": csrf, "term": "x", "expansions": "y"}).status_code == 403
    assert client.post(f"{LIST}/{kippe.id}/loeschen", data={"csrf_token": csrf}).status_code == 403
    assert synonym(db, "kippe") is not None and synonym(db, "x") is None


def test_admin_sees_the_seeded_list(client, admin):
    body = text(client.get(LIST))
    assert "kippe" in body and "tabak, rauchen" in body


def test_admin_adds_a_synonym_with_an_audit_event(client, db, admin):
    response = post_form(client, LIST, {"term": " Glimmstängel ", "expansions": "Tabak,  Rauchen ,,"})
    assert response.status_code == 302
    added = synonym(db, "glimmstängel")
    assert added.expansions == "Tabak, Rauchen"
    assert events(db, "synonym.created") == [{"term": "glimmstängel", "expansions": "Tabak, Rauchen"}]


@pytest.mark.parametrize(
    "term, expansions, field, message",
    [
        ("", "Tabak", "term", "Bitte füllen Sie dieses Feld aus."),
        ("zwei wörter", "Tabak", "term", "Bitte geben Sie genau ein Wort an"),
        ("und", "Tabak", "term", "ist ein Füllwort"),
        ("Kippe", "Tabak", "term", "Für „kippe“ gibt es schon einen Eintrag"),
        ("qualm", " , ,", "expansions", "mindestens ein Wort"),
        ("qualm", "qualm", "expansions", "mindestens ein Wort"),
        ("qualm", "x" * 120, "expansions", "Höchstens 500 Zeichen"),
    ],
)
def test_invalid_input_is_shown_next_to_the_field(client, db, admin, term, expansions, field, message):
    response = post_form(client, LIST, {"term": term, "expansions": expansions})
    assert response.status_code == 400
    body = text(response)
    assert f'id="{field}-fehler"' in body and message in body
    assert f'value="{term}"' in body or not term  # the input is kept
    assert synonym(db, "qualm") is None


def test_admin_edits_a_synonym(client, db, admin):
    kippe = synonym(db, "kippe")
    url = f"{LIST}/{kippe.id}"
    assert "Synonym „kippe“ bearbeiten" in text(client.get(url))
    response = post_form(client, url, {"term": "kippe", "expansions": "Tabak, Zigarette"})
    assert response.status_code == 302
    assert synonym(db, "kippe").expansions == "Tabak, Zigarette"
    [event] = events(db, "synonym.updated")
    assert event["before"] == {"term": "kippe", "expansions": "tabak, rauchen"}


def test_editing_to_an_existing_term_is_refused(client, db, admin):
    kippe = synonym(db, "kippe")
    response = post_form(client, f"{LIST}/{kippe.id}", {"term": "bier", "expansions": "Tabak"})
    assert response.status_code == 400 and "Für „bier“ gibt es schon einen Eintrag" in text(response)


def test_admin_deletes_a_synonym(client, db, admin):
    kippe = synonym(db, "kippe")
    response = post_form(client, f"{LIST}/{kippe.id}/loeschen", {}, form_page=LIST)
    assert response.status_code == 302
    assert synonym(db, "kippe") is None
    assert events(db, "synonym.deleted") == [{"term": "kippe", "expansions": "tabak, rauchen"}]


def test_unknown_synonym_gives_404(client, admin):
    assert client.get(f"{LIST}/999999").status_code == 404
    assert client.get(f"{LIST}/99999999999999999999").status_code == 404


def test_posting_without_csrf_token_is_refused(client, db, admin):
    response = client.post(LIST, data={"term": "qualm", "expansions": "Tabak"})
    assert response.status_code == 400 and synonym(db, "qualm") is None


def test_the_miss_report_lists_top_terms_per_month_for_the_office(client, db):
    db.add_all(
        [
            SearchMiss(month="2026-10", term="zirkus", count=7),
            SearchMiss(month="2026-10", term="yoga", count=2),
            SearchMiss(month="2026-11", term="pferde", count=1),
        ]
    )
    db.flush()
    reviewer = make_user(db, office_role="reviewer")
    log_in(client, reviewer)
    body = text(client.get("/koordination/suchbedarf"))
    assert "11/2026: 1 Suche ohne Treffer" in body and "10/2026: 9 Suchen ohne Treffer" in body
    assert body.index("11/2026") < body.index("10/2026") and body.index("zirkus") < body.index("yoga")


def test_providers_do_not_see_the_miss_report(client, db):
    user = make_user(db)
    log_in(client, user)
    assert client.get("/koordination/suchbedarf").status_code == 403
