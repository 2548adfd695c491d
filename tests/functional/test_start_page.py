"""The public start page lists exactly the publicly listed offers."""

from datetime import date, timedelta

from tests.factories import make_live_offer, make_organisation


def test_start_page_lists_live_offers_with_provider_cost_and_grades(client, db):
    organisation = make_organisation(db, name="Suchtberatung Mitte e. V.")
    make_live_offer(db, organisation, title="Klarkommen ohne Kippe", grade_from=7, grade_to=9)
    page = client.get("/").get_data(as_text=True)
    assert "Klarkommen ohne Kippe" in page
    assert "Suchtberatung Mitte e. V." in page
    assert "Klassen 7–9" in page and "150\u00a0€ pro Klasse" in page
    assert "Gewaltprävention" in page


def test_start_page_hides_paused_withdrawn_and_expired_offers(client, db):
    organisation = make_organisation(db)
    for listing in ("paused", "withdrawn", "expired"):
        make_live_offer(db, organisation, title=f"Angebot {listing}", listing=listing)
    page = client.get("/").get_data(as_text=True)
    assert "Angebot paused" not in page and "Angebot withdrawn" not in page and "Angebot expired" not in page


def test_start_page_shows_seal_validity_as_german_date(client, db):
    make_live_offer(db, make_organisation(db), valid_until=date(2027, 3, 31))
    assert "31.03.2027" in client.get("/").get_data(as_text=True)


def test_absurd_page_number_gives_a_normal_page(client, db):
    response = client.get("/?seite=461168601842738792")
    assert response.status_code == 200


def test_non_numeric_page_number_gives_the_first_page(client, db):
    assert client.get("/?seite=abc").status_code == 200


def test_unknown_url_gives_a_german_404_page(client, db):
    response = client.get("/gibt-es-nicht")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.get_data(as_text=True)


def test_pages_send_security_headers(client, db):
    headers = client.get("/").headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_oversized_request_body_gets_a_german_413_page(client, db):
    response = client.post("/konto/anmelden", data={"email": "x" * 3_000_000})
    assert response.status_code == 413
    assert "zu groß" in response.get_data(as_text=True)


def test_id_beyond_a_database_integer_is_simply_not_found(client, db):
    assert client.get("/traeger/angebote/1180591620717411303424").status_code in (302, 404)
    assert client.get("/angebote/1180591620717411303424").status_code == 404


def test_offer_whose_seal_ran_out_is_hidden_even_before_the_expiry_job_ran(client, db):
    make_live_offer(
        db, make_organisation(db), title="Siegel gestern abgelaufen", valid_until=date.today() - timedelta(days=2)
    )
    assert "Siegel gestern abgelaufen" not in client.get("/").get_data(as_text=True)
