"""Search tests: each starts with an empty synonym cache (the database is rolled back per test)."""

from __future__ import annotations

import pytest

from catalogue.search.synonyms import synonym_cache


@pytest.fixture(autouse=True)
def fresh_synonyms(app):
    synonym_cache(app).forget()
    yield
    synonym_cache(app).forget()
