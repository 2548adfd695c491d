"""Office pages for reviews: queue, review page with checklist and decision, offer history.

Every page is for the coordination office only. Each POST makes one service call and one
commit; on a domain error the transaction is rolled back and the page is shown again
with the user's input and the reason.
"""

from __future__ import annotations

import re

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from catalogue import db
from catalogue.errors import InvalidTransition, PermissionDenied, StaleEdit
from catalogue.permissions import can_review, is_office, is_office_admin
from catalogue.policy import current_policy
from catalogue.review import forms, history, queries, rules, services
from catalogue.review.criteria_seed import REASON_CODES
from catalogue.review.rules import KIND_LABELS
from catalogue.security import current_actor

bp = Blueprint("review", __name__, url_prefix="/koordination/pruefung")


@bp.before_request
@login_required
def _office_only():
    if not is_office(current_user):
        raise PermissionDenied()


# The queue ------------------------------------------------------------------------------


@bp.get("/")
def queue():
    return _queue_page()


def _queue_page(problem: str | None = None, status: int = 200):
    session, policy = db.get_session(), current_policy()
    items = queries.review_queue(
        session, current_actor(), today=policy.today, approvals_required=policy.approvals_required
    )
    expiring = queries.seals_expiring(session, today=policy.today, weeks=policy.renewal_notice_weeks)
    return render_template(
        "review/queue.html",
        items=items,
        expiring=expiring,
        problem=problem,
        approvals_required=policy.approvals_required,
        notice_weeks=policy.renewal_notice_weeks,
        overdue_days=policy.review_overdue_days,
    ), status


@bp.post("/fassungen/<int:revision_id>/beginnen")
def start(revision_id: int):
    form = forms.StartForm()
    if not form.validate_on_submit():
        return _queue_page(forms.RELOAD, 400)
    session = db.get_session()
    try:
        review = services.start_review(
            session,
            actor=current_actor(),
            revision_id=revision_id,
            expected_version=form.revision_version.data,
            policy=current_policy(),
        )
    except (InvalidTransition, StaleEdit) as exc:
        session.rollback()
        return _queue_page(exc.message, exc.status)
    db.commit()
    flash("Sie prüfen jetzt diese Fassung.", "success")
    return redirect(url_for("review.review", review_id=review.id))


# The review page ------------------------------------------------------------------------


@bp.route("/<int:review_id>", methods=["GET", "POST"])
def review(review_id: int):
    session = db.get_session()
    page = _page_for_office(session, review_id)
    form = forms.review_form(page.criteria, forms.initial_data(page) if request.method == "GET" else None)
    if not form.is_submitted():
        return _review_page(page, form)
    if not form.validate_on_submit():
        return _review_page(page, form), 400
    try:
        outcome = _act(session, form, page)
    except services.DecisionRefused as exc:
        problems, status = exc.problems, exc.status
    except (InvalidTransition, StaleEdit) as exc:
        problems, status = [exc.message], exc.status
    else:
        db.commit()
        return _after(form.action.data, outcome, page)
    session.rollback()
    page = _page_for_office(session, review_id)
    forms.refresh_versions(form, page)
    return _review_page(page, form, problems), status


def _page_for_office(session, review_id: int) -> queries.ReviewPage:
    page = queries.review_page(session, review_id)
    if not can_review(session, current_actor(), page.organisation.id):
        raise PermissionDenied(rules.SEPARATION_OF_DUTIES)
    return page


def _act(session, form: forms.ReviewForm, page: queries.ReviewPage) -> str | None:
    """The one service call of a review POST: save, or decide."""
    common = dict(
        actor=current_actor(),
        review_id=page.review.id,
        expected_version=form.review_version.data,
        ratings=form.ratings(),
        message=form.message.data or "",
        internal_note=form.internal_note.data or "",
    )
    if form.action.data == "save":
        services.save_review(session, **common)
        return None
    return services.decide_review(
        session,
        **common,
        revision_version=form.revision_version.data,
        decision=form.action.data,
        reason_codes=form.reason_codes.data or [],
        policy=current_policy(),
    )


