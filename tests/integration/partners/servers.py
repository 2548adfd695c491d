"""Real HTTP on loopback for the partner tests: an app instance in a thread, and a misbehaving partner."""

from __future__ import annotations

import json
import threading
import time
import uuid
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from werkzeug.serving import make_server


@contextmanager
def serving(app):
    """Serve a Flask app on a free loopback port; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


SERVICE_ID = str(uuid.UUID(int=1))


def good_service(name: str = "Starke Kinder – Gewaltprävention") -> dict:
    """A small service valid against the official schema, with a Handlungsfeld of ours."""
    return {
        "id": SERVICE_ID,
        "name": name,
        "status": "active",
        "description": "Ein Projekttag zu Konflikten und Grenzen für Grundschulen.",
        "url": "https://partner.example/angebote/1",
        "accreditations": "Geprüft vom Landespräventionsrat",
        "last_modified": "2026-11-01T10:00:00Z",
        "attributes": [
            {
                "id": str(uuid.UUID(int=2)),
                "taxonomy_term_id": str(uuid.UUID(int=3)),
                "link_type": "field",
                "taxonomy_term": {
                    "id": str(uuid.UUID(int=3)),
                    "code": "gewalt",
                    "name": "Gewaltprävention",
                    "description": "Gewaltprävention – Handlungsfeld",
                },
            }
        ],
    }


def page_of(services: list[dict]) -> dict:
    return {
        "total_items": len(services),
        "total_pages": 1,
        "page_number": 1,
        "size": len(services),
        "first_page": True,
        "last_page": True,
        "empty": not services,
        "contents": [{k: v for k, v in s.items() if k != "attributes"} for s in services],
    }


class Misbehaving:
    """A tiny HSDS partner whose `mode` decides how it answers: ok, slow, error, not_json, invalid, huge."""

    def __init__(self):
        self.mode = "ok"
        self.delay = 2.0
        self.routes: dict[str, tuple[int, bytes]] = {}  # path → fixed (status, body), sent without length
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet test output
                pass

            def do_GET(self):
                owner.requests += 1
                owner.answer(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/api/hsds/v3"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = urlsplit(handler.path).path
        if path in self.routes:
            status, raw = self.routes[path]
            handler.send_response(status)
            handler.send_header("Connection", "close")
            handler.end_headers()
            handler.wfile.write(raw)
            return
        body = self._body(path)
        if self.mode == "slow":
            time.sleep(self.delay)
        status = 500 if self.mode == "error" else 200
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(raw)))
            handler.end_headers()
            handler.wfile.write(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout): as intended

    def _body(self, path: str):
        if self.mode == "not_json":
            return b"<html>Wartungsarbeiten</html>"
        if self.mode == "huge":
            return json.dumps(page_of([good_service("x" * 50_000)])).encode()
        service = good_service()
        if self.mode == "invalid":
            service = {**service, "id": "keine-uuid", "status": 7}
        if path.endswith("/services"):
            return page_of([service])
        return service
