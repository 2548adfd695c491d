"""Password reset: answer time for a known versus an unknown address (account enumeration).

    python bench/reset_timing.py [--runs 20] [--database-url URL]

Builds a fresh database (SQLite in a temporary folder unless a PostgreSQL URL is given; its
name must contain "bench"), creates one account, and posts the reset form through the Flask
test client alternately for known (a fresh account each time) and unknown addresses. Prints the median and the
spread per case; the two medians should be close.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from catalogue import create_app, migrate  # noqa: E402
from catalogue.accounts.services import create_user  # noqa: E402
from catalogue.db import make_engine  # noqa: E402

RESET = "/konto/passwort-vergessen"
RUN_ID = int(time.time())  # a PostgreSQL bench database may be reused


def known_address(run: int) -> str:
    """One account per run: a repeated address would stop getting links at the open-link cap."""
    return f"bekannt-{RUN_ID}-{run}@bench.example"


def build_app(database_url: str | None, tmp: Path, runs: int):
    url = database_url or f"sqlite:///{tmp / 'bench.sqlite3'}"
    if database_url and "bench" not in database_url:
        sys.exit("The database name must contain 'bench'.")
    migrate.upgrade(make_engine(url))
    config = {
        "APP_ENV": "development",  # mail goes out in the background, as in production
        "SECRET_KEY": "bench-secret-" + "x" * 32,
        "DATABASE_URL": url,
        "SEARCH_INDEX_DIR": str(tmp / "index"),
        "MAIL_OUTBOX_DIR": str(tmp / "mail"),
        "BASE_URL": "http://katalog.bench",
        "ACCOUNT_FORMS_PER_HOUR": 1_000_000,
    }
    app = create_app(config, instance_path=str(tmp / "instance"))
    with app.app_context():
        session = app.extensions["db_session_factory"]()
        for run in range(runs):
            create_user(session, email=known_address(run), name="Bench Person", password="lange-sichere-phrase-42")
        session.commit()
        session.close()
    return app


def post_reset(client, email: str) -> float:
    page = client.get(RESET).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    started = time.perf_counter()
    response = client.post(RESET, data={"email": email, "csrf_token": token})
    elapsed = time.perf_counter() - started
    assert response.status_code == 302, response.status_code
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = build_app(args.database_url, Path(folder), args.runs)
        client = app.test_client()
        post_reset(client, "aufwaermen@bench.example")  # first request pays for imports and caches
        known, unknown = [], []
        for run in range(args.runs):
            known.append(post_reset(client, known_address(run)))
            unknown.append(post_reset(client, f"unbekannt-{RUN_ID}-{run}@bench.example"))
            print(f"run {run + 1}/{args.runs}", file=sys.stderr, end="\r")
        for label, times in (("known address", known), ("unknown address", unknown)):
            print(
                f"{label:16} median {statistics.median(times):6.1f} ms   min {min(times):6.1f}   max {max(times):6.1f}"
            )


if __name__ == "__main__":
    main()
