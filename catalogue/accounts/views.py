"""Login, logout, password reset (accepting an invitation: providers/invitation_views.py)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for
from flask import session as flask_session
from flask_login import current_user, login_required, logout_user

from catalogue import db
from catalogue.accounts import forms, login_flow, mfa, services, sessions
from catalogue.accounts.links import absolute_url, link_problem, token_link_base
from catalogue.accounts.throttle import ThrottleRules, TooManyRequests, count_form_request
from catalogue.accounts.tokens import TokenExpired, TokenInvalid
from catalogue.errors import ValidationFailed

bp = Blueprint("accounts", __name__, url_prefix="/konto")


def _per_hour() -> int:
    return current_app.config["ACCOUNT_FORMS_PER_HOUR"]


def throttle_rules(config) -> ThrottleRules:
    return ThrottleRules(
        max_failures=config["LOGIN_MAX_FAILURES"],
        window_minutes=config["LOGIN_WINDOW_MINUTES"],
        account_cap=config["LOGIN_ACCOUNT_CAP"],
    )


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
                rules=throttle_rules(current_app.config),
                reset_link=absolute_url("accounts.reset_request"),
            )
        except (services.LoginRefused, services.LoginThrottled) as exc:
            db.commit()  # keep the recorded failure
            form.password.errors = [exc.message]
            return render_template("accounts/login.html", form=form), exc.status
        if user.needs_second_factor:
            db.commit()  # the password step is done; _sign_in commits the other path once
            login_flow.begin_pending_login(user, form.next.data or "")
            step = "accounts.second_factor" if user.has_second_factor else "accounts.enrol_second_factor"
            return redirect(url_for(step))
        return _sign_in(user, form.next.data, with_second_factor=False)
    return render_template("accounts/login.html", form=form)


def _sign_in(user, next_path: str | None, *, with_second_factor: bool):
    login_flow.complete_login(user, with_second_factor=with_second_factor)
    db.commit()
    flash(f"Willkommen, {user.name}.", "success")
    return redirect(safe_next(next_path, user))


@bp.route("/zweiter-faktor", methods=["GET", "POST"])
def second_factor():
    """Second step of a login: the code from the app (or a recovery code)."""
    user = login_flow.pending_user()
    if user is None or not user.has_second_factor:
        return redirect(url_for("accounts.login"))
    form = forms.SecondFactorForm()
    if form.validate_on_submit():
        try:
            _verify_code(user, form.code.data)
        except mfa.SecondFactorThrottled as exc:
            login_flow.drop_pending_login()
            flash(exc.message, "error")
            return redirect(url_for("accounts.login"))
        except ValidationFailed as exc:
            forms.show_error(form, exc)
            return render_template("accounts/second_factor.html", form=form), 401
        return _sign_in(user, login_flow.pending_next(), with_second_factor=True)
    return render_template("accounts/second_factor.html", form=form)


def _verify_code(user, code: str) -> None:
    """Check a code and commit either way: a failure is counted and audited."""
    try:
        mfa.verify_second_factor(
            db.get_session(), user_id=user.id, code=code, window_minutes=current_app.config["LOGIN_WINDOW_MINUTES"]
        )
    finally:
        db.commit()


@bp.route("/zweiter-faktor/einrichten", methods=["GET", "POST"])
def enrol_second_factor():
    """Set up the authenticator app: forced for office accounts at login, optional for others."""
    user = current_user if current_user.is_authenticated else login_flow.pending_user()
    if user is None:
        return redirect(url_for("accounts.login"))
    if user.has_second_factor:
        return redirect(url_for("accounts.account"))
    session = db.get_session()
    user = mfa.start_enrolment(session, user_id=user.id)
    db.commit()
    form = forms.EnrolSecondFactorForm()
    if form.validate_on_submit():
        try:
            codes = mfa.confirm_enrolment(session, user_id=user.id, code=form.code.data)
        except ValidationFailed as exc:
            forms.show_error(form, exc)
            return _enrol_page(user, form), exc.status
        next_path = login_flow.pending_next() if not current_user.is_authenticated else ""
        login_flow.complete_login(user, with_second_factor=True)
        db.commit()
        # Shown once, right here: only their hashes are stored.
        return render_template("accounts/recovery_codes.html", codes=codes, next_url=safe_next(next_path, user))
    return _enrol_page(user, form)


def _enrol_page(user, form):
    uri = mfa.provisioning_uri(user, issuer=current_app.config["OFFICE_NAME"])
    return render_template(
        "accounts/enrol_second_factor.html",
        form=form,
        qr_svg=mfa.qr_code_svg(uri),
        secret=mfa.grouped_secret(user.totp_secret),
        required=user.office_role is not None,
    )


@bp.route("/bestaetigen", methods=["GET", "POST"])
@login_required
def confirm_second_factor():
    """Step-up: enter a code again before an action that hands out power (accounts, roles)."""
    if not current_user.has_second_factor:
        return redirect(safe_next(request.args.get("next"), current_user))
    form = forms.SecondFactorForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        try:
            _verify_code(current_user, form.code.data)
        except (ValidationFailed, mfa.SecondFactorThrottled) as exc:
            form.code.errors = [exc.message]
            status = 401 if isinstance(exc, ValidationFailed) else exc.status
            return render_template("accounts/confirm_second_factor.html", form=form), status
        login_flow.note_second_factor()
        return redirect(safe_next(form.next.data, current_user))
    return render_template("accounts/confirm_second_factor.html", form=form)


@bp.route("/wiederherstellungscodes", methods=["GET", "POST"])
@login_required
def renew_recovery_codes():
    """Ten new recovery codes after a current code from the app; shown once, the old ones stop working."""
    if not current_user.has_second_factor:
        return redirect(url_for("accounts.account"))
    form = forms.RenewRecoveryCodesForm()
    if form.validate_on_submit():
        try:
            codes = mfa.renew_recovery_codes(
                db.get_session(),
                user_id=current_user.id,
                code=form.code.data,
                window_minutes=current_app.config["LOGIN_WINDOW_MINUTES"],
            )
        except (ValidationFailed, mfa.SecondFactorThrottled) as exc:
            db.commit()  # a wrong code counts
            form.code.errors = [exc.message]
            status = 401 if isinstance(exc, ValidationFailed) else exc.status
            return render_template("accounts/renew_recovery_codes.html", form=form), status
        db.commit()
        return render_template(
            "accounts/recovery_codes.html", codes=codes, renewed=True, next_url=url_for("accounts.account")
        )
    return render_template("accounts/renew_recovery_codes.html", form=form)


@bp.get("/")
@login_required
def account():
    """The signed-in person's own account: second factor (and what else concerns them)."""
    session = db.get_session()
    return render_template(
        "accounts/account.html",
        open_codes=mfa.open_recovery_codes(session, user_id=current_user.id),
        devices=sessions.live_sessions(session, user_id=current_user.id),
        this_session_id=g.user_session.id,
    )


