"""Each role lands on its own start page after login; the header's login link says "Anmelden"."""

from __future__ import annotations

from tests.conftest import csrf_from
from tests.factories import PASSWORD, add_member, make_organisation, make_user
from tests.helpers import SECOND_FACTOR, enter_code, log_in


def text(response) -> str:
    return response.get_data(as_text=True)


def test_office_staff_land_on_the_work_overview(client, db):
    reviewer = make_user(db, office_role="reviewer")
    db.commit()
    assert log_in(client, reviewer).headers["Location"].endswith("/koordination/")


def test_providers_land_on_their_start_page(client, db):
    provider = make_user(db)
    add_member(db, provider, make_organisation(db), "admin")
    db.commit()
    assert log_in(client, provider).headers["Location"].endswith("/traeger/angebote/")


def test_a_safe_next_address_still_wins_over_the_start_page(client, db):
    reviewer = make_user(db, office_role="reviewer")
    db.commit()
    token = csrf_from(client.get("/konto/anmelden?next=/suche").get_data(as_text=True))
    response = client.post(
        "/konto/anmelden",
        data={"email": reviewer.email, "password": PASSWORD, "csrf_token": token, "next": "/suche"},
    )
    assert response.headers["Location"].endswith(SECOND_FACTOR)  # office accounts give their code first
    assert enter_code(client, SECOND_FACTOR, reviewer.totp_secret).headers["Location"].endswith("/suche")


def test_work_overview_shows_the_office_its_work_not_a_provider_invitation(client, db):
    reviewer = make_user(db, office_role="reviewer")
    db.commit()
    log_in(client, reviewer)
    page = text(client.get("/koordination/"))
    for heading in (
        "Warteschlange",
        "Meine offenen Prüfungen",
        "Träger, die auf Verifizierung warten",
        "Siegel, die",
        "Neuer Suchbedarf",
    ):
        assert heading in page
    assert "registrieren Sie einen neuen Träger" not in text(client.get("/traeger/"))


def test_header_login_link_reads_anmelden(client, db):
    page = text(client.get("/"))
    assert ">Anmelden</a>" in page and "Anmelden für Träger" not in page
