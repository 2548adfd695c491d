"""HSDS tests: the search tests' fresh synonym cache applies here too."""

from __future__ import annotations

import pytest

from catalogue.search.synonyms import synonym_cache


@pytest.fixture(autouse=True)
def fresh_synonyms(app):
    synonym_cache(app).forget()
    yield
    synonym_cache(app).forget()
