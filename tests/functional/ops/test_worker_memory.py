"""A web worker that serves the public search keeps the libraries only other work needs out of memory.

Each of these is imported inside the functions that use it (see the comments there); a module-level
import anywhere on the way from `create_app` would put it back into every gunicorn worker.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import app_config

ROOT = Path(__file__).resolve().parents[3]

# Libraries a search worker never needs: password lists, HSDS validation, secrets at rest,
# QR codes, migrations, the PostgreSQL listener, and the test tools that must never reach production.
# The compound lexicon reads wordfreq's word list file, never the package with its language tools.
NOT_FOR_SEARCH = (
    *("zxcvbn", "jsonschema", "cryptography", "segno", "alembic", "mako", "hypothesis", "pytest"),
    *("wordfreq", "langcodes", "ftfy"),
)
PAGES = ("/", "/suche?q=mobbing", "/suche?q=suchtberatungsstelle&klasse=7", "/suche?handlungsfeld=sucht&seite=2")

SERVE = """
import json, sys
from catalogue import create_app

config, instance, pages, watched = json.loads(sys.argv[1])
client = create_app(config, instance_path=instance).test_client()
statuses = [client.get(page).status_code for page in pages]
print(json.dumps({"statuses": statuses, "loaded": sorted(name for name in watched if name in sys.modules)}))
"""


def _serve_in_fresh_process(config: dict, instance: str, watched: tuple[str, ...]) -> dict:
    argument = json.dumps([config, instance, PAGES, watched])
    done = subprocess.run(
        [sys.executable, "-c", SERVE, argument], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_serving_the_search_pages_loads_none_of_the_libraries_only_other_pages_need(migrated_url, tmp_path):
    # On PostgreSQL the database driver is psycopg itself; on SQLite it must stay unloaded too.
    watched = NOT_FOR_SEARCH + (() if migrated_url.startswith("postgresql") else ("psycopg",))
    served = _serve_in_fresh_process(app_config(migrated_url, tmp_path), str(tmp_path / "instance"), watched)
    assert served["statuses"] == [200] * len(PAGES)
    assert served["loaded"] == []
