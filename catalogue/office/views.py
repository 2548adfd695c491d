"""Coordination office area: overview, organisations to verify."""
from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from catalogue.errors import PermissionDenied
from catalogue.permissions import is_office

bp = Blueprint("office", __name__, url_prefix="/koordination")


@bp.before_request
@login_required
def _office_only():
    if not is_office(current_user):
        raise PermissionDenied()


@bp.get("/")
def dashboard():
    return render_template("office/dashboard.html")
