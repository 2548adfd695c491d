"""Fixtures for tests against a real Whoosh index on disk (no mocks)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from search_index import OfferDocument, SearchIndex


def offer(offer_id: int, title: str = "Angebot", **fields) -> OfferDocument:
    """An OfferDocument with harmless defaults; approval dates follow the id."""
    fields.setdefault("approved_at", datetime(2024, 1, 1) + timedelta(days=offer_id))
    return OfferDocument(id=offer_id, title=title, **fields)


@pytest.fixture
def make_offer():
    return offer


@pytest.fixture
def index(tmp_path):
    with SearchIndex(tmp_path / "index", lock_timeout=0.3) as ix:
        yield ix


@pytest.fixture
def catalogue():
    return list(CATALOGUE)


@pytest.fixture
def filled(index):
    """An index with a small, hand-made catalogue."""
    index.rebuild(CATALOGUE)
    return index


@pytest.fixture(scope="module")
def shared_filled(tmp_path_factory):
    """Like ``filled`` but shared by a module (for Hypothesis, which reruns a test
    many times and must not rely on function-scoped fixtures). Read-only use."""
    with SearchIndex(tmp_path_factory.mktemp("shared") / "index") as index:
        index.rebuild(CATALOGUE)
        yield index


CATALOGUE = [
    offer(
        1,
        "Cybermobbing im Klassenchat",
        summary="Workshop für Schüler*innen: Was tun bei Cybermobbing?",
        topics_text="Medienkompetenz Cybermobbing",
        field=["medien", "gewalt"],
        topic=["cybermobbing"],
        audience=["schueler"],
        format=["workshop"],
        district=["nord"],
        grade_from=5,
        grade_to=7,
        is_free=True,
    ),
    offer(
        2,
        "Anti-Mobbing-Training für Klassen",
        summary="Ein Training, das die Klassengemeinschaft stärkt.",
        topics_text="Gewaltprävention Mobbing",
        field=["gewalt"],
        topic=["mobbing"],
        audience=["schueler"],
        format=["workshop"],
        district=["sued"],
        grade_from=3,
        grade_to=10,
        cost_cents=15000,
    ),
    offer(
        3,
        "Elternabend Suchtprävention",
        summary="Informationen für Eltern über Drogen, Alkohol und Rauchen.",
        topics_text="Suchtprävention Alkohol Tabak und Rauchen",
        field=["sucht"],
        topic=["alkohol", "tabak"],
        audience=["eltern"],
        format=["elternabend"],
        district=["nord"],
        cost_cents=5000,
    ),
    offer(
        4,
        "Theater gegen Gewalt",
        summary="Ein Theaterstück über Zivilcourage auf der Straße.",
        body="Die Schüler*innen spielen Szenen nach und üben, Grenzen zu setzen.",
        topics_text="Gewaltprävention Zivilcourage",
        field=["gewalt"],
        topic=["zivilcourage"],
        audience=["schueler"],
        format=["theater"],
        district=["ost"],
        age_from=12,
        age_to=16,
        is_free=True,
    ),
    offer(
        5,
        "Glücksspiel und Gaming",
        summary="Wann wird Zocken zum Problem? Ein Projekttag zur Mediennutzung.",
        topics_text="Suchtprävention Glücksspiel",
        field=["sucht", "medien"],
        topic=["gluecksspiel", "mediensucht"],
        audience=["schueler"],
        format=["projekttag"],
        district=["west"],
        grade_from=8,
        grade_to=None,
        cost_cents=30000,
        provider="Fachstelle Glücksspielsucht",
    ),
]
