"""Creating and editing drafts: incomplete drafts, field checks, no-op saves, stale edits."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import select

from catalogue.audit import AuditEvent, event_details
from catalogue.vocabularies.models import VocabularyTerm
from tests.factories import make_organisation
from tests.functional.offers.helpers import (
    BASE,
    complete_content,
    count_events,
    create_draft,
    edit_url,
    form_data,
    newest_revision,
    token,
)


def test_incomplete_draft_can_be_created(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Nur ein Titel"})
    revision = newest_revision(db, offer_id)
    assert (revision.state, revision.title, revision.summary) == ("draft", "Nur ein Titel", "")
    page = client.get(f"{BASE}/{offer_id}").get_data(as_text=True)
    assert "Nur ein Titel" in page and "Entwurf" in page


def test_create_form_groups_fields_and_offers_active_terms_as_checkboxes(client, db, provider):
    retired = db.scalar(
        select(VocabularyTerm).where(VocabularyTerm.vocabulary == "topic", VocabularyTerm.code == "sexting")
    )
    retired.active = False
    db.flush()
    page = client.get(f"{BASE}/neu?organisation={provider.organisation.id}").get_data(as_text=True)
    for legend in (
        "Das Angebot",
        "Zielgruppe",
        "Ablauf und Rahmen",
        "Kosten",
        "Buchung und Kontakt",
        "Qualität und Evaluation",
        "Handlungsfelder",
    ):
        assert f"<legend>{legend}" in page
    assert 'type="checkbox" name="fields" id="fields-0" value="gewalt"' in page
    assert '<label for="fields-0">Gewaltprävention</label>' in page
    assert 'value="sexting"' not in page


def test_editing_a_draft_saves_the_changed_fields(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Alt"})
    revision = newest_revision(db, offer_id)
    version = revision.version
    response = client.post(
        edit_url(revision),
        data=form_data(
            {"title": "Neu", "duration_value": "1,5", "fields": ["gewalt", "sucht"]}, token(client), version
        ),
    )
    assert response.status_code == 302
    saved = newest_revision(db, offer_id)
    assert (saved.title, saved.duration_value, saved.version) == ("Neu", Decimal("1.5"), version + 1)
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "revision.saved", AuditEvent.offer_id == offer_id))
    assert event_details(event)["fields"] == ["title", "fields", "duration_value"]


def test_saving_without_changes_creates_no_audit_event_and_says_so(client, db, provider):
    content = complete_content()
    offer_id = create_draft(client, provider.organisation.id, content)
    revision = newest_revision(db, offer_id)
    version = revision.version
    response = client.post(edit_url(revision), data=form_data(content, token(client), version), follow_redirects=True)
    assert "Keine Änderungen" in response.get_data(as_text=True)
    assert count_events(db, "revision.saved", offer_id) == 0
    assert newest_revision(db, offer_id).version == version


def test_field_checks_refuse_overlong_summary_bad_url_and_bad_email(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Prüfling"})
    revision = newest_revision(db, offer_id)
    response = client.post(
        edit_url(revision),
        data=form_data(
            {
                "title": "Geändert",
                "summary": "x" * 501,
                "external_rating_url": "javascript:alert(1)",
                "contact_email": "keine-adresse",
                "grade_from": "14",
            },
            token(client),
            revision.version,
        ),
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Bitte höchstens 500 Zeichen" in page
    assert "http:// oder https://" in page
    assert "gültige E-Mail-Adresse" in page
    assert "von 1 bis 13" in page
    assert 'aria-describedby="summary-hilfe summary-beispiel summary-fehler"' in page
    assert newest_revision(db, offer_id).title == "Prüfling"


def test_stale_edit_answers_409_keeps_the_input_and_changes_nothing(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Ursprung"})
    revision = newest_revision(db, offer_id)
    first = client.post(edit_url(revision), data=form_data({"title": "Erste Person"}, token(client), revision.version))
    assert first.status_code == 302
    second = client.post(
        edit_url(revision), data=form_data({"title": "Zweite Person"}, token(client), revision.version)
    )
    page = second.get_data(as_text=True)
    assert second.status_code == 409
    assert "inzwischen von jemand anderem geändert" in page
    assert 'value="Zweite Person"' in page
    assert "Beide geändert – bitte wählen Sie: Titel." in page
    assert newest_revision(db, offer_id).title == "Erste Person"
    assert count_events(db, "revision.saved", offer_id) == 1


def test_creating_an_offer_for_a_foreign_organisation_is_404(client, db, provider):
    foreign = make_organisation(db)
    assert client.get(f"{BASE}/neu?organisation={foreign.id}").status_code == 404
    response = client.post(f"{BASE}/neu?organisation={foreign.id}", data=form_data({"title": "X"}, token(client)))
    assert response.status_code == 404


def test_a_retired_term_stays_selectable_in_a_draft_that_uses_it(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Mit Schlagwort", "topics": ["sexting"]})
    retired = db.scalar(
        select(VocabularyTerm).where(VocabularyTerm.vocabulary == "topic", VocabularyTerm.code == "sexting")
    )
    retired.active = False
    db.flush()
    page = client.get(edit_url(newest_revision(db, offer_id))).get_data(as_text=True)
    assert 'value="sexting" checked' in page and "Sexting (nicht mehr im Vokabular)" in page


def test_double_clicked_create_makes_one_draft(client, db, provider):
    from catalogue.offers.models import Offer

    page = client.get(f"{BASE}/neu?organisation={provider.organisation.id}").get_data(as_text=True)
    key = re.search(r'name="creation_key" type="hidden" value="([0-9a-f]{16})"', page).group(1)
    data = {**form_data({"title": "Zweimal geklickt"}, token(client)), "creation_key": key}
    first = client.post(f"{BASE}/neu?organisation={provider.organisation.id}", data=data)
    second = client.post(f"{BASE}/neu?organisation={provider.organisation.id}", data=data)
    assert first.headers["Location"] == second.headers["Location"]
    assert len(db.scalars(select(Offer).where(Offer.organisation_id == provider.organisation.id)).all()) == 1
    assert count_events(db, "offer.created", int(first.headers["Location"].rsplit("/", 1)[1])) == 1
