"""Provider area: dashboard, organisation self-registration, profile, members and invitations."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from catalogue.accounts.forms import InvitationForm, show_error
from catalogue.accounts.links import absolute_url, link_problem, token_link_base
from catalogue.accounts.login_flow import complete_login
from catalogue.accounts.throttle import TooManyRequests, count_form_request
from catalogue.accounts.tokens import TokenExpired, TokenInvalid
from catalogue.audit import AuditAction
from catalogue.db import commit, get_session
from catalogue.errors import InvalidTransition, StaleEdit, ValidationFailed
from catalogue.merge import apply_choices, merge_three_way, read_base, read_choices, sign_base
from catalogue.merge_pages import clashes, merge_summary, merged_message, saved_by, saved_label
from catalogue.policy import current_policy
from catalogue.providers import members, queries, registration, services
from catalogue.providers.access import managed_organisation
from catalogue.providers.forms import ConfirmRegistrationForm, OrganisationFields, ProfileForm, RegistrationForm
from catalogue.security import current_actor, recent_second_factor_required

bp = Blueprint("providers", __name__, url_prefix="/traeger")


@bp.get("/")
@login_required
def dashboard():
    session = get_session()
    organisations = queries.memberships_of(session, current_user.id)
    return render_template("providers/dashboard.html", organisations=organisations)


REGISTRATION_MAILED = (
    "Vielen Dank. Wir haben Ihnen eine E-Mail gesendet. Bitte bestätigen Sie darin Ihre Adresse "
    "und legen Sie Ihr Passwort fest; erst dann wird der Träger angelegt. Bitte sehen Sie auch im "
    "Spam-Ordner nach."
)
REGISTERED = (
    "Ihr Träger ist registriert. Die Koordinierungsstelle prüft die Angaben und verifiziert "
    "den Träger; Sie erhalten dann eine E-Mail. Angebote können Sie schon jetzt anlegen."
)


@bp.route("/registrieren", methods=["GET", "POST"])
def register():
    """New organisation; logged-in people become its admin, others confirm their address first."""
    signed_in = current_user.is_authenticated
    form = OrganisationFields() if signed_in else RegistrationForm()
    if form.validate_on_submit():
        try:
            count_form_request(
                get_session(),
                form="register",
                client_address=request.remote_addr or "",
                per_hour=current_app.config["ACCOUNT_FORMS_PER_HOUR"],
            )
        except TooManyRequests as exc:
            flash(exc.message, "error")
            return render_template("providers/register.html", form=form), exc.status
        commit()  # the request counts even if the registration is refused below
        try:
            if signed_in:
                services.register_organisation(
                    get_session(),
                    **form.organisation_values(),
                    actor=current_actor(),
                    policy=current_policy(),
                    review_url=absolute_url("office.dashboard"),
                )
            else:
                _start_registration(form)
        except ValidationFailed as exc:
            show_error(form, exc)
            return render_template("providers/register.html", form=form), exc.status
        commit()
        if not signed_in:
            flash(REGISTRATION_MAILED, "success")
            return redirect(url_for("providers.register"))
        flash(REGISTERED, "success")
        return redirect(url_for("providers.dashboard"))
    return render_template("providers/register.html", form=form)


def _start_registration(form: RegistrationForm) -> None:
    registration.start_registration(
        get_session(),
        organisation=form.organisation_values(),
        person_name=form.person_name.data,
        person_email=form.person_email.data,
        link_base=token_link_base("providers.confirm_registration"),
        login_url=absolute_url("accounts.login"),
        reset_url=absolute_url("accounts.reset_request"),
        secret=current_app.secret_key,
        valid_hours=current_app.config["REGISTRATION_LINK_HOURS"],
    )


@bp.route("/registrieren/<token>", methods=["GET", "POST"])
def confirm_registration(token: str):
    """Second step from the e-mail: set the password; then the account and the organisation exist."""
    link = dict(secret=current_app.secret_key, valid_hours=current_app.config["REGISTRATION_LINK_HOURS"])
    try:
        pending = registration.read_registration(token, **link)
    except (TokenInvalid, TokenExpired) as exc:
        return link_problem(exc, url_for("providers.register"), "Träger erneut registrieren")
    form = ConfirmRegistrationForm()
    page = dict(form=form, pending=pending)
    if form.validate_on_submit():
        try:
            _organisation, user = registration.complete_registration(
                get_session(),
                token=token,
                password=form.password.data,
                **link,
                policy=current_policy(),
                review_url=absolute_url("office.dashboard"),
            )
        except ValidationFailed as exc:
            show_error(form, exc)
            return render_template("providers/confirm_registration.html", **page), exc.status
        complete_login(user, with_second_factor=False)
        commit()
        flash(REGISTERED, "success")
        return redirect(url_for("providers.dashboard"))
    return render_template("providers/confirm_registration.html", **page)


@bp.route("/<slug>/profil", methods=["GET", "POST"])
@login_required
def profile(slug: str):
    session = get_session()
    organisation = managed_organisation(session, actor=current_actor(), slug=slug)
    form = ProfileForm(obj=organisation)
    base = request.form.get("base") if form.is_submitted() else _profile_base(organisation)
    if not form.validate_on_submit():
        return _profile_page(organisation, form, base=base)
    # A field chosen as "theirs" on the merge page keeps the saved value (the base of this form).
    values = apply_choices(_form_values(form), _saved_values(organisation), read_choices(request.form))
    return _save_profile(organisation, form, values, version=form.version.data, base=base)


def _form_values(form: ProfileForm) -> dict:
    return {**form.organisation_values(), "description": form.description.data or ""}


def _saved_values(organisation) -> dict:
    return {name: getattr(organisation, name) for name in services.PROFILE_FIELDS}


def _comparable(values: dict) -> dict:
    return {name: (value or "").strip() for name, value in values.items()}


def _profile_base(organisation) -> str:
    scope = f"organisation:{organisation.id}"
    return sign_base(
        current_app.secret_key, scope=scope, version=organisation.version, values=_saved_values(organisation)
    )


def _save_profile(organisation, form, values: dict, *, version: int, base: str | None, merged=None, saver=None):
    """One save of the profile; after a stale save once more with the merged values (`merged`)."""
    session = get_session()
    try:
        changed = services.update_organisation(
            session, actor=current_actor(), organisation_id=organisation.id, version=version, **values
        )
    except ValidationFailed as exc:
        session.rollback()
        show_error(form, exc)
        return _profile_page(organisation, form, base=base), exc.status
    except StaleEdit as exc:
        return _merge_profile(organisation, form, exc, retry=merged is None)
    commit()
    if merged is not None:
        flash(merged_message(merged, _labels(form), saver), "success")
    else:
        flash("Das Profil wurde gespeichert." if changed else "Es gab keine Änderungen zu speichern.", "success")
    return redirect(url_for("providers.profile", slug=organisation.slug))


def _labels(form) -> dict[str, str]:
    return {name: form[name].label.text for name in services.PROFILE_FIELDS}


def _merge_profile(organisation, form, error: StaleEdit, *, retry: bool):
    """Someone saved meanwhile: merge as on the offer form (disjoint changes kept, clashes chosen)."""
    session = get_session()
    session.rollback()
    session.refresh(organisation)
    theirs = _saved_values(organisation)
    scope = f"organisation:{organisation.id}"
    base = read_base(current_app.secret_key, request.form.get("base"), scope=scope, version=form.version.data)
    choices = read_choices(request.form)
    mine = apply_choices(_form_values(form), base or {}, choices)
    merge = merge_three_way(base, mine, theirs, comparable=_comparable)
    saver = saved_by(session, AuditAction.ORGANISATION_UPDATED, organisation_id=organisation.id)
    new_base = _profile_base(organisation)
    if retry and not merge.clashes:
        return _save_profile(
            organisation, form, merge.values, version=organisation.version, base=new_base, merged=merge, saver=saver
        )
    merged_form = ProfileForm(formdata=None, data={**merge.values, "version": organisation.version})
    page = _profile_page(
        organisation,
        merged_form,
        stale=error.message,
        details=merge_summary(merge, _labels(form), saver),
        clashes=clashes(merged_form, merge, mine, theirs, choices),
        theirs_label=saved_label(saver),
        base=new_base,
    )
    return page, error.status


def _profile_page(organisation, form, **merge):
    return render_template("providers/profile.html", organisation=organisation, form=form, **merge)


@bp.get("/<slug>/mitglieder")
@login_required
@recent_second_factor_required
def member_list(slug: str):
    organisation = managed_organisation(get_session(), actor=current_actor(), slug=slug)
    return _members_page(organisation, InvitationForm())


def _members_page(organisation, form, error: str | None = None):
    session = get_session()
    return render_template(
        "providers/members.html",
        organisation=organisation,
        form=form,
        error=error,
        role_labels=members.ROLE_LABELS,
        members=members.list_members(session, organisation.id),
        invitations=members.list_open_invitations(session, organisation.id),
    )


@bp.post("/<slug>/mitglieder")
@login_required
@recent_second_factor_required
def invite(slug: str):
    session = get_session()
    organisation = managed_organisation(session, actor=current_actor(), slug=slug)
    form = InvitationForm()
    if not form.validate_on_submit():
        return _members_page(organisation, form), 400
    try:
        members.invite_member(
            session,
            actor=current_actor(),
            organisation_id=organisation.id,
            email=form.email.data,
            role=form.role.data,
            link_base=token_link_base("invitations.accept_invitation"),
            valid_days=current_app.config["INVITATION_DAYS"],
        )
    except ValidationFailed as exc:
        show_error(form, exc)
        return _members_page(organisation, form), exc.status
    commit()
    flash(f"Die Einladung an {form.email.data} wurde versendet.", "success")
    return redirect(url_for("providers.member_list", slug=organisation.slug))


# Buttons below are plain forms: the CSRF token is checked for every POST by CSRFProtect.
@bp.post("/<slug>/mitglieder/<int:user_id>/entfernen")
@login_required
def remove_member(slug: str, user_id: int):
    session = get_session()
    organisation = managed_organisation(session, actor=current_actor(), slug=slug)
    try:
        members.remove_member(session, actor=current_actor(), organisation_id=organisation.id, user_id=user_id)
    except InvalidTransition as exc:
        return _members_page(organisation, InvitationForm(formdata=None), exc.message), exc.status
    commit()
    flash("Die Person gehört dem Träger nicht mehr an.", "success")
    if user_id == current_user.id:
        return redirect(url_for("providers.dashboard"))
    return redirect(url_for("providers.member_list", slug=organisation.slug))


@bp.post("/<slug>/einladungen/<int:invitation_id>/zurueckziehen")
@login_required
def withdraw_invitation(slug: str, invitation_id: int):
    session = get_session()
    organisation = managed_organisation(session, actor=current_actor(), slug=slug)
    members.withdraw_invitation(
        session, actor=current_actor(), organisation_id=organisation.id, invitation_id=invitation_id
    )
    commit()
    flash("Die Einladung wurde zurückgezogen.", "success")
    return redirect(url_for("providers.member_list", slug=organisation.slug))
