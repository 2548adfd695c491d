"""HTTP for the partner pull: GET with timeouts, retries with back-off, a size limit, conditional requests.

Built on the standard library (urllib): one GET at a time, JSON only. The timeout bounds
the whole answer, not just each read, so a partner that trickles bytes is cut off too.
"""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

CHUNK = 64 * 1024
USER_AGENT = "Praeventionskatalog-Partnerabruf/1 (HSDS 3.0)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class PartnerUnavailable(Exception):
    """The partner did not answer usably; the message is German and names why."""


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0  # seconds for one whole answer
    max_bytes: int = 5_000_000  # largest answer taken
    retries: int = 2  # further tries after a failed one (network, timeout, 5xx, 429)
    backoff: float = 0.5  # seconds before the first retry, doubled for each further one


@dataclass(frozen=True)
class Answer:
    status: int  # 200, 304 (unchanged) or 404 (gone)
    body: object | None = None
    etag: str = ""
    last_modified: str = ""


class HsdsClient:
    """GETs below one partner's HSDS base URL."""

    def __init__(self, base_url: str, limits: Limits, sleep: Callable[[float], None] = time.sleep):
        self.base_url = base_url.rstrip("/")
        self.limits = limits
        self.sleep = sleep

    def get(self, path: str, params: dict | None = None, *, etag: str = "", last_modified: str = "") -> Answer:
        """The JSON answer of `path`; 304 and 404 are answers, everything else unusable raises."""
        url = self.base_url + path + (f"?{urlencode(params)}" if params else "")
        headers = {"Accept": "application/json", "Accept-Encoding": "identity", "User-Agent": USER_AGENT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        delay = self.limits.backoff
        for attempt in range(self.limits.retries + 1):
            try:
                return self._once(url, headers)
            except _Retryable as exc:
                if attempt == self.limits.retries:
                    raise PartnerUnavailable(f"{exc} ({url}, {attempt + 1} Versuche)") from exc
                self.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, headers: dict) -> Answer:
        request = urllib.request.Request(url, headers=headers, method="GET")
        deadline = time.monotonic() + self.limits.timeout
        try:
            with urllib.request.urlopen(request, timeout=self.limits.timeout) as response:
                raw = self._read(response, deadline, url)
                status, reply_headers = response.status, response.headers
        except urllib.error.HTTPError as exc:
            if exc.code in (304, 404):
                return Answer(exc.code)
            if exc.code in RETRY_STATUSES:
                raise _Retryable(f"Der Partner antwortete mit HTTP {exc.code}") from exc
            raise PartnerUnavailable(f"Der Partner antwortete mit HTTP {exc.code} ({url})") from exc
        except TimeoutError as exc:
            raise _Retryable(f"Keine Antwort innerhalb von {self.limits.timeout:g} Sekunden") from exc
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            if isinstance(getattr(exc, "reason", None), TimeoutError):
                raise _Retryable(f"Keine Antwort innerhalb von {self.limits.timeout:g} Sekunden") from exc
            raise _Retryable(f"Der Partner ist nicht erreichbar: {_reason(exc)}") from exc
        return Answer(status, _json(raw, url), reply_headers.get("ETag", ""), reply_headers.get("Last-Modified", ""))

    def _read(self, response, deadline: float, url: str) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.limits.max_bytes:
            raise PartnerUnavailable(f"Die Antwort ist größer als {self.limits.max_bytes} Bytes ({url})")
        parts, size = [], 0
        while chunk := response.read(CHUNK):
            size += len(chunk)
            if size > self.limits.max_bytes:
                raise PartnerUnavailable(f"Die Antwort ist größer als {self.limits.max_bytes} Bytes ({url})")
            if time.monotonic() > deadline:
                raise _Retryable(f"Keine vollständige Antwort innerhalb von {self.limits.timeout:g} Sekunden")
            parts.append(chunk)
        return b"".join(parts)


class _Retryable(Exception):
    """A failure worth another try: network, timeout, server error."""


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None) or exc
    return str(reason)[:200]


def _json(raw: bytes, url: str):
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PartnerUnavailable(f"Die Antwort ist kein gültiges JSON ({url})") from exc
