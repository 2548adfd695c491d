"""Embed tests: an office admin, embeds made through the service, and the search cache reset per test."""

from __future__ import annotations

import pytest

from catalogue.embed import services
from catalogue.search.synonyms import synonym_cache
from tests.factories import make_user


@pytest.fixture(autouse=True)
def fresh_synonyms(app):
    synonym_cache(app).forget()
    yield
    synonym_cache(app).forget()


@pytest.fixture
def office_admin(db):
    return make_user(db, office_role="admin", name="Anna Admin")


def make_embed(db, actor, **values):
    """An embed as the office would save it (defaults: Suchtprävention, Klassen 5–8, one origin)."""
    embed = services.create_embed(
        db,
        actor=actor,
        **{
            "name": "Suchtprävention Klassen 5–8",
            "filter_query": "handlungsfeld=sucht&klasse=5&klasse_bis=8",
            "sort": "titel",
            "max_items": None,
            "origins": "https://www.stadt-beispiel.de",
            **values,
        },
    )
    db.commit()
    return embed
