"""Sessions (Flask-Login), CSRF on every POST, and security headers."""

from __future__ import annotations

from flask import Flask, flash, redirect, request, url_for
from flask_login import LoginManager, current_user
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import select

from catalogue.accounts.models import User
from catalogue.db import get_session

csrf = CSRFProtect()
login_manager = LoginManager()

PRIVATE_AREAS = ("accounts.", "providers.", "offers.", "office.", "review.", "search_office.")
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)


def current_actor() -> User:
    """The signed-in person as a row of this request's session: the `actor` services take."""
    return current_user._get_current_object()


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = "Bitte melden Sie sich an, um diese Seite zu sehen."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def load_user(session_token: str) -> User | None:
        # The session stores the rotating session token, not the user id: after logout
        # or a password change the old cookie no longer names anybody.
        return get_session().scalar(select(User).where(User.session_token == session_token, User.is_active.is_(True)))

    @login_manager.unauthorized_handler
    def unauthorized():
        flash(login_manager.login_message, "info")
        return redirect(url_for("accounts.login", next=request.full_path.rstrip("?")))

    @app.after_request
    def _headers(response):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        # Not "no-referrer": Flask-WTF rejects HTTPS POSTs without a Referer.
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
        # Pages for signed-in people may show private data: never cache them.
        if current_user.is_authenticated or (request.endpoint or "").startswith(PRIVATE_AREAS):
            response.headers["Cache-Control"] = "no-store"
        return response
