"""Forms of the review pages. The checklist's fields are built from the review's criteria set.

Per criterion: `rating_<id>` (radio group), `comment_<id>`, `condition_<id>`; the criterion's
database id keeps the field names safe whatever codes the office gives its criteria.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField, widgets
from wtforms.meta import DefaultMeta
from wtforms.validators import AnyOf, InputRequired, Length, Optional

from catalogue.review.criteria_seed import REASON_CODES
from catalogue.review.models import Criterion
from catalogue.review.rules import DECISIONS, MET_RATINGS, RATING_LABELS
from catalogue.review.services import Rating

ACTIONS = ("save", *DECISIONS)
RELOAD = "Das Formular ist unvollständig. Bitte laden Sie die Seite neu."
TOO_LONG = "Bitte kürzen Sie den Text auf höchstens %(max)d Zeichen."


class GermanForm(FlaskForm):
    """WTForms' own German messages (Flask-WTF translates only through Flask-Babel)."""

    class Meta:
        locales = ("de_DE", "de")

        def get_translations(self, form):
            return DefaultMeta.get_translations(self, form)


def _hidden_version() -> IntegerField:
    return IntegerField(widget=widgets.HiddenInput(), validators=[InputRequired(RELOAD)])


class StartForm(GermanForm):
    """The "Prüfung beginnen" button of a queue entry."""

    revision_version = _hidden_version()


class ReassignForm(GermanForm):
    """An office admin hands an open review to another reviewer."""

    review_version = _hidden_version()
    reviewer_id = SelectField("Übertragen an", coerce=int, validators=[InputRequired("Bitte wählen Sie eine Person.")])


class CheckboxesField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class ReviewForm(GermanForm):
    review_version = _hidden_version()
    revision_version = _hidden_version()
    # Set by the pressed button (name="action"): save or one of the decisions.
    action = StringField(validators=[InputRequired(RELOAD), AnyOf(ACTIONS, RELOAD)])
    reason_codes = CheckboxesField("Gründe", choices=REASON_CODES)
    message = TextAreaField("Nachricht an den Träger", validators=[Length(max=10_000, message=TOO_LONG)])
    internal_note = TextAreaField(
        "Interne Notiz (nur für die Koordinierungsstelle)", validators=[Length(max=10_000, message=TOO_LONG)]
    )

    criteria: list[Criterion] = []

    def rating_fields(self, criterion: Criterion):
        return (self[f"rating_{criterion.id}"], self[f"comment_{criterion.id}"], self[f"condition_{criterion.id}"])

    def needs_notes(self, criterion: Criterion) -> bool:
        """Open the comment and condition fields: a rating not plainly met, words or errors in them."""
        rating, comment, condition = self.rating_fields(criterion)
        return bool(
            (rating.data and rating.data not in MET_RATINGS)
            or comment.data
            or condition.data
            or comment.errors
            or condition.errors
        )

    def unrated(self) -> list[Criterion]:
        return [c for c in self.criteria if not self.rating_fields(c)[0].data]

    def unmet(self) -> list[Criterion]:
        return [c for c in self.criteria if self.rating_fields(c)[0].data in ("teilweise", "nicht_erfuellt")]

    def ratings(self) -> dict[str, Rating]:
        """The checklist as the services take it: criterion code → Rating."""
        result = {}
        for criterion in self.criteria:
            rating, comment, condition = self.rating_fields(criterion)
            result[criterion.code] = Rating(rating.data or None, comment.data or "", condition.data or "")
        return result


def review_form(criteria: list[Criterion], data: dict | None = None) -> ReviewForm:
    """A ReviewForm with one rating, comment and condition field per criterion.

    `data` pre-fills a GET; on POST the submitted form is used (an unchecked radio group
    must not fall back to stored data).
    """
    fields = {"criteria": criteria}
    for criterion in criteria:
        fields[f"rating_{criterion.id}"] = RadioField(
            f"Bewertung zu {criterion.code}", choices=RATING_LABELS, validators=[Optional()]
        )
        fields[f"comment_{criterion.id}"] = TextAreaField(
            f"Kommentar zu {criterion.code}", validators=[Length(max=5_000, message=TOO_LONG)]
        )
        fields[f"condition_{criterion.id}"] = TextAreaField(
            f"Auflage zu {criterion.code}", validators=[Length(max=5_000, message=TOO_LONG)]
        )
    form_class = type("CriteriaReviewForm", (ReviewForm,), fields)
    return form_class(data=data) if data is not None else form_class()


def initial_data(page) -> dict:
    """Form data for a GET of the review page: what the reviewer saved so far."""
    review = page.review
    data = {
        "review_version": review.version,
        "revision_version": page.revision.version,
        "message": review.message_to_provider,
        "internal_note": review.internal_note,
        "reason_codes": [code for code in review.reason_codes.split(",") if code],
    }
    for criterion in page.criteria:
        stored = page.ratings.get(criterion.id)
        if stored is None and not page.ratings and criterion.id in page.previous:
            data[f"rating_{criterion.id}"] = page.previous[criterion.id].rating  # the previous round's, marked
        elif stored is not None:
            data[f"rating_{criterion.id}"] = stored.rating
            data[f"comment_{criterion.id}"] = stored.comment
            data[f"condition_{criterion.id}"] = stored.condition
    return data


def refresh_versions(form: ReviewForm, page) -> None:
    """After a conflict keep the user's input but carry the current versions, so that
    saving again (after checking the page) works."""
    for field, value in ((form.review_version, page.review.version), (form.revision_version, page.revision.version)):
        field.data, field.raw_data = value, None  # raw_data would win when rendering
