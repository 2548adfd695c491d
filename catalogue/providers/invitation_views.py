"""Accepting an invitation from an e-mail: join with the current account or create one.

Its address stays under /konto/ (links in mails already sent point there), so it has a
blueprint of its own rather than the providers' /traeger/ prefix.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from catalogue.accounts import forms, services
from catalogue.accounts.links import link_problem
from catalogue.accounts.login_flow import complete_login
from catalogue.accounts.tokens import TokenExpired, TokenInvalid
from catalogue.db import commit, get_session
from catalogue.errors import ValidationFailed
from catalogue.providers import members
from catalogue.providers.models import Organisation
from catalogue.security import current_actor

bp = Blueprint("invitations", __name__, url_prefix="/konto")


@bp.route("/einladung/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    session = get_session()
    try:
        invitation = members.check_invitation(session, token=token)
    except (TokenInvalid, TokenExpired) as exc:
        return link_problem(exc)
    page = dict(
        invitation=invitation,
        organisation=session.get(Organisation, invitation.organisation_id),
        role_label=members.ROLE_LABELS.get(invitation.role, invitation.role),
    )
    if current_user.is_authenticated:
        if current_user.email != invitation.email:
            return render_template("providers/invitation.html", mode="other_account", **page)
        return _join_invitation(token, page)
    if services.find_user_by_email(session, invitation.email) is not None:
        return render_template("providers/invitation.html", mode="log_in", **page)
    return _register_through_invitation(token, page)


def _join_invitation(token: str, page: dict):
    form = forms.ActionForm()
    if form.validate_on_submit():
        members.accept_invitation(get_session(), token=token, actor=current_actor())
        commit()
        flash(f"Sie sind jetzt Mitglied von {page['organisation'].name}.", "success")
        return redirect(url_for("providers.dashboard"))
    return render_template("providers/invitation.html", mode="confirm", form=form, **page)


def _register_through_invitation(token: str, page: dict):
    form = forms.AcceptInvitationForm()
    if form.validate_on_submit():
        try:
            user = members.accept_invitation_with_new_account(
                get_session(), token=token, name=form.name.data, password=form.password.data
            )
        except ValidationFailed as exc:
            forms.show_error(form, exc)
            return render_template("providers/invitation.html", mode="register", form=form, **page), exc.status
        complete_login(user, with_second_factor=False)
        commit()
        flash(f"Willkommen, {user.name}. Sie sind jetzt Mitglied von {page['organisation'].name}.", "success")
        return redirect(url_for("providers.dashboard"))
    return render_template("providers/invitation.html", mode="register", form=form, **page)
