"""The offer form guides: a progress overview per section, the required marker inside the
label, and contact data pre-filled from the organisation."""

from __future__ import annotations

import re

from tests.functional.offers.helpers import BASE


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
