"""Office pages for embeddable lists: overview and snippet (office), create/edit/delete (office admins)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from catalogue.accounts.forms import show_error
from catalogue.db import commit, get_session
from catalogue.embed import queries, services
from catalogue.embed.forms import EmbedForm, form_data, frame_height, snippet
from catalogue.errors import PermissionDenied, ValidationFailed
from catalogue.permissions import is_office, is_office_admin
from catalogue.public_urls import public_url
from catalogue.search.params import CODE_PARAMS, SORT_LABELS
from catalogue.search.queries import vocabulary_options
from catalogue.security import current_actor

bp = Blueprint("embed_office", __name__, url_prefix="/koordination/einbetten")


@bp.before_request
@login_required
def _office_only():
    if not is_office(current_user):
        raise PermissionDenied()


def _admin_only() -> None:
    if not is_office_admin(current_user):
        raise PermissionDenied(services.EMBEDS_ADMIN_ONLY)


@bp.get("/")
def overview():
    session = get_session()
    embeds = queries.all_embeds(session)
    return render_template(
        "embed/overview.html",
        embeds=[(embed, queries.origins_of(session, embed.id)) for embed in embeds],
        office_admin=is_office_admin(current_user),
    )


@bp.route("/neu", methods=["GET", "POST"])
def create():
    _admin_only()
    session = get_session()
    form = EmbedForm()
    form.set_options(vocabulary_options(session))
    if form.validate_on_submit():
        try:
            embed = services.create_embed(session, actor=current_actor(), **_values(form))
        except ValidationFailed as exc:
            show_error(form, exc)
            return _form_page(form, None), 400
        commit()
        flash(f"Die Liste „{embed.name}“ ist angelegt. Unten steht der Code zum Einbetten.", "success")
        return redirect(url_for(".detail", embed_id=embed.id))
    return _form_page(form, None), 400 if form.errors else 200


@bp.get("/<int:embed_id>")
def detail(embed_id: int):
    session = get_session()
    embed = queries.get_embed(session, embed_id)
    height = frame_height(request.args.get("hoehe"))
    params = queries.filter_params(embed.filter_query)
    return render_template(
        "embed/detail.html",
        embed=embed,
        origins=queries.origins_of(session, embed_id),
        filters=queries.describe_filter(params, vocabulary_options(session)),
        snippet=snippet(
            public_url("embed.show", key=embed.slug), f"{embed.name} – Angebote aus dem Präventionskatalog", height
        ),
        embed_url=public_url("embed.show", key=embed.slug),
        height=height,
        sort_labels=SORT_LABELS,
        office_admin=is_office_admin(current_user),
    )


@bp.route("/<int:embed_id>/bearbeiten", methods=["GET", "POST"])
def edit(embed_id: int):
    _admin_only()
    session = get_session()
    embed = queries.get_embed(session, embed_id)
    if request.method == "GET":
        stored = form_data(queries.filter_params(embed.filter_query))
        origins = "\n".join(queries.origins_of(session, embed_id))
        form = EmbedForm(
            data={**stored, "name": embed.name, "sort": embed.sort, "max_items": embed.max_items, "origins": origins}
        )
    else:
        form = EmbedForm()
    form.set_options(vocabulary_options(session))
    if form.validate_on_submit():
        try:
            embed = services.update_embed(session, actor=current_actor(), embed_id=embed_id, **_values(form))
        except ValidationFailed as exc:
            show_error(form, exc)
            return _form_page(form, embed), 400
        commit()
        flash(f"Die Liste „{embed.name}“ ist gespeichert; eingebettete Seiten zeigen die Änderung.", "success")
        return redirect(url_for(".detail", embed_id=embed_id))
    return _form_page(form, embed), 400 if form.errors else 200


@bp.post("/<int:embed_id>/loeschen")
def delete(embed_id: int):
    _admin_only()
    name = services.delete_embed(get_session(), actor=current_actor(), embed_id=embed_id)
    commit()
    flash(f"Die Liste „{name}“ ist gelöscht; Seiten, die sie einbetten, zeigen sie nicht mehr.", "success")
    return redirect(url_for(".overview"))


def _values(form: EmbedForm) -> dict:
    return {
        "name": form.name.data,
        "filter_query": form.filter_query(),
        "sort": form.sort.data,
        "max_items": form.max_items.data,
        "origins": form.origins.data,
    }


def _form_page(form: EmbedForm, embed):
    return render_template("embed/form.html", form=form, embed=embed, code_params=CODE_PARAMS)
