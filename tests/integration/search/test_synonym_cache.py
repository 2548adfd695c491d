"""The synonym list is re-read after its TTL, so office edits reach every worker without restart."""

from __future__ import annotations

from catalogue.search.models import Synonym
from catalogue.search.synonyms import SynonymCache, load_synonyms, split_expansions


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_expansions_are_split_and_cleaned():
    assert split_expansions(" Tabak ,, rauchen  aufhören, Tabak,") == ["Tabak", "rauchen aufhören"]


def test_synonyms_are_loaded_from_the_table_keyed_by_lowercase_term(db):
    db.add(Synonym(term="Glimmstängel", expansions="Tabak, Rauchen"))
    db.flush()
    table = load_synonyms(db)
    assert table["glimmstängel"] == ["Tabak", "Rauchen"] and table["kippe"] == ["tabak", "rauchen"]


def test_the_cache_serves_the_old_list_until_its_ttl_has_passed(db):
    clock = Clock()
    cache = SynonymCache(ttl=60, clock=clock)
    assert "qualm" not in cache.get(db)
    db.add(Synonym(term="qualm", expansions="Tabak"))
    db.flush()
    clock.now += 59
    assert "qualm" not in cache.get(db)
    clock.now += 2
    assert cache.get(db)["qualm"] == ["Tabak"]


def test_forget_reloads_at_once(db):
    cache = SynonymCache(ttl=60, clock=Clock())
    cache.get(db)
    db.add(Synonym(term="qualm", expansions="Tabak"))
    db.flush()
    cache.forget()
    assert "qualm" in cache.get(db)
