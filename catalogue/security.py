"""Sessions (Flask-Login), CSRF on every POST, and security headers."""

from __future__ import annotations

from functools import wraps

from flask import Flask, current_app, flash, g, redirect, request, url_for
from flask import session as flask_session
from flask.sessions import SecureCookieSessionInterface
from flask_login import LoginManager, current_user, logout_user
from flask_wtf.csrf import CSRFProtect

from catalogue.accounts import login_flow
from catalogue.accounts.login_flow import second_factor_age_minutes
from catalogue.accounts.models import User
from catalogue.accounts.sessions import SessionLimits, check_session
from catalogue.db import commit, get_session

csrf = CSRFProtect()
login_manager = LoginManager()

PRIVATE_AREAS = ("accounts.", "providers.", "offers.", "office.", "review.", "search_office.", "embed_office.")
# Pages other sites show in a frame (catalogue/embed): never read or set a cookie there.
SESSIONLESS_PATHS = ("/einbetten/",)
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)


class SessionlessPaths(SecureCookieSessionInterface):
    """The signed cookie session, except under SESSIONLESS_PATHS: an empty session, never saved.

    An embedded list is anonymous whoever looks at it: the visitor's catalogue cookie (sent
    when the embedding site is same-site) is not read, so no user is loaded, and no
    Set-Cookie (nor Vary: Cookie) comes back, which also keeps the answer cacheable.
    """

    def open_session(self, app, request):
        if request.path.startswith(SESSIONLESS_PATHS):
            return self.session_class()
        return super().open_session(app, request)

    def save_session(self, app, session, response):
        if not request.path.startswith(SESSIONLESS_PATHS):
            super().save_session(app, session, response)


def current_actor() -> User:
    """The signed-in person as a row of this request's session: the `actor` services take."""
    return current_user._get_current_object()


def session_limits(config) -> SessionLimits:
    return SessionLimits(
        idle_minutes_office=config["SESSION_IDLE_MINUTES_OFFICE"],
        idle_minutes_provider=config["SESSION_IDLE_MINUTES_PROVIDER"],
        max_hours=config["SESSION_MAX_HOURS"],
    )


def recent_second_factor_required(view):
    """Step-up for actions that hand out power: a code again if the last one is too old."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        limit = current_app.config["MFA_STEP_UP_MINUTES"]
        if current_user.is_authenticated and current_user.has_second_factor and second_factor_age_minutes() > limit:
            return redirect(url_for("accounts.confirm_second_factor", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)

    return wrapped


def init_app(app: Flask) -> None:
    app.session_interface = SessionlessPaths()
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = "Bitte melden Sie sich an, um diese Seite zu sehen."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @app.before_request
    def _check_server_side_session():
        # Before any view work: a timed-out or ended session is dropped, a live one noted
        # (idle timeout and absolute limit are checked on every request).
        g.user_session = None
        key = login_flow.session_key()
        if key is None or request.endpoint == "static":
            return
        session = get_session()
        g.user_session = check_session(session, key=key, limits=session_limits(app.config))
        commit()
        if g.user_session is None:
            flask_session.clear()
            flash("Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.", "info")

    @login_manager.user_loader
    def load_user(user_id: str) -> User | None:
        # Only a live server-side session names a user; the cookie alone does not.
        row = g.get("user_session")
        if row is None or str(row.user_id) != user_id:
            return None
        user = get_session().get(User, row.user_id)
        return user if user is not None and user.is_active else None

    @login_manager.unauthorized_handler
    def unauthorized():
        flash(login_manager.login_message, "info")
        return redirect(url_for("accounts.login", next=request.full_path.rstrip("?")))

    @app.before_request
    def _office_needs_second_factor():
        # A session from before enrolment was required (or a reset factor) does not
        # keep an office account signed in without its second factor.
        if current_user.is_authenticated and current_user.office_role and not current_user.has_second_factor:
            logout_user()

    @app.after_request
    def _headers(response):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        # X-Frame-Options cannot name origins: a page whose own CSP lets some sites frame it
        # (an embedded list) goes without, browsers then follow its frame-ancestors.
        if "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]:
            response.headers.setdefault("X-Frame-Options", "DENY")
        # Not "no-referrer": Flask-WTF rejects HTTPS POSTs without a Referer.
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
        if app.config["APP_ENV"] == "production":
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        # Pages for signed-in people may show private data: never cache them.
        if current_user.is_authenticated or (request.endpoint or "").startswith(PRIVATE_AREAS):
            response.headers["Cache-Control"] = "no-store"
        return response
