"""Login, logout, password reset, invitation acceptance."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from catalogue import db
from catalogue.accounts import forms, services

bp = Blueprint("accounts", __name__, url_prefix="/konto")


def safe_next(target: str | None) -> str:
    """Only same-site relative paths; anything else goes to the dashboard."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("providers.dashboard")


@bp.route("/anmelden", methods=["GET", "POST"])
def login():
    form = forms.LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        session = db.get_session()
        try:
            user = services.authenticate(
                session, email=form.email.data, password=form.password.data,
                client_address=request.remote_addr or "unknown",
                max_failures=current_app.config["LOGIN_MAX_FAILURES"],
                window_minutes=current_app.config["LOGIN_WINDOW_MINUTES"])
        except (services.LoginRefused, services.LoginThrottled) as exc:
            db.commit()  # keep the recorded failure
            form.password.errors = [exc.message]
            return render_template("accounts/login.html", form=form), exc.status
        db.commit()
        login_user(user)
        flash(f"Willkommen, {user.name}.", "success")
        return redirect(safe_next(form.next.data))
    return render_template("accounts/login.html", form=form)


@bp.post("/abmelden")
def logout():
    if current_user.is_authenticated:
        services.end_sessions(db.get_session(), user_id=current_user.id)
        db.commit()
    logout_user()
    flash("Sie sind abgemeldet.", "success")
    return redirect(url_for("browse.index"))


@bp.route("/passwort-vergessen", methods=["GET", "POST"])
def reset_request():
    return render_template("errors/error.html", status=501, title="Passwort", message="folgt"), 501
