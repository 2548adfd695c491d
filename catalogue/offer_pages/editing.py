"""Provider pages for writing offers: create and edit, with the stale-edit and incomplete pages."""

from __future__ import annotations

import secrets

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required

from catalogue.audit import AuditAction
from catalogue.db import commit, get_session
from catalogue.errors import InvalidTransition, StaleEdit, ValidationFailed
from catalogue.merge import Merge, apply_choices, merge_three_way, read_base, read_choices, sign_base
from catalogue.merge_pages import Saver, clashes, merge_summary, merged_message, saved_by, saved_label
from catalogue.offer_pages import services as page_services
from catalogue.offer_pages.pages import bp, load_revision, organisation_of
from catalogue.offers import provider_queries, services, workflow
from catalogue.offers.content import normalised, read_content
from catalogue.offers.form_help import NEEDED_WHEN
from catalogue.offers.forms import (
    NEEDED_FOR_SUBMISSION,
    NEW_OFFER_VERSION,
    SECTIONS,
    form_content,
    offer_form,
    section_progress,
)
from catalogue.offers.models import OfferRevision
from catalogue.offers.services import IncompleteContent
from catalogue.offers.spec import CONTENT_LABELS
from catalogue.policy import current_policy
from catalogue.review.feedback import open_points, revision_feedback
from catalogue.security import current_actor


def _edit_page(
    form,
    *,
    organisation,
    offer=None,
    revision=None,
    problem=None,
    problem_title=None,
    details=(),
    locked=False,
    base=None,
    clashes=(),
    saver=None,
    status=200,
):
    session = get_session()
    feedback, points = [], []
    if revision is not None and revision.state == "changes_requested":
        feedback, points = revision_feedback(session, revision.id), open_points(session, revision.id)
    return render_template(
        "offers/edit.html",
        form=form,
        sections=SECTIONS,
        section_progress=section_progress,
        needed=NEEDED_FOR_SUBMISSION,
        needed_when=NEEDED_WHEN,
        organisation=organisation,
        offer=offer,
        revision=revision,
        problem=problem,
        problem_title=problem_title or "Bitte prüfen Sie Ihre Eingaben",
        details=list(details),
        locked=locked,
        feedback=feedback,
        points=points,
        replies=_replies() if request.method == "POST" else {},
        state_labels=workflow.REVISION_STATE_LABELS,
        base=base,
        clashes=clashes,
        theirs_label=saved_label(saver),
    ), status


@bp.route("/neu", methods=["GET", "POST"])
@login_required
def create():
    session = get_session()
    organisation = provider_queries.organisation_for_new_offer(
        session, current_actor(), request.args.get("organisation", type=int)
    )
    form = offer_form(
        provider_queries.vocabulary_choices(session),
        # Contact data start as the organisation's; the provider changes them if the offer has its own.
        data={
            "version": NEW_OFFER_VERSION,
            "creation_key": secrets.token_hex(8),
            "contact_email": organisation.email,
            "contact_phone": organisation.phone,
        },
    )
    if not form.validate_on_submit():
        return _edit_page(form, organisation=organisation, status=400 if form.is_submitted() else 200)
    revision = services.create_offer(
        session,
        actor=current_actor(),
        organisation_id=organisation.id,
        content=form_content(form),
        creation_key=form.creation_key.data,
    )
    commit()
    flash(
        "Der Entwurf ist angelegt. Sie können ihn jederzeit weiter bearbeiten und einreichen, "
        "sobald er vollständig ist.",
        "success",
    )
    return redirect(url_for(".show", offer_id=revision.offer_id))


def _locked_message(revision: OfferRevision) -> str:
    if revision.state == "submitted":
        return (
            "Diese Fassung ist eingereicht und liegt der Koordinierungsstelle vor. Sie kann nicht bearbeitet "
            "werden. Ziehen Sie die Einreichung zurück, wenn Sie noch etwas ändern möchten."
        )
    if revision.state == "in_review":
        return "Diese Fassung wird gerade von der Koordinierungsstelle geprüft und kann nicht bearbeitet werden."
    return (
        "Diese Fassung ist abgeschlossen und kann nicht mehr bearbeitet werden. Um das Angebot zu ändern, "
        "legen Sie auf der Angebotsseite eine neue Fassung an."
    )


@bp.route("/<int:offer_id>/fassung/<int:revision_id>/bearbeiten", methods=["GET", "POST"])
@login_required
def edit(offer_id: int, revision_id: int):
    session = get_session()
    offer, revision = load_revision(offer_id, revision_id)
    if revision.state not in workflow.EDITABLE_STATES:
        return render_template("offers/locked.html", offer=offer, message=_locked_message(revision)), 409
    stored = read_content(session, revision)
    choices = provider_queries.vocabulary_choices(session, stored)
    form = offer_form(choices, data={**stored, "version": revision.version})
    page = {
        "organisation": organisation_of(offer),
        "offer": offer,
        "revision": revision,
        "base": request.form.get("base") if form.is_submitted() else _base_token(revision, stored),
    }
    if not form.validate_on_submit():
        return _edit_page(form, **page, status=400 if form.is_submitted() else 200)
    # A field chosen as "theirs" on the merge page keeps the saved value (the base of this form).
    content = apply_choices(form_content(form), stored, read_choices(request.form))
    return _save(form, page, content=content, version=form.version.data, submit="einreichen" in request.form)


