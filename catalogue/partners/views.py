"""Partner catalogues: the office's list and form, and the public page of a partner offer."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from catalogue.accounts.forms import ActionForm, show_error
from catalogue.db import commit, get_session
from catalogue.errors import NotFound, PermissionDenied, ValidationFailed
from catalogue.partners import queries, services
from catalogue.partners.forms import PartnerForm
from catalogue.partners.models import PartnerCatalogue
from catalogue.permissions import is_office, is_office_admin
from catalogue.security import current_actor

bp = Blueprint("partners", __name__)


@bp.get("/partnerangebote/<int:partner_offer_id>")
def offer_detail(partner_offer_id: int):
    listing = queries.listed(get_session(), partner_offer_id)
    if listing is None:
        abort(404)
    return render_template("partners/offer.html", listing=listing)


def _office_only() -> None:
    if not is_office(current_user):
        raise PermissionDenied()


def _admin_only() -> None:
    if not is_office_admin(current_user):
        raise PermissionDenied(services.ADMINS_ONLY)


def _form(partner: PartnerCatalogue | None = None) -> PartnerForm:
    form = PartnerForm(obj=partner)
    form.fields.choices = queries.field_options(get_session())
    if partner is not None and not form.is_submitted():
        form.fields.data = list(partner.field_codes)
    return form


@bp.route("/koordination/partnerkataloge", methods=["GET", "POST"])
@login_required
def partner_list():
    _office_only()
    form = _form()
    if form.is_submitted():
        _admin_only()
    if form.validate_on_submit():
        try:
            partner = services.register_partner(get_session(), actor=current_actor(), **_entered(form))
        except ValidationFailed as exc:
            show_error(form, exc)
            return _list_page(form), 400
        commit()
        flash(
            f"Der Partnerkatalog „{partner.name}“ ist eingetragen; seine Angebote kommen mit dem nächsten Abruf.",
            "success",
        )
        return redirect(url_for(".partner_list"))
    return _list_page(form), 400 if form.errors else 200


def _entered(form: PartnerForm) -> dict:
    """The form's values as the services take them."""
    return {
        "name": form.name.data.strip(),
        "label": form.label.data.strip(),
        "base_url": form.base_url.data,
        "fields": form.fields.data or [],
    }


def _list_page(form: PartnerForm):
    return render_template(
        "partners/list.html",
        form=form,
        partners=queries.all_partners(get_session()),
        office_admin=is_office_admin(current_user),
        action_form=ActionForm(),
    )


@bp.route("/koordination/partnerkataloge/<int:partner_id>", methods=["GET", "POST"])
@login_required
def edit_partner(partner_id: int):
    _admin_only()
    partner = get_session().get(PartnerCatalogue, partner_id)
    if partner is None:
        raise NotFound()
    form = _form(partner)
    if form.validate_on_submit():
        try:
            services.update_partner(get_session(), actor=current_actor(), partner_id=partner_id, **_entered(form))
        except ValidationFailed as exc:
            show_error(form, exc)
            return render_template("partners/edit.html", form=form, partner=partner), 400
        commit()
        flash(f"Der Partnerkatalog „{form.name.data.strip()}“ wurde gespeichert.", "success")
        return redirect(url_for(".partner_list"))
    return render_template("partners/edit.html", form=form, partner=partner), 400 if form.errors else 200


@bp.post("/koordination/partnerkataloge/<int:partner_id>/deaktivieren", defaults={"active": False})
@bp.post("/koordination/partnerkataloge/<int:partner_id>/aktivieren", defaults={"active": True})
@login_required
def set_partner_active(partner_id: int, active: bool):
    _admin_only()
    partner = services.set_partner_active(get_session(), actor=current_actor(), partner_id=partner_id, active=active)
    commit()
    if partner.active:
        flash(f"„{partner.name}“ ist wieder aktiv; seine Angebote erscheinen wieder in der Suche.", "success")
    else:
        flash(f"„{partner.name}“ ist deaktiviert; seine Angebote erscheinen nicht mehr in der Suche.", "success")
    return redirect(url_for(".partner_list"))
