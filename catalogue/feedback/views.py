"""Feedback pages: the school's form (public), the office's moderation, the provider's view.

The form asks for no personal data. A filled honeypot field gets the same thank-you page
as a real feedback but stores nothing; the per-client limit uses a keyed hash of the
address, never the address itself.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from catalogue.accounts.forms import show_error
from catalogue.db import commit, get_session
from catalogue.errors import InvalidTransition, PermissionDenied, ValidationFailed
from catalogue.feedback import queries, services
from catalogue.feedback.content import RATING_LABELS, RATING_SHORT, RATINGS
from catalogue.feedback.forms import SCHOOL_TYPES, AnswerForm, DecisionForm, FeedbackForm
from catalogue.feedback.models import APPROVED, RATINGS_ONLY, REJECTED
from catalogue.offers.services import provider_offer
from catalogue.permissions import is_office
from catalogue.policy import current_policy
from catalogue.security import current_actor

bp = Blueprint("feedback", __name__)

DECISION_DONE = {
    APPROVED: "Die Rückmeldung ist freigegeben.",
    RATINGS_ONLY: "Die Bewertung zählt; der Kommentar bleibt unveröffentlicht.",
    REJECTED: "Die Rückmeldung wurde verworfen.",
}


@bp.app_context_processor
def _labels():
    return {"SCHOOL_LABELS": SCHOOL_TYPES, "RATING_SHORT": RATING_SHORT, "RATING_LABELS": RATING_LABELS}


def client_key() -> str:
    """The client address as a keyed hash: enough to count, useless to identify anyone."""
    secret = current_app.config["SECRET_KEY"].encode()
    address = (request.remote_addr or "unknown").encode()
    return hmac.new(secret, address, hashlib.sha256).hexdigest()[:40]


# --- Schools ------------------------------------------------------------------------


@bp.route("/angebote/<int:offer_id>/rueckmeldung", methods=["GET", "POST"])
def give(offer_id: int):
    session = get_session()
    title = queries.live_offer_title(session, offer_id)
    if title is None:
        abort(404)
    form = FeedbackForm()
    form.offer_months(current_policy().today)
    problem, status = None, 200
    if form.validate_on_submit():
        if form.website.data:  # a robot: say thanks, keep nothing
            return redirect(url_for(".thanks", offer_id=offer_id))
        config = current_app.config
        try:
            services.submit_feedback(
                session,
                offer_id=offer_id,
                school_type=form.school_type.data,
                grade=int(form.grade.data),
                held_in=form.held_in_date(),
                ratings=form.ratings(),
                would_book_again=form.would_book_again.data == "ja",
                comment=form.comment.data,
                client_key=client_key(),
                limit=config["FEEDBACK_PER_HOUR"],
                window_minutes=services.FEEDBACK_WINDOW_MINUTES,
            )
        except services.FeedbackThrottled as error:
            problem, status = error.message, error.status
        except ValidationFailed as error:
            show_error(form, error)
        else:
            commit()
            return redirect(url_for(".thanks", offer_id=offer_id))
    elif form.errors:
        status = 400
    return render_template(
        "feedback/give.html", form=form, title=title, offer_id=offer_id, problem=problem, ratings=RATINGS
    ), status


@bp.get("/angebote/<int:offer_id>/rueckmeldung/danke")
def thanks(offer_id: int):
    return render_template("feedback/thanks.html", offer_id=offer_id)


# --- Coordination office ----------------------------------------------------------------


def _office_only() -> None:
    if not is_office(current_user):
        raise PermissionDenied()


@bp.get("/koordination/rueckmeldungen")
@login_required
def moderation():
    _office_only()
    pending, answers = queries.moderation_queue(get_session())
    return render_template("feedback/moderation.html", pending=pending, answers=answers, form=DecisionForm())


@bp.post("/koordination/rueckmeldungen/<int:feedback_id>")
@login_required
def decide(feedback_id: int):
    _office_only()
    form = _decision_form()
    try:
        services.moderate_feedback(
            get_session(), actor=current_actor(), feedback_id=feedback_id, decision=form.decision.data
        )
    except InvalidTransition as error:
        flash(error.message, "error")
        return redirect(url_for(".moderation"))
    commit()
    flash(DECISION_DONE[form.decision.data], "success")
    return redirect(url_for(".moderation"))


@bp.post("/koordination/rueckmeldungen/<int:feedback_id>/antwort")
@login_required
def decide_answer(feedback_id: int):
    _office_only()
    form = _decision_form()
    try:
        services.moderate_answer(
            get_session(), actor=current_actor(), feedback_id=feedback_id, approve=form.decision.data == APPROVED
        )
    except InvalidTransition as error:
        flash(error.message, "error")
        return redirect(url_for(".moderation"))
    commit()
    flash(
        "Die Antwort ist freigegeben." if form.decision.data == APPROVED else "Die Antwort wurde verworfen.", "success"
    )
    return redirect(url_for(".moderation"))


def _decision_form() -> DecisionForm:
    form = DecisionForm()
    if not form.validate_on_submit() or form.decision.data not in DECISION_DONE:
        abort(400)
    return form


# --- Providers ----------------------------------------------------------------------


@bp.get("/traeger/angebote/<int:offer_id>/rueckmeldungen")
@login_required
def provider_view(offer_id: int):
    return _provider_page(provider_offer(get_session(), current_actor(), offer_id))


def _provider_page(offer, *, posted: AnswerForm | None = None, posted_id: int | None = None, status: int = 200):
    session = get_session()
    return render_template(
        "feedback/provider.html",
        offer=offer,
        title=queries.offer_title(session, offer.id),
        summary=queries.offer_summary(session, offer.id),
        trend=queries.half_year_trend(session, offer.id),
        feedbacks=queries.provider_feedback(session, offer.id),
        posted=posted,
        posted_id=posted_id,
        ratings=RATINGS,
    ), status


@bp.post("/traeger/angebote/<int:offer_id>/rueckmeldungen/<int:feedback_id>/antwort")
@login_required
def answer(offer_id: int, feedback_id: int):
    session = get_session()
    offer = provider_offer(session, current_actor(), offer_id)
    form = AnswerForm()
    if form.validate_on_submit():
        try:
            services.answer_feedback(
                session, actor=current_actor(), offer_id=offer.id, feedback_id=feedback_id, text=form.text.data
            )
        except InvalidTransition as error:
            session.rollback()
            flash(error.message, "error")
            return redirect(url_for(".provider_view", offer_id=offer.id))
        except ValidationFailed as error:
            session.rollback()
            show_error(form, error)
        else:
            commit()
            flash("Danke! Ihre Antwort erscheint, sobald die Koordinierungsstelle sie freigegeben hat.", "success")
            return redirect(url_for(".provider_view", offer_id=offer.id) + f"#rueckmeldung-{feedback_id}")
    return _provider_page(offer, posted=form, posted_id=feedback_id, status=400)
