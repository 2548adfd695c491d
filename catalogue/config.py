"""Every setting, declared once with its default and meaning.

Values come from environment variables of the same name. Development defaults keep
everything inside the instance folder; production (`APP_ENV=production`) refuses to
start without a real SECRET_KEY.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path


class ConfigError(RuntimeError):
    """The configuration is unusable; raised at start-up."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    meaning: str
    kind: type = str


SETTINGS: list[Setting] = [
    Setting("APP_ENV", "development", "`development`, `production` or `testing`."),
    Setting(
        "SECRET_KEY",
        "",
        "Signs sessions and CSRF tokens. Required in production; "
        "in development a random key is kept in `instance/secret_key`.",
    ),
    Setting(
        "MFA_SECRET_KEY",
        "",
        "Encrypts the second-factor (TOTP) secrets at rest. Empty: derived from `SECRET_KEY`; "
        "set it (e.g. to the old `SECRET_KEY`) before changing `SECRET_KEY`, or enrolled apps stop working.",
    ),
    Setting(
        "DATABASE_URL",
        "",
        "SQLAlchemy URL. Empty: SQLite file `instance/katalog.sqlite3`. "
        "Production: `postgresql+psycopg://user@host/db`.",
    ),
    Setting("SEARCH_INDEX_DIR", "", "Folder of the Whoosh index. Empty: `instance/search-index`."),
    Setting(
        "MAIL_OUTBOX_DIR",
        "",
        "Development mail drop: outgoing mail is written here as "
        ".eml files when no SMTP host is set. Empty: `instance/mail`.",
    ),
    Setting(
        "SEARCH_SYNONYM_TTL",
        60,
        "Seconds each worker keeps the synonym list before re-reading "
        "it, so the office's edits apply without a restart.",
        int,
    ),
    Setting("SMTP_HOST", "", "SMTP server for outgoing mail; empty writes mail to MAIL_OUTBOX_DIR."),
    Setting("SMTP_PORT", 587, "SMTP port.", int),
    Setting("SMTP_USER", "", "SMTP user name (optional)."),
    Setting("SMTP_PASSWORD", "", "SMTP password (optional)."),
    Setting("SMTP_STARTTLS", True, "Use STARTTLS for SMTP.", bool),
    Setting("MAIL_FROM", "Präventionskatalog <noreply@praeventionskatalog.example>", "Sender of outgoing mail."),
    Setting(
        "OFFICE_NAME",
        "Koordinierungsstelle Kommunaler Präventionsrat",
        "Name of the coordination office shown on the site.",
    ),
    Setting(
        "OFFICE_EMAIL",
        "praevention@stadt.example",
        "Contact of the coordination office (footer, accessibility feedback, 'nothing found' page).",
    ),
    Setting("OFFICE_PHONE", "0371 000000-0", "Telephone of the coordination office."),
    Setting(
        "BASE_URL",
        "http://127.0.0.1:8000",
        "Public address; every absolute link (mails, API, print view) is built from it, never from the Host header.",
    ),
    Setting(
        "TRUSTED_HOSTS",
        "",
        "Optional comma-separated host names the app answers to (e.g. `katalog.stadt.de`); "
        "other Host headers get 400. Empty: any.",
    ),
    Setting(
        "SESSION_COOKIE_SECURE",
        True,
        "Send the session cookie over HTTPS only. Off in development (plain http on localhost).",
        bool,
    ),
    Setting(
        "LOGIN_MAX_FAILURES",
        5,
        "Failed logins for one account from one client (×4 from one client across accounts) before "
        "that client must wait: 30 s, doubling with each further failure, at most LOGIN_WINDOW_MINUTES.",
        int,
    ),
    Setting(
        "LOGIN_WINDOW_MINUTES",
        15,
        "Failed logins older than this are forgotten; also the longest delay. Nobody is locked out.",
        int,
    ),
    Setting(
        "LOGIN_ACCOUNT_CAP",
        50,
        "Failed logins for one account from all clients within LOGIN_WINDOW_MINUTES before every "
        "client is slowed for it; the owner is told by mail.",
        int,
    ),
    Setting(
        "SESSION_IDLE_MINUTES_OFFICE",
        30,
        "An office account's session ends after this many minutes without a request.",
        int,
    ),
    Setting(
        "SESSION_IDLE_MINUTES_PROVIDER",
        120,
        "A provider account's session ends after this many minutes without a request.",
        int,
    ),
    Setting("SESSION_MAX_HOURS", 12, "Every session ends this many hours after login, however active.", int),
    Setting(
        "MFA_STEP_UP_MINUTES",
        15,
        "Creating accounts, changing roles and resetting a second factor ask for a fresh code "
        "when the last one is older than this.",
        int,
    ),
    Setting(
        "ACCOUNT_FORMS_PER_HOUR",
        10,
        "Password-reset requests and registrations accepted per client address and hour (database limiter).",
        int,
    ),
    Setting("RESET_TOKEN_HOURS", 2, "Validity of a password-reset link.", int),
    Setting("INVITATION_DAYS", 14, "Validity of an invitation link.", int),
    Setting("REGISTRATION_LINK_HOURS", 48, "Validity of the link that confirms a self-registration.", int),
    Setting("OFFICE_SETUP_HOURS", 48, "Validity of the link a new office account sets its password with.", int),
    Setting(
        "MAIL_RETENTION_DAYS",
        30,
        "Sent mail is deleted from the outbox (and the development mail folder) after this many days.",
        int,
    ),
    Setting(
        "SEARCH_MISS_MONTHS",
        6,
        "Search terms that found nothing are kept for this many months (the current one included).",
        int,
    ),
    Setting("SEAL_VALIDITY_MONTHS", 24, "Validity of the quality seal after approval.", int),
    Setting("RENEWAL_NOTICE_WEEKS", 8, "Weeks before the seal expires when renewal is due.", int),
    Setting("REVIEW_OVERDUE_DAYS", 14, "Days a submission may wait for a decision before the office is warned.", int),
    Setting("APPROVALS_REQUIRED", 1, "Four-eyes mode: approvals needed before an offer goes live.", int),
    Setting(
        "PROXY_COUNT",
        0,
        "Number of trusted reverse proxies in front of the app; their "
        "X-Forwarded-For/-Proto/-Host headers are honoured (1 behind one nginx).",
        int,
    ),
    Setting("MAX_CONTENT_LENGTH", 2_000_000, "Largest accepted request body in bytes.", int),
    Setting(
        "FEEDBACK_MIN_COUNT",
        3,
        "Approved school feedbacks an offer needs before the public sees their number and the share "
        "'würde wieder buchen' (fewer could point to one class).",
        int,
    ),
    Setting(
        "FEEDBACK_PUBLIC_COMMENTS",
        False,
        "Show approved feedback comments (and providers' approved answers) to the public; providers always see them.",
        bool,
    ),
    Setting(
        "FEEDBACK_PER_HOUR",
        5,
        "Feedbacks accepted per client address and hour (kept as a keyed hash, purged by the jobs).",
        int,
    ),
    Setting("JOBS_INTERVAL_SECONDS", 60, "Pause between runs of the periodic jobs loop.", int),
    Setting(
        "REGION_STATE",
        "Sachsen",
        "Federal state (Bundesland) of the catalogue's region; the state of providers' addresses in HSDS.",
        str,
    ),
    Setting(
        "PARTNER_PULL_MINUTES",
        15,
        "The jobs loop pulls each active partner catalogue at most this often (`partners pull` any time).",
        int,
    ),
    Setting(
        "PARTNER_TIMEOUT_SECONDS",
        10,
        "Partner pull: seconds a partner catalogue may take for one whole answer before it counts as down.",
        int,
    ),
    Setting(
        "PARTNER_MAX_BYTES",
        5_000_000,
        "Partner pull: largest answer (bytes) taken from a partner catalogue; a larger one fails the pull.",
        int,
    ),
    Setting(
        "PARTNER_RETRIES",
        2,
        "Partner pull: further tries of a request after a network error, timeout or server error (5xx, 429).",
        int,
    ),
    Setting(
        "PARTNER_BACKOFF_MS",
        500,
        "Partner pull: milliseconds before the first retry, doubled for each further one.",
        int,
    ),
    Setting(
        "LOG_FORMAT",
        "text",
        "`text`: one readable line per log record; `json`: one JSON object per line. Every request is "
        "logged once with its request id (X-Request-ID), route pattern, status and duration; never "
        "the query string or the client address.",
    ),
    Setting(
        "METRICS_BIND",
        "127.0.0.1:9464",
        "Address:port where `flask metrics` serves the Prometheus metrics. Loopback by default, so only "
        "this machine (the operator, a local Prometheus) reaches it; the public app has no metrics route.",
    ),
    Setting(
        "PROMETHEUS_MULTIPROC_DIR",
        "",
        "Folder where gunicorn workers and the jobs process write their metrics (prometheus_client "
        "multiprocess mode) for `flask metrics` to add up. Set it in the environment of all of them "
        "and empty it before gunicorn starts. Empty: only the database figures are shown.",
    ),
    Setting(
        "API_CACHE_SECONDS",
        60,
        "max-age of the public APIs (/api/v1, /api/hsds/v3): how long clients and proxies may reuse an answer "
        "before they revalidate it (ETag / Last-Modified, 304).",
        int,
    ),
    Setting(
        "EMBED_CACHE_SECONDS",
        300,
        "max-age of the embeddable lists (/einbetten/…): how long browsers and proxies may reuse a list before "
        "they revalidate it (ETag / Last-Modified, 304).",
        int,
    ),
]


