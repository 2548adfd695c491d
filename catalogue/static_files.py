"""Cache busting for static files: every URL names the file's content hash (`?v=…`).

A browser or proxy may therefore keep a static file for a year (nginx serves /static/
so, see deploy/nginx/); a changed file gets a new URL the moment the new code runs.
When the app serves static files itself (development, `make run`), a request whose `v`
matches the current content is answered with the same long lifetime.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Flask, request

LONG_LIFETIME = 365 * 24 * 3600  # seconds
HASH_LENGTH = 12
_HASHES: dict[tuple[str, int, int], str] = {}  # (path, mtime, size) -> hash, for the life of the process


def content_hash(path: Path) -> str:
    """Short SHA-256 of the file, recomputed only when its modification time or size changed."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _HASHES:
        _HASHES[key] = hashlib.sha256(path.read_bytes()).hexdigest()[:HASH_LENGTH]
    return _HASHES[key]


def init_app(app: Flask) -> None:
    folder = Path(app.static_folder)

    @app.url_defaults
    def _versioned(endpoint: str, values: dict) -> None:
        if endpoint == "static" and "v" not in values:
            path = folder / values.get("filename", "")
            if path.is_file():
                values["v"] = content_hash(path)

    @app.after_request
    def _long_lifetime(response):
        if request.endpoint == "static" and response.status_code == 200:
            path = folder / (request.view_args or {}).get("filename", "")
            if path.is_file() and request.args.get("v") == content_hash(path):
                response.cache_control.public = True
                response.cache_control.max_age = LONG_LIFETIME
                response.cache_control.immutable = True
                response.cache_control.no_cache = None
        return response