def _save(form, page: dict, *, content: dict, version: int, submit: bool, merged: Merge | None = None, saver=None):
    """One save of the edit form; after a stale save once more with the merged content (`merged`)."""
    session, revision = get_session(), page["revision"]
    try:
        saved = page_services.save_revision_with_replies(
            session,
            actor=current_actor(),
            revision_id=revision.id,
            expected_version=version,
            content=content,
            replies=_replies(),
            submit=submit,
            policy=current_policy(),
        )
    except ValidationFailed as error:
        session.rollback()
        return _edit_page(form, **page, problem=error.message, status=error.status)
    except StaleEdit as error:
        return _merge_page(form, page, error, retry=merged is None)
    except InvalidTransition as error:
        session.rollback()
        page["revision"] = session.get(OfferRevision, revision.id)
        return _edit_page(
            form,
            **page,
            problem=error.message,
            problem_title="Bearbeiten nicht möglich",
            locked=True,
            status=error.status,
        )
    commit()
    if saved.incomplete is not None:
        return incomplete_page(revision.offer_id, revision.id, saved.incomplete)
    if merged is not None:
        not_submitted = " Eingereicht ist die Fassung noch nicht: Bitte prüfen Sie sie und reichen Sie sie dann ein."
        note = not_submitted if "einreichen" in request.form else ""
        flash(merged_message(merged, CONTENT_LABELS, saver) + note, "success")
    elif saved.submitted:
        flash("Gespeichert und eingereicht. Die Koordinierungsstelle prüft die Fassung und meldet sich.", "success")
    else:
        flash(
            "Die Änderungen sind gespeichert." if saved.changed else "Keine Änderungen: Es gab nichts zu speichern.",
            "success",
        )
    return redirect(url_for(".show", offer_id=revision.offer_id))


def _replies() -> dict[int, str]:
    """The answers per criterion (fields reply_<rating id>) of the edit form."""
    return {
        int(name[6:]): value for name, value in request.form.items() if name.startswith("reply_") and name[6:].isdigit()
    }


def _base_token(revision: OfferRevision, content: dict) -> str:
    return sign_base(current_app.secret_key, scope=f"revision:{revision.id}", version=revision.version, values=content)


def _saved_by(revision: OfferRevision) -> Saver | None:
    return saved_by(get_session(), AuditAction.REVISION_SAVED, revision_id=revision.id)


def _merge_page(form, page: dict, error: StaleEdit, *, retry: bool):
    """Someone saved meanwhile: merge with what is saved now. Without clashes save the merge (once),
    otherwise show both values of each clashing field for a choice; the next save builds on the newest."""
    session = get_session()
    session.rollback()
    current = session.get(OfferRevision, page["revision"].id)
    theirs = read_content(session, current)
    base = read_base(
        current_app.secret_key, request.form.get("base"), scope=f"revision:{current.id}", version=form.version.data
    )
    choices = read_choices(request.form)
    mine = apply_choices(form_content(form), base or {}, choices)
    merge = merge_three_way(base, mine, theirs, comparable=normalised)
    page = {**page, "revision": current, "base": _base_token(current, theirs)}
    saver = _saved_by(current)
    if retry and not merge.clashes:
        return _save(form, page, content=merge.values, version=current.version, submit=False, merged=merge, saver=saver)
    merged_form = offer_form(
        provider_queries.vocabulary_choices(session, {**theirs, **merge.values}),
        formdata=None,
        data={**merge.values, "version": current.version},
    )
    return _edit_page(
        merged_form,
        **page,
        problem=error.message,
        details=merge_summary(merge, CONTENT_LABELS, saver),
        problem_title="Gleichzeitig geändert – noch nicht gespeichert",
        clashes=clashes(merged_form, merge, mine, theirs, choices),
        saver=saver,
        status=error.status,
    )


def incomplete_page(offer_id: int, revision_id: int, error: IncompleteContent):
    """The edit form with the saved content and every problem next to its field."""
    session = get_session()
    offer, revision = load_revision(offer_id, revision_id)
    stored = read_content(session, revision)
    form = offer_form(
        provider_queries.vocabulary_choices(session, stored),
        formdata=None,
        data={**stored, "version": revision.version},
    )
    rest = form.add_problems(error.problems)
    return _edit_page(
        form,
        organisation=organisation_of(offer),
        offer=offer,
        revision=revision,
        base=_base_token(revision, stored),
        problem=error.message,
        problem_title="Noch nicht vollständig",
        details=rest,
        status=error.status,
    )
