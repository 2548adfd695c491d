"""Browser tests: a real gunicorn (2 workers) on a fresh demo database, driven by
Debian's Chromium through Playwright; axe-core checks accessibility."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "Demo-Passwort-2026"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def chromium():
    path = chromium_path()
    if path is None:
        message = "Chromium fehlt: `apt-get install chromium` installiert es für die Browser-Tests."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within 30 s")


@pytest.fixture(scope="session")
def live_folder(tmp_path_factory):
    """The live server's folder: its database, index and mail drop (`mail/`)."""
    return tmp_path_factory.mktemp("live")


@pytest.fixture(scope="session")
def live_server(live_folder, chromium):
    """Base URL of gunicorn serving the demo catalogue from a fresh SQLite database."""
    tmp = live_folder
    port = _free_port()
    env = {
        **os.environ,
        "APP_ENV": "development",
        "INSTANCE_PATH": str(tmp / "instance"),
        "DATABASE_URL": f"sqlite:///{tmp / 'live.sqlite3'}",
        "SEARCH_INDEX_DIR": str(tmp / "index"),
        "MAIL_OUTBOX_DIR": str(tmp / "mail"),
        "PYTHONWARNINGS": "ignore",
        "BASE_URL": f"http://127.0.0.1:{port}",  # shared list links, mails and print views name this server
    }
    flask = [sys.executable, "-m", "flask", "--app", "wsgi"]
    for command in (["db", "upgrade"], ["demo"], ["search", "sync"]):
        subprocess.run(flask + command, cwd=ROOT, env=env, check=True, capture_output=True)
    with (tmp / "gunicorn.log").open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}", "wsgi:app"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(base_url + "/", process)
            yield base_url
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, live_server):
    # bypass_csp: axe-core is injected by the test; the site's own CSP forbids foreign scripts.
    context = browser.new_context(base_url=live_server, bypass_csp=True, locale="de-DE")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe_violations():
    """Run axe-core on a page and return its violations as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def run(page) -> list[str]:
        results = axe.run(page)
        return [
            f"{v['id']}: {v['help']} ({len(v['nodes'])}× z. B. {v['nodes'][0]['target']})"
            for v in results.response["violations"]
        ]

    return run
