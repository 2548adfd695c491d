"""Provider pages for offers: list, create, edit, submit, withdraw, revise, renew, pause.

Each POST: load the object (404 for other organisations) → validate the form → one
service call → one commit → redirect; on a domain error the page is shown again with
the message and the person's input.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from catalogue.clock import utcnow
from catalogue.db import commit, get_session
from catalogue.errors import InvalidTransition, NotFound, StaleEdit
from catalogue.offer_pages.editing import incomplete_page
from catalogue.offer_pages.pages import bp, load_offer, load_revision, organisation_of
from catalogue.offers import provider_queries, services, workflow
from catalogue.offers.forms import ListingForm, VersionForm
from catalogue.offers.models import Offer
from catalogue.offers.services import IncompleteContent
from catalogue.policy import current_policy
from catalogue.providers import queries as organisation_queries
from catalogue.review.events import provider_history
from catalogue.review.feedback import open_points, revision_feedback
from catalogue.security import current_actor

__all__ = ["bp"]

# URL word → listing action of the workflow.
LISTING_VERBS = {"pausieren": "pause", "fortsetzen": "resume", "zurueckziehen": "withdraw"}
LISTING_DONE = {
    "pause": "Das Angebot ist pausiert und nicht mehr öffentlich sichtbar.",
    "resume": "Das Angebot ist wieder öffentlich sichtbar.",
    "withdraw": "Das Angebot ist zurückgezogen und nicht mehr öffentlich sichtbar.",
}
LISTING_BUTTONS = {"pause": "Angebot pausieren", "resume": "Wieder veröffentlichen", "withdraw": "Angebot zurückziehen"}
REASON_LABELS = {"pause": "Grund für die Pause", "withdraw": "Grund für das Zurückziehen"}
BUTTON_STALE = (
    "Das Angebot wurde inzwischen geändert. Bitte prüfen Sie den aktuellen Stand und "
    "wiederholen Sie den Schritt, falls er noch nötig ist."
)


@bp.get("/")
@login_required
def dashboard():
    """ "Mein Bereich": open tasks first, each with one button, then the list of offers."""
    session, policy = get_session(), current_policy()
    groups = provider_queries.dashboard(
        session, current_user.id, today=policy.today, notice_weeks=policy.renewal_notice_weeks
    )
    tasks = sorted((state for group in groups for state in group.offers if state.task), key=lambda s: s.priority)
    admin_of = [group.organisation.id for group in groups if group.role == "admin"]
    return render_template(
        "offers/dashboard.html",
        groups=groups,
        tasks=tasks,
        points={
            s.open.id: open_points(session, s.open.id) for s in tasks if s.open and s.open.state == "changes_requested"
        },
        invitations=organisation_queries.open_invitation_counts(session, admin_of, utcnow()),
        state_labels=workflow.REVISION_STATE_LABELS,
        listing_labels=workflow.LISTING_LABELS,
    )


# --- Offer page and the buttons on it ------------------------------------------------


@bp.get("/<int:offer_id>")
@login_required
def show(offer_id: int):
    return _offer_page(load_offer(offer_id))


def _listing_forms(offer: Offer, posted: dict[str, ListingForm] | None = None) -> dict[str, ListingForm]:
    forms = {}
    for action in workflow.listing_actions(offer.listing, workflow.PROVIDER):
        form = (posted or {}).get(action) or ListingForm(prefix=action, formdata=None, data={"version": offer.version})
        form.reason.label.text = REASON_LABELS.get(action, form.reason.label.text)
        forms[action] = form
    return forms


def _offer_page(offer: Offer, *, problem: str | None = None, posted: dict | None = None, status: int = 200):
    session = get_session()
    policy = current_policy()
    state = provider_queries.offer_overview(
        session, offer, today=policy.today, notice_weeks=policy.renewal_notice_weeks
    )
    feedback_of = provider_queries.feedback_revision(state)
    open_actions = workflow.revision_actions(state.open.state, workflow.PROVIDER) if state.open else []
    return render_template(
        "offers/show.html",
        state=state,
        offer=offer,
        organisation=organisation_of(offer),
        problem=problem,
        open_actions=open_actions,
        editable=workflow.EDITABLE_STATES,
        listing_forms=_listing_forms(offer, posted),
        feedback_of=feedback_of,
        verbs={action: verb for verb, action in LISTING_VERBS.items()},
        listing_buttons=LISTING_BUTTONS,
        feedback=revision_feedback(session, feedback_of.id) if feedback_of else [],
        history=provider_history(session, offer),
        state_labels=workflow.REVISION_STATE_LABELS,
        listing_labels=workflow.LISTING_LABELS,
    ), status


def _conflict(offer_id: int, error: InvalidTransition | StaleEdit):
    """Show the offer as it is now, with why the step did not happen (double clicks land here)."""
    session = get_session()
    session.rollback()
    message = BUTTON_STALE if isinstance(error, StaleEdit) else error.message
    return _offer_page(session.get(Offer, offer_id), problem=message, status=error.status)


def _expected_version() -> int:
    form = VersionForm()
    if not form.validate_on_submit():
        abort(400)
    return form.version.data


def _revision_action(offer_id: int, revision_id: int, service, done: str, **extra):
    """A button on a revision: one service call (with `extra` keywords, e.g. the policy), one commit."""
    offer, revision = load_revision(offer_id, revision_id)
    version = _expected_version()
    try:
        service(get_session(), actor=current_actor(), revision_id=revision.id, expected_version=version, **extra)
    except (InvalidTransition, StaleEdit) as error:
        return _conflict(offer.id, error)
    commit()
    flash(done, "success")
    return redirect(url_for(".show", offer_id=offer.id))


@bp.post("/<int:offer_id>/fassung/<int:revision_id>/einreichen")
@login_required
def submit(offer_id: int, revision_id: int):
    try:
        return _revision_action(
            offer_id,
            revision_id,
            services.submit_revision,
            "Die Fassung ist eingereicht. Die Koordinierungsstelle prüft sie und meldet sich.",
            policy=current_policy(),
        )
    except IncompleteContent as error:
        get_session().rollback()
        return incomplete_page(offer_id, revision_id, error)


@bp.post("/<int:offer_id>/fassung/<int:revision_id>/zurueckziehen")
@login_required
def withdraw_submission(offer_id: int, revision_id: int):
    return _revision_action(
        offer_id,
        revision_id,
        services.withdraw_submission,
        "Die Einreichung ist zurückgezogen. Die Fassung ist wieder ein Entwurf.",
    )


@bp.post("/<int:offer_id>/fassung/<int:revision_id>/verwerfen")
@login_required
def discard(offer_id: int, revision_id: int):
    return _revision_action(offer_id, revision_id, services.discard_revision, "Der Entwurf wurde verworfen.")


def _start_revision(offer_id: int, renewal: bool, done: str):
    offer = load_offer(offer_id)
    version = _expected_version()
    try:
        revision = services.start_revision(
            get_session(), actor=current_actor(), offer_id=offer.id, expected_version=version, renewal=renewal
        )
    except (InvalidTransition, StaleEdit) as error:
        return _conflict(offer.id, error)
    commit()
    flash(done, "success")
    return redirect(url_for(".edit", offer_id=offer.id, revision_id=revision.id))


@bp.post("/<int:offer_id>/aendern")
@login_required
def start_change(offer_id: int):
    return _start_revision(
        offer_id,
        False,
        "Eine neue Fassung wurde angelegt. Die veröffentlichte Fassung bleibt sichtbar, bis die neue freigegeben ist.",
    )


@bp.post("/<int:offer_id>/erneuern")
@login_required
def renew(offer_id: int):
    return _start_revision(
        offer_id,
        True,
        "Eine Fassung zur Erneuerung wurde angelegt. Bitte prüfen Sie alle Angaben und reichen Sie die Fassung ein.",
    )


@bp.post("/<int:offer_id>/sichtbarkeit/<verb>")
@login_required
def change_listing(offer_id: int, verb: str):
    offer = load_offer(offer_id)
    action = LISTING_VERBS.get(verb)
    if action is None:
        raise NotFound()
    form = ListingForm(prefix=action)
    if not form.validate_on_submit():
        return _offer_page(
            offer,
            problem=f"Bitte prüfen Sie Ihre Angaben bei „{LISTING_BUTTONS[action]}“.",
            posted={action: form},
            status=400,
        )
    try:
        services.change_listing(
            get_session(),
            actor=current_actor(),
            offer_id=offer.id,
            expected_version=form.version.data,
            action=action,
            reason=form.reason.data or "",
            policy=current_policy(),
        )
    except IncompleteContent as error:
        get_session().rollback()
        form.reason.errors = [*form.reason.errors, *error.problems.values()]
        return _offer_page(
            get_session().get(Offer, offer_id),
            problem=" ".join(error.problems.values()),
            posted={action: form},
            status=error.status,
        )
    except (InvalidTransition, StaleEdit) as error:
        return _conflict(offer.id, error)
    commit()
    flash(LISTING_DONE[action], "success")
    return redirect(url_for(".show", offer_id=offer.id))
