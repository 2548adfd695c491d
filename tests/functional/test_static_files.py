"""Static files: URLs carry the content hash, so they may be cached for a year."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from catalogue.static_files import content_hash

STATIC = Path(__file__).resolve().parents[2] / "catalogue" / "static"


def stylesheet_url(client) -> str:
    return re.search(r'href="(/static/style\.css\?v=[0-9a-f]+)"', client.get("/").get_data(as_text=True)).group(1)


def test_pages_link_static_files_by_content_hash(client):
    expected = hashlib.sha256((STATIC / "style.css").read_bytes()).hexdigest()[:12]
    assert stylesheet_url(client) == f"/static/style.css?v={expected}"


def test_static_file_with_its_current_hash_may_be_cached_for_a_year(client):
    with client.get(stylesheet_url(client)) as response:
        assert response.status_code == 200
        assert response.cache_control.max_age == 365 * 24 * 3600 and response.cache_control.immutable


def test_static_file_with_an_outdated_hash_is_revalidated(client):
    with client.get("/static/style.css?v=000000000000") as response:
        assert response.status_code == 200 and response.cache_control.max_age != 365 * 24 * 3600
        assert not response.cache_control.immutable


def test_changed_file_gets_a_new_hash(tmp_path):
    path = tmp_path / "site.css"
    path.write_text("body { color: black }")
    before = content_hash(path)
    path.write_text("body { color: navy; }")
    assert content_hash(path) != before
