"""The public search page: form, results from a real index, highlighting, sorting, paging."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from tests.functional.search.helpers import build_index, count_text, listed, page, plain, result_ids, titles


def test_search_page_is_public_and_holds_the_whole_search_in_a_get_form(client, db):
    body = page(client)
    assert '<form id="suche" class="search-form" method="get" action="/suche" role="search"' in body
    assert 'name="q"' in body and '<label for="q">Suchbegriff</label>' in body
    assert "<legend" in body and "<fieldset" in body
    assert 'role="status" aria-live="polite"' in body


def test_results_show_title_link_provider_snippet_cost_grades_formats_duration_and_seal(app, client, db):
    offer = listed(
        db,
        "Cybermobbing im Klassenchat",
        summary="Was tun, wenn im Klassenchat gemobbt wird?",
        terms={"format": ("workshop",)},
        grade_from=5,
        grade_to=8,
        duration_value=Decimal("4"),
        duration_unit="unterrichtsstunden",
    )
    build_index(app, db)
    body = page(client, q="Klassenchat")
    assert titles(body) == ["Cybermobbing im Klassenchat"]
    assert f'href="/angebote/{offer.id}"' in body
    text = plain(body)
    assert "150 € pro Klasse" in text.replace("\u00a0", " ")
    assert "Klassen 5–8" in text and "Workshop" in text and "4 Unterrichtsstunden" in text
    assert "Qualitätssiegel bis: 15.01.2028" in text
    assert "<mark>Klassenchat</mark>" in body


def test_highlighted_snippet_is_escaped_html_and_titles_are_escaped(app, client, db):
    listed(db, "<script>alert(1)</script> Mobbing", summary="<b>fett</b> Mobbing <img src=x onerror=alert(1)>")
    build_index(app, db)
    body = page(client, q="mobbing")
    assert "<script>alert(1)</script>" not in body
    assert "<img src=x" not in body and "<b>fett</b>" not in body
    assert "&lt;b&gt;fett&lt;/b&gt; <mark>Mobbing</mark>" in body


def test_empty_search_lists_every_live_offer_by_title(app, client, db):
    for title in ("Zivilcourage zeigen", "Alkohol – Klartext", "Medienhelden"):
        listed(db, title)
    build_index(app, db)
    body = page(client)
    assert titles(body) == ["Alkohol – Klartext", "Medienhelden", "Zivilcourage zeigen"]
    assert count_text(body) == "3 Angebote gefunden"


def test_sort_by_newest_uses_the_approval_date(app, client, db):
    old = listed(db, "Alt")
    new = listed(db, "Neu")
    from catalogue.offers.models import OfferRevision

    db.get(OfferRevision, old.live_revision_id).decided_at = datetime(2025, 1, 1, tzinfo=UTC)
    db.get(OfferRevision, new.live_revision_id).decided_at = datetime(2026, 6, 1, tzinfo=UTC)
    db.flush()
    build_index(app, db)
    assert titles(page(client, sortierung="neueste")) == ["Neu", "Alt"]
    assert titles(page(client, sortierung="titel")) == ["Alt", "Neu"]


def test_relevance_puts_title_matches_first(app, client, db):
    listed(db, "Klassenklima stärken", summary="Auch Alkohol ist ein Thema.")
    listed(db, "Alkohol – Klartext reden", summary="Ein Parcours.")
    build_index(app, db)
    assert titles(page(client, q="Alkohol"))[0] == "Alkohol – Klartext reden"


def test_pagination_links_keep_the_search_and_absurd_pages_are_clamped(app, client, db):
    for n in range(23):
        listed(db, f"Mobbing-Workshop {n:02d}", terms={"topic": ("mobbing",)})
    build_index(app, db)
    first = page(client, q="mobbing", thema="mobbing")
    assert count_text(first) == "23 Angebote gefunden, Seite 1 von 2"
    assert 'href="/suche?q=mobbing&amp;thema=mobbing&amp;seite=2"' in first
    last = page(client, q="mobbing", thema="mobbing", seite="461168601842738792")
    assert len(result_ids(last)) == 3 and "Seite 2 von 2" in count_text(last)


def test_navigation_links_to_the_search(client, db):
    assert '<a href="/suche"' in page(client, "/")


def test_fewer_results_per_page_on_request(app, client, db):
    for n in range(5):
        listed(db, f"Angebot {n}")
    build_index(app, db)
    assert len(result_ids(page(client, pro_seite="2"))) == 2
