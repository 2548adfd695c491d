"""Nodes of the catalogue on loopback, as in production: one PostgreSQL, per node a gunicorn
and a jobs loop with its own index folder; and a browser-like HTTP client for them.

Used by the two-node test and by bench/propagation.py.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from catalogue.db import make_engine
from catalogue.secretbox import attach_key

ROOT = Path(__file__).resolve().parents[1]
FLASK = [sys.executable, "-m", "flask", "--app", "wsgi"]
SHARED_SECRET = "node-secret-" + "n" * 40  # every node of one catalogue shares SECRET_KEY


def shared_engine(database_url: str):
    """An engine on the nodes' database that reads and writes secrets with the nodes' key."""
    engine = make_engine(database_url)
    attach_key(engine, SHARED_SECRET)
    return engine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Node:
    name: str
    base_url: str
    env: dict
    folder: Path
    processes: list[subprocess.Popen] = field(default_factory=list)

    def flask(self, *command: str) -> subprocess.CompletedProcess:
        """A `flask` command on this node (its index folder), e.g. ("search", "check")."""
        return subprocess.run(FLASK + list(command), cwd=ROOT, env=self.env, capture_output=True, text=True)

    def api_ids(self, text: str) -> list[int]:
        """Offer ids /api/v1/offers finds for `text` through this node's index (never the fallback)."""
        query = urllib.parse.urlencode({"q": text})
        with urllib.request.urlopen(f"{self.base_url}/api/v1/offers?{query}", timeout=10) as response:
            answer = json.load(response)
        assert answer["fulltext"], "the search fell back to the database: the index is not in use"
        return [item["id"] for item in answer["results"]]

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def start_node(name: str, database_url: str, folder: Path, *, workers: int = 2) -> Node:
    """Build the node's index, then start its gunicorn and its jobs loop; returns once it answers."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {
        **os.environ,
        "APP_ENV": "development",
        "SECRET_KEY": SHARED_SECRET,
        "INSTANCE_PATH": str(folder / "instance"),
        "DATABASE_URL": database_url,
        "SEARCH_INDEX_DIR": str(folder / "index"),
        "MAIL_OUTBOX_DIR": str(folder / "mail"),
        "BASE_URL": f"http://127.0.0.1:{port}",
        "PYTHONWARNINGS": "ignore",
    }
    node = Node(name, f"http://127.0.0.1:{port}", env, folder)
    built = node.flask("search", "sync")
    if built.returncode != 0:
        raise RuntimeError(f"search sync on {name} failed: {built.stderr}")
    gunicorn = [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "wsgi:app"]
    for command, log in ((gunicorn, "gunicorn.log"), (FLASK + ["jobs"], "jobs.log")):
        with (folder / log).open("w") as output:
            node.processes.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT))
    try:
        _wait_until_up(node)
    except RuntimeError:
        node.stop()
        raise
    return node


def _wait_until_up(node: Node) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(process.poll() is not None for process in node.processes):
            raise RuntimeError(f"node {node.name} exited during start-up; see {node.folder}")
        try:
            with urllib.request.urlopen(node.base_url + "/", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"node {node.name} did not answer within 60 s")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class HttpResponse:
    """The part of Flask's test response the login and review helpers read."""

    def __init__(self, status: int, headers, body: bytes):
        self.status_code, self.headers, self._body = status, headers, body

    def get_data(self, as_text: bool = False):
        return self._body.decode() if as_text else self._body


class HttpClient:
    """A browser-like client (cookies, no automatic redirects) with the test client's get/post."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirects()
        )

    def get(self, path: str) -> HttpResponse:
        return self._open(urllib.request.Request(self.base_url + path))

    def post(self, path: str, data: dict) -> HttpResponse:
        body = urllib.parse.urlencode(data, doseq=True).encode()
        return self._open(urllib.request.Request(self.base_url + path, data=body, method="POST"))

    def _open(self, request: urllib.request.Request) -> HttpResponse:
        try:
            with self._opener.open(request, timeout=30) as response:
                return HttpResponse(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:  # 3xx (not followed) and 4xx/5xx answers
            return HttpResponse(error.code, error.headers, error.read())
