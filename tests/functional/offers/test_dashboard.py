"""The provider's offer dashboard over all organisations of the user."""

from __future__ import annotations

from datetime import date, timedelta

from tests.factories import add_member, make_live_offer, make_organisation, make_user
from tests.functional.offers.helpers import BASE
from tests.helpers import log_in


def test_dashboard_lists_every_organisation_with_its_own_new_offer_button(client, db, provider):
    second = make_organisation(db, name="Jugendhilfe Nord e. V.")
    add_member(db, provider.user, second, role="admin")
    page = client.get(f"{BASE}/").get_data(as_text=True)
    for organisation in (provider.organisation, second):
        assert f'href="{BASE}/neu?organisation={organisation.id}">Neues Angebot' in page


def test_dashboard_marks_renewal_due_and_shows_the_seal_date(client, db, provider):
    valid_until = date.today() + timedelta(days=20)
    make_live_offer(db, provider.organisation, title="Bald fällig", valid_until=valid_until)
    page = client.get(f"{BASE}/").get_data(as_text=True)
    assert "Erneuerung fällig" in page
    assert valid_until.strftime("%d.%m.%Y") in page
    assert "Zu tun (1)" in page and ">Erneuern: Bald fällig</button>" in page


def test_dashboard_without_open_tasks_shows_no_notice(client, db, provider):
    make_live_offer(db, provider.organisation, title="Alles gut")
    page = client.get(f"{BASE}/").get_data(as_text=True)
    assert "Alles gut" in page and "Veröffentlicht" in page
    assert "Nichts zu tun" in page and "Zu tun (" not in page


def test_dashboard_of_a_user_without_organisation_explains_how_to_get_one(client, db):
    log_in(client, make_user(db))
    page = client.get(f"{BASE}/").get_data(as_text=True)
    assert "Sie sind noch keinem Träger zugeordnet" in page
