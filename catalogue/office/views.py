"""Coordination office area: the work overview (the office's start page), organisations to verify, accounts."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from catalogue.accounts.forms import OfficeAccountForm, show_error
from catalogue.accounts.links import token_link_base
from catalogue.db import commit, get_session
from catalogue.errors import PermissionDenied, ValidationFailed
from catalogue.office import queries, services
from catalogue.partners import queries as partner_queries
from catalogue.permissions import can_manage_users, is_office, is_office_admin
from catalogue.policy import current_policy
from catalogue.providers.queries import memberships_of
from catalogue.review import queries as review_queries
from catalogue.search import misses
from catalogue.security import current_actor, recent_second_factor_required

bp = Blueprint("office", __name__, url_prefix="/koordination")


@bp.before_request
@login_required
def _office_only():
    if not is_office(current_user):
        raise PermissionDenied()


@bp.get("/")
def dashboard():
    session, policy = get_session(), current_policy()
    queue = review_queries.review_queue(
        session, current_actor(), today=policy.today, approvals_required=policy.approvals_required
    )
    return render_template(
        "office/dashboard.html",
        queue=queue,
        own_reviews=[item for item in queue if item.own_review_id],
        overdue_days=policy.review_overdue_days,
        expiring=review_queries.seals_expiring(session, today=policy.today, weeks=policy.renewal_notice_weeks),
        notice_weeks=policy.renewal_notice_weeks,
        search_needs=misses.miss_report(session, months=1, top=5),
        awaiting=queries.awaiting_verification(session),
        organisations=queries.organisations_overview(session),
        own=[org.id for org, _role in memberships_of(session, current_user.id)],
        office_admin=is_office_admin(current_user),
        partners=partner_queries.all_partners(session),
    )


@bp.post("/traeger/<int:organisation_id>/verifizieren")
def verify(organisation_id: int):
    organisation = services.verify_organisation(
        get_session(), actor=current_actor(), organisation_id=organisation_id, policy=current_policy()
    )
    commit()
    flash(f"{organisation.name} ist jetzt verifiziert; der Träger wurde per E-Mail benachrichtigt.", "success")
    return redirect(url_for("office.dashboard"))


@bp.route("/nutzer", methods=["GET", "POST"])
@recent_second_factor_required
def users():
    if not can_manage_users(current_user):
        raise PermissionDenied(services.USERS_ADMIN_ONLY)
    form = OfficeAccountForm()
    if form.validate_on_submit():
        try:
            user = services.create_office_account(
                get_session(),
                actor=current_actor(),
                email=form.email.data,
                name=form.name.data,
                office_role=form.office_role.data,
                link_base=token_link_base("accounts.reset_password"),
                valid_hours=current_app.config["OFFICE_SETUP_HOURS"],
            )
        except ValidationFailed as exc:
            show_error(form, exc)
            return _users_page(form), exc.status
        commit()
        flash(
            f"Das Konto für {user.name} ({user.email}) wurde angelegt. Die Person erhält eine E-Mail "
            f"mit einem Link, über den sie ihr Passwort selbst festlegt.",
            "success",
        )
        return redirect(url_for("office.users"))
    return _users_page(form)


@bp.post("/nutzer/<int:user_id>/zweiter-faktor-zuruecksetzen")
@recent_second_factor_required
def reset_second_factor(user_id: int):
    user = services.reset_second_factor(get_session(), actor=current_actor(), user_id=user_id)
    commit()
    flash(
        f"Der zweite Faktor von {user.name} ist zurückgesetzt und alle Sitzungen sind beendet. "
        "Bei der nächsten Anmeldung richtet die Person ihn neu ein.",
        "success",
    )
    return redirect(url_for("office.users"))


@bp.post("/nutzer/<int:user_id>/deaktivieren", defaults={"active": False})
@bp.post("/nutzer/<int:user_id>/aktivieren", defaults={"active": True})
@recent_second_factor_required
def set_account_active(user_id: int, active: bool):
    user = services.set_account_active(get_session(), actor=current_actor(), user_id=user_id, active=active)
    commit()
    if user.is_active:
        flash(f"Das Konto von {user.name} ist wieder aktiv.", "success")
    else:
        flash(f"Das Konto von {user.name} ist deaktiviert; alle Sitzungen sind beendet.", "success")
    return redirect(url_for("office.users"))


def _users_page(form):
    return render_template(
        "office/users.html",
        form=form,
        users=queries.all_users(get_session()),
        role_labels=services.OFFICE_ROLE_LABELS,
    )