def _parse(setting: Setting, raw: str) -> object:
    if setting.kind is bool:
        return raw.strip().lower() in {"1", "true", "yes", "on", "ja"}
    if setting.kind is int:
        try:
            return int(raw)
        except ValueError as exc:
            raise ConfigError(f"{setting.name} muss eine ganze Zahl sein, nicht {raw!r}") from exc
    return raw


def load_config(instance_path: str, overrides: dict | None = None) -> dict:
    """Build the Flask config from defaults, environment and explicit overrides."""
    overrides = overrides or {}
    config: dict = {}
    for setting in SETTINGS:
        raw = os.environ.get(setting.name)
        config[setting.name] = setting.default if raw is None else _parse(setting, raw)
    config.update(overrides)
    instance = Path(instance_path)
    env = config["APP_ENV"]
    if env not in {"development", "production", "testing"}:
        raise ConfigError(f"APP_ENV {env!r} ist unbekannt")
    if config["LOG_FORMAT"] not in {"text", "json"}:
        raise ConfigError(f"LOG_FORMAT {config['LOG_FORMAT']!r} ist unbekannt (text oder json)")
    if env == "production":
        if len(config["SECRET_KEY"]) < 32:
            raise ConfigError(
                "SECRET_KEY fehlt oder ist kürzer als 32 Zeichen; "
                "in Produktion startet die Anwendung nicht ohne echten Schlüssel."
            )
    else:
        instance.mkdir(parents=True, exist_ok=True)
        if not config["SECRET_KEY"]:
            config["SECRET_KEY"] = _development_secret(instance)
        if "SESSION_COOKIE_SECURE" not in overrides and "SESSION_COOKIE_SECURE" not in os.environ:
            config["SESSION_COOKIE_SECURE"] = False
    config["DATABASE_URL"] = config["DATABASE_URL"] or f"sqlite:///{instance / 'katalog.sqlite3'}"
    config["SEARCH_INDEX_DIR"] = config["SEARCH_INDEX_DIR"] or str(instance / "search-index")
    config["MAIL_OUTBOX_DIR"] = config["MAIL_OUTBOX_DIR"] or str(instance / "mail")
    if env == "production":
        # __Host-: the browser accepts it only Secure, for the whole site, without a Domain.
        config.setdefault("SESSION_COOKIE_NAME", "__Host-session")
    config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=config["SESSION_COOKIE_SECURE"],
        REMEMBER_COOKIE_HTTPONLY=True,
        # The CSRF token is bound to the session instead of expiring after an hour,
        # so a long edit does not fail on save.
        WTF_CSRF_TIME_LIMIT=None,
        WTF_CSRF_SSL_STRICT=True,
        TESTING=env == "testing",
    )
    return config


def _development_secret(instance: Path) -> str:
    path = instance / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
