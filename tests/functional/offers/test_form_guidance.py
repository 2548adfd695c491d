"""The offer form guides: a progress overview per section, the required marker inside the
label, and contact data pre-filled from the organisation."""

from __future__ import annotations

import re

from catalogue.offers.form_help import EXAMPLES
from catalogue.offers.forms import SECTIONS
from tests.functional.offers.helpers import BASE, complete_content, create_draft, edit_url, newest_revision


def test_new_offer_form_shows_progress_per_section(client, db, provider):
    page = client.get(f"{BASE}/neu?organisation={provider.organisation.id}").get_data(as_text=True)
    assert re.search(r"\d von 6 Abschnitten vollständig", page)
    assert re.search(r'<a href="#abschnitt-1">Das Angebot</a>:\s+\d+ Angaben fehlen', page)
    assert '<a href="#abschnitt-1">Das Angebot</a>' in page and 'id="abschnitt-1"' in page


def test_required_marker_is_part_of_the_label(client, db, provider):
    page = client.get(f"{BASE}/neu?organisation={provider.organisation.id}").get_data(as_text=True)
    assert re.search(r'<label for="title">Titel <span class="required">\(zum Einreichen nötig\)</span></label>', page)


def test_contact_is_prefilled_from_the_organisation(client, db, provider):
    page = client.get(f"{BASE}/neu?organisation={provider.organisation.id}").get_data(as_text=True)
    assert f'value="{provider.organisation.email}"' in page


def _section_status(page: str, legend: str) -> str:
    index = [name for name, _ in SECTIONS].index(legend) + 1
    match = re.search(rf'<a href="#abschnitt-{index}">{legend}</a>:\s+([^<]+?)\s*</li>', page)
    return match.group(1)


def test_cost_section_is_not_complete_on_a_new_empty_form(client, db, provider):
    page = client.get(f"{BASE}/neu?organisation={provider.organisation.id}").get_data(as_text=True)
    assert _section_status(page, "Kosten") == "2 Angaben fehlen"
    assert "0 von 6 Abschnitten vollständig" in page


def test_cost_section_is_complete_once_the_offer_is_marked_free(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Frei", "is_free": True})
    page = client.get(edit_url(newest_revision(db, offer_id))).get_data(as_text=True)
    assert _section_status(page, "Kosten") == "vollständig"


def test_paid_offer_needs_amount_and_unit_for_a_complete_cost_section(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, {"title": "Bezahlt", "cost_amount": "150"})
    page = client.get(edit_url(newest_revision(db, offer_id))).get_data(as_text=True)
    assert _section_status(page, "Kosten") == "1 Angabe fehlt"


def test_complete_content_makes_every_section_complete(client, db, provider):
    offer_id = create_draft(client, provider.organisation.id, complete_content())
    page = client.get(edit_url(newest_revision(db, offer_id))).get_data(as_text=True)
    assert "6 von 6 Abschnitten vollständig" in page


def test_group_without_grade_or_age_leaves_the_audience_section_open(client, db, provider):
    content = complete_content(grade_from=None, grade_to=None)
    offer_id = create_draft(client, provider.organisation.id, content)
    page = client.get(edit_url(newest_revision(db, offer_id))).get_data(as_text=True)
    assert _section_status(page, "Zielgruppe") == "1 Angabe fehlt"


def test_field_example_is_tied_to_its_input(client, db, provider):
    page = client.get(f"{BASE}/neu?organisation={provider.organisation.id}").get_data(as_text=True)
    assert f'<p class="help example" id="goals-beispiel">Beispiel: {EXAMPLES["goals"]}</p>' in page
    described = re.search(r'<textarea aria-describedby="([^"]+)"[^>]*id="goals"', page).group(1).split()
    assert described == ["goals-hilfe", "goals-beispiel"]


def test_conditionally_needed_field_says_when_inside_its_label(client, db, provider):
    page = client.get(f"{BASE}/neu?organisation={provider.organisation.id}").get_data(as_text=True)
    assert re.search(
        r'<label for="cost_amount">[^<]*<span class="required">\(zum Einreichen nötig, wenn nicht kostenfrei\)</span>'
        r"</label>",
        page,
    )
