"""Office pages of the search area: synonyms (admins) and the monthly miss report (office)."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from catalogue.accounts.forms import show_error
from catalogue.db import commit, get_session
from catalogue.errors import PermissionDenied, ValidationFailed
from catalogue.permissions import is_office, is_office_admin
from catalogue.search import misses, services
from catalogue.search.forms import SynonymForm
from catalogue.search.synonyms import synonym_cache
from catalogue.security import current_actor

bp = Blueprint("search_office", __name__, url_prefix="/koordination")


def _admin_only() -> None:
    if not is_office_admin(current_user):
        raise PermissionDenied(services.SYNONYMS_ADMIN_ONLY)


def _changed(message: str):
    commit()
    synonym_cache(current_app).forget()  # this worker at once; the others within the TTL
    flash(message, "success")
    return redirect(url_for(".synonyms"))


@bp.route("/synonyme", methods=["GET", "POST"])
@login_required
def synonyms():
    _admin_only()
    form = SynonymForm()
    if form.validate_on_submit():
        try:
            synonym = services.create_synonym(
                get_session(), actor=current_actor(), term=form.term.data, expansions=form.expansions.data
            )
        except ValidationFailed as exc:
            show_error(form, exc)
            return _list_page(form), 400
        return _changed(f"„{synonym.term}“ findet jetzt auch: {synonym.expansions}.")
    return _list_page(form), 400 if form.errors else 200


def _list_page(form):
    return render_template("search/synonyms.html", form=form, synonyms=services.all_synonyms(get_session()))


@bp.route("/synonyme/<int:synonym_id>", methods=["GET", "POST"])
@login_required
def edit_synonym(synonym_id: int):
    _admin_only()
    synonym = services.get_synonym(get_session(), synonym_id)
    form = SynonymForm(obj=synonym)
    if form.validate_on_submit():
        try:
            synonym = services.update_synonym(
                get_session(),
                actor=current_actor(),
                synonym_id=synonym_id,
                term=form.term.data,
                expansions=form.expansions.data,
            )
        except ValidationFailed as exc:
            show_error(form, exc)
            return render_template("search/synonym_edit.html", form=form, synonym=synonym), 400
        return _changed(f"„{synonym.term}“ wurde gespeichert.")
    status = 400 if form.errors else 200
    return render_template("search/synonym_edit.html", form=form, synonym=synonym), status


@bp.post("/synonyme/<int:synonym_id>/loeschen")
@login_required
def delete_synonym(synonym_id: int):
    _admin_only()
    term = services.delete_synonym(get_session(), actor=current_actor(), synonym_id=synonym_id)
    return _changed(f"„{term}“ wurde aus der Synonymliste entfernt.")


@bp.get("/suchbedarf")
@login_required
def search_needs():
    if not is_office(current_user):
        raise PermissionDenied()
    return render_template("search/misses.html", report=misses.miss_report(get_session()))