def _after(action: str, state: str | None, page: queries.ReviewPage):
    title = f"„{page.revision.title}“ (Fassung {page.revision.number})"
    if action == "save":
        flash("Ihre Bewertung ist zwischengespeichert.", "success")
        return redirect(url_for("review.review", review_id=page.review.id))
    messages = {
        "approved": f"{title} ist freigegeben und jetzt öffentlich sichtbar. Der Träger wurde benachrichtigt.",
        "in_review": f"Ihre Freigabe für {title} ist gespeichert. Es fehlt noch eine weitere Freigabe "
        "(Vier-Augen-Prinzip).",
        "changes_requested": f"Der Träger wurde gebeten, {title} zu überarbeiten.",
        "rejected": f"{title} ist abgelehnt. Der Träger wurde benachrichtigt.",
    }
    if state == "approved" and page.offer.listing == "paused":
        messages["approved"] = (
            f"{title} ist freigegeben. Das Angebot bleibt pausiert, bis der Träger es wieder sichtbar schaltet; "
            "der Träger wurde benachrichtigt."
        )
    flash(messages.get(state, "Die Entscheidung ist gespeichert."), "success")
    return redirect(url_for("review.queue"))


def _review_page(page: queries.ReviewPage, form: forms.ReviewForm, problems: list[str] | None = None):
    policy = current_policy()
    session = db.get_session()
    can_reassign = is_office_admin(current_user) and page.review.decided_at is None and page.in_current_round
    return render_template(
        "review/review.html",
        page=page,
        form=form,
        problems=_linked(problems or [], page),
        editable=page.editable_by(current_actor()),
        kind_labels=KIND_LABELS,
        rating_labels=rules.RATING_LABELS,
        reason_labels=REASON_CODES,
        decision_results=rules.DECISION_RESULTS,
        approvals_required=policy.approvals_required,
        seal_months=policy.seal_validity_months,
        reassign_form=_reassign_form(session, page) if can_reassign else None,
    )


def _linked(problems: list[str], page: queries.ReviewPage) -> list[tuple[str, str | None]]:
    """Each problem with the anchor of the first criterion it names, for the error summary."""
    anchors = {c.code: f"kriterium-{c.id}" for c in page.criteria}
    linked = []
    for problem in problems:
        named = [word for word in re.findall(r"[\w-]+", problem) if word in anchors]
        linked.append((problem, anchors[named[0]] if named else None))
    return linked


@bp.post("/<int:review_id>/uebertragen")
def reassign(review_id: int):
    if not is_office_admin(current_user):
        raise PermissionDenied(services.REASSIGN_ADMIN_ONLY)
    session = db.get_session()
    page = queries.review_page(session, review_id)
    form = _reassign_form(session, page)
    if not form.validate_on_submit():
        return _review_page(page, _form_for_viewing(page), [forms.RELOAD]), 400
    try:
        review = services.reassign_review(
            session,
            actor=current_actor(),
            review_id=review_id,
            expected_version=form.review_version.data,
            reviewer_id=form.reviewer_id.data,
        )
    except (InvalidTransition, StaleEdit) as exc:
        session.rollback()
        page = queries.review_page(session, review_id)
        return _review_page(page, _form_for_viewing(page), [exc.message]), exc.status
    db.commit()
    names = queries.user_names(session, [review.reviewer_id])
    flash(f"Die Prüfung ist an {names.get(review.reviewer_id, 'die gewählte Person')} übertragen.", "success")
    return redirect(url_for("review.queue"))


def _reassign_form(session, page: queries.ReviewPage) -> forms.ReassignForm:
    form = forms.ReassignForm(data={"review_version": page.review.version})
    form.reviewer_id.choices = [
        (user.id, user.name) for user in queries.office_reviewers(session) if user.id != page.review.reviewer_id
    ]
    return form


def _form_for_viewing(page: queries.ReviewPage) -> forms.ReviewForm:
    return forms.review_form(page.criteria, forms.initial_data(page))


# The offer history ----------------------------------------------------------------------


@bp.get("/angebote/<int:offer_id>/verlauf")
def offer_history(offer_id: int):
    session = db.get_session()
    page = history.offer_history_page(session, offer_id)
    return render_template(
        "review/history.html", page=page, show_internal=can_review(session, current_actor(), page.organisation.id)
    )