@bp.route("/passwort-aendern", methods=["GET", "POST"])
@login_required
def change_password():
    form = forms.ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(
                db.get_session(),
                actor=current_user._get_current_object(),
                current_password=form.current_password.data,
                new_password=form.password.data,
                keep_session_key=login_flow.session_key(),
            )
        except ValidationFailed as exc:
            forms.show_error(form, exc)
            return render_template("accounts/change_password.html", form=form), exc.status
        db.commit()
        flash("Ihr Passwort ist geändert. Auf allen anderen Geräten sind Sie abgemeldet.", "success")
        return redirect(url_for("accounts.account"))
    return render_template("accounts/change_password.html", form=form)


@bp.post("/geraete/<int:session_id>/abmelden")
@login_required
def revoke_device(session_id: int):
    sessions.revoke_session(db.get_session(), actor=current_user._get_current_object(), session_id=session_id)
    db.commit()
    if session_id == g.user_session.id:
        return _signed_out()
    flash("Das Gerät ist abgemeldet.", "success")
    return redirect(url_for("accounts.account"))


@bp.post("/geraete/abmelden-ueberall")
@login_required
def revoke_all_devices():
    sessions.end_all_sessions(db.get_session(), user_id=current_user.id, actor_id=current_user.id)
    db.commit()
    return _signed_out("Sie sind auf allen Geräten abgemeldet.")


def _signed_out(message: str = "Sie sind abgemeldet."):
    logout_user()
    flask_session.clear()
    flash(message, "success")
    return redirect(url_for("browse.index"))


@bp.post("/abmelden")
def logout():
    if current_user.is_authenticated:
        sessions.end_session(db.get_session(), user_id=current_user.id, key=login_flow.session_key())
        db.commit()
    return _signed_out()


RESET_SENT = (
    "Wenn zu dieser Adresse ein Konto besteht, haben wir eine E-Mail mit einem Link zum "
    "Zurücksetzen des Passworts gesendet. Bitte sehen Sie auch im Spam-Ordner nach."
)


@bp.route("/passwort-vergessen", methods=["GET", "POST"])
def reset_request():
    form = forms.ResetRequestForm()
    if form.validate_on_submit():
        session = db.get_session()
        try:
            count_form_request(session, form="reset", client_address=request.remote_addr or "", per_hour=_per_hour())
        except TooManyRequests as exc:
            form.email.errors = [exc.message]
            return render_template("accounts/reset_request.html", form=form), exc.status
        services.request_password_reset(
            session,
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
