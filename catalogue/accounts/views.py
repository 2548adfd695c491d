"""Login, logout, password reset (accepting an invitation: providers/invitation_views.py)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from catalogue import db
from catalogue.accounts import forms, services
from catalogue.accounts.links import link_problem, token_link_base
from catalogue.accounts.tokens import TokenExpired, TokenInvalid
from catalogue.errors import ValidationFailed

bp = Blueprint("accounts", __name__, url_prefix="/konto")


def safe_next(target: str | None, user) -> str:
    """Only same-site relative paths; anything else goes to the user's start page."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return start_page(user)


def start_page(user) -> str:
    """Each role's own start page: the office's work overview, a provider's "Mein Bereich" (open tasks first)."""
    return url_for("office.dashboard") if user.office_role else url_for("offers.dashboard")


@bp.route("/anmelden", methods=["GET", "POST"])
def login():
    form = forms.LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        session = db.get_session()
        try:
            user = services.authenticate(
                session,
                email=form.email.data,
                password=form.password.data,
                client_address=request.remote_addr or "unknown",
                max_failures=current_app.config["LOGIN_MAX_FAILURES"],
                window_minutes=current_app.config["LOGIN_WINDOW_MINUTES"],
            )
        except (services.LoginRefused, services.LoginThrottled) as exc:
            db.commit()  # keep the recorded failure
            form.password.errors = [exc.message]
            return render_template("accounts/login.html", form=form), exc.status
        db.commit()
        login_user(user)
        flash(f"Willkommen, {user.name}.", "success")
        return redirect(safe_next(form.next.data, user))
    return render_template("accounts/login.html", form=form)


@bp.post("/abmelden")
def logout():
    if current_user.is_authenticated:
        services.end_sessions(db.get_session(), user_id=current_user.id)
        db.commit()
    logout_user()
    flash("Sie sind abgemeldet.", "success")
    return redirect(url_for("browse.index"))


RESET_SENT = (
    "Wenn zu dieser Adresse ein Konto besteht, haben wir eine E-Mail mit einem Link zum "
    "Zurücksetzen des Passworts gesendet. Bitte sehen Sie auch im Spam-Ordner nach."
)


@bp.route("/passwort-vergessen", methods=["GET", "POST"])
def reset_request():
    form = forms.ResetRequestForm()
    if form.validate_on_submit():
        services.request_password_reset(
            db.get_session(),
            email=form.email.data,
            link_base=token_link_base("accounts.reset_password"),
            valid_hours=current_app.config["RESET_TOKEN_HOURS"],
        )
        db.commit()
        flash(RESET_SENT, "success")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/reset_request.html", form=form)


@bp.route("/passwort-neu/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    session = db.get_session()
    try:
        services.check_reset_token(session, token=token)
    except (TokenInvalid, TokenExpired) as exc:
        return link_problem(exc, url_for("accounts.reset_request"), "Neuen Link anfordern")
    form = forms.ResetPasswordForm()
    if form.validate_on_submit():
        try:
            services.reset_password(session, token=token, password=form.password.data)
        except ValidationFailed as exc:
            forms.show_error(form, exc)
            return render_template("accounts/reset_password.html", form=form), exc.status
        db.commit()
        flash("Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.", "success")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/reset_password.html", form=form)
