"""The one rule for web addresses people enter: only http(s) with a host ever becomes a link."""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_URL_MESSAGE = "Bitte geben Sie eine Web-Adresse an, die mit http:// oder https:// beginnt."


def is_web_url(value: str | None) -> bool:
    """True for http(s) addresses with a host; never javascript:, data:, or text with spaces."""
    if not value or any(ch.isspace() for ch in value.strip()):
        return False
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc)
