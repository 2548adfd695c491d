"""Origins allowed to frame an embed: `https://host[:port]`, plain http only for this machine.

Each origin goes into a CSP `frame-ancestors` list verbatim, so anything that is not
exactly scheme, host and port (a path, a wildcard, a quote, a space, a `;`) is refused
rather than repaired; only case, a default port and one trailing slash are normalised.
"""

from __future__ import annotations

import ipaddress
import re

MAX_ORIGINS = 20
MAX_LENGTH = 300
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]"})
DEFAULT_PORTS = {"https": 443, "http": 80}
_ORIGIN = re.compile(
    r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*)://(?P<host>\[[0-9a-fA-F:.]+\]|[^/:?#\[\]@\s]+)(?::(?P<port>[0-9]{1,5}))?/?"
)
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
EXAMPLE = "z. B. https://www.stadt-beispiel.de"


class OriginError(ValueError):
    """An unusable origin; the message is German and names the value."""


def parse_origin(raw: str) -> str:
    """The normalised origin (`https://www.stadt.de`, `http://localhost:8000`) or OriginError."""
    value = raw.strip()
    shown = value[:80]
    if "*" in value:
        raise OriginError(f"„{shown}“: Platzhalter (*) sind nicht erlaubt; bitte jede Adresse einzeln angeben.")
    match = _ORIGIN.fullmatch(value)
    if match is None:
        raise OriginError(
            f"„{shown}“ ist keine Adresse der Form https://host oder https://host:port "
            f"(ohne Pfad, ohne Sternchen; {EXAMPLE})."
        )
    scheme = match["scheme"].lower()
    host = _host(match["host"], shown)
    if scheme not in DEFAULT_PORTS:
        raise OriginError(f"„{shown}“: Erlaubt sind nur Adressen mit https:// ({EXAMPLE}).")
    if scheme == "http" and host not in LOOPBACK_HOSTS:
        raise OriginError(
            f"„{shown}“: Unverschlüsseltes http:// ist nur für localhost erlaubt; bitte https:// verwenden."
        )
    port = int(match["port"]) if match["port"] else None
    if port is not None and not 1 <= port <= 65535:
        raise OriginError(f"„{shown}“: Der Port muss zwischen 1 und 65535 liegen.")
    suffix = "" if port in (None, DEFAULT_PORTS[scheme]) else f":{port}"
    return f"{scheme}://{host}{suffix}"


def _host(raw: str, shown: str) -> str:
    """Lower-case host name (international names as punycode), IPv4 or bracketed IPv6."""
    if raw.startswith("["):
        try:
            return f"[{ipaddress.IPv6Address(raw[1:-1]).compressed}]"
        except ValueError:
            raise OriginError(f"„{shown}“ enthält keine gültige IPv6-Adresse.") from None
    try:
        host = raw.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError:
        host = ""
    labels = host.split(".")
    if not host or len(host) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise OriginError(f"„{shown}“ enthält keinen gültigen Rechnernamen ({EXAMPLE}).")
    if labels[-1].isdigit():
        try:
            return str(ipaddress.IPv4Address(host))
        except ValueError:
            raise OriginError(f"„{shown}“ enthält keine gültige IPv4-Adresse.") from None
    return host


def parse_origins(text: str) -> list[str]:
    """One origin per line (or separated by spaces/commas), normalised, duplicates dropped.

    OriginError names every unusable line at once, so the office can fix them together.
    """
    entries = [entry for entry in re.split(r"[\s,]+", text or "") if entry]
    if not entries:
        raise OriginError("Bitte geben Sie mindestens eine Adresse an, deren Seiten die Liste zeigen dürfen.")
    origins, problems = [], []
    for entry in entries:
        if len(entry) > MAX_LENGTH:
            problems.append(f"Eine Adresse ist länger als {MAX_LENGTH} Zeichen.")
            continue
        try:
            origins.append(parse_origin(entry))
        except OriginError as exc:
            problems.append(str(exc))
    if problems:
        raise OriginError(" ".join(problems))
    origins = list(dict.fromkeys(origins))
    if len(origins) > MAX_ORIGINS:
        raise OriginError(f"Höchstens {MAX_ORIGINS} Adressen je Liste; bitte legen Sie eine weitere Liste an.")
    return origins
