"""Provider area: dashboard, organisation self-registration, members and invitations."""
from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from catalogue.db import get_session
from catalogue.providers import queries

bp = Blueprint("providers", __name__, url_prefix="/traeger")


@bp.get("/")
@login_required
def dashboard():
    session = get_session()
    organisations = [(org, role, queries.offers_of(session, org.id))
                     for org, role in queries.memberships_of(session, current_user.id)]
    return render_template("providers/dashboard.html", organisations=organisations)


@bp.route("/registrieren", methods=["GET", "POST"])
def register():
    return render_template("errors/error.html", status=501, title="Registrierung", message="folgt"), 501
