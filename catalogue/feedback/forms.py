"""The school's feedback form, the provider's answer form and the office's decision buttons."""

from __future__ import annotations

from datetime import date

from wtforms import HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import AnyOf, InputRequired, Length

from catalogue.accounts.forms import REQUIRED, GermanForm
from catalogue.feedback.content import COMMENT_MAX, OTHER_SCHOOL, RATING_LABELS, RATINGS, REPLY_MAX, recent_months
from catalogue.formatting import german_month
from catalogue.vocabularies.seed import TERMS

CHOOSE = "Bitte wählen Sie aus."
SCHOOL_TYPES = dict(TERMS["school_type"]) | dict([OTHER_SCHOOL])


def _rating(question: str) -> RadioField:
    return RadioField(question, choices=RATING_LABELS, coerce=int, validators=[InputRequired(CHOOSE)])


class FeedbackForm(GermanForm):
    school_type = SelectField(
        "Schulform",
        choices={"": "Bitte wählen", **SCHOOL_TYPES},
        validators=[InputRequired(CHOOSE), AnyOf(list(SCHOOL_TYPES), CHOOSE)],
    )
    grade = SelectField(
        "Klassenstufe",
        choices={"": "Bitte wählen", **{str(g): f"Klasse {g}" for g in range(1, 14)}},
        validators=[InputRequired(CHOOSE), AnyOf([str(g) for g in range(1, 14)], CHOOSE)],
    )
    held_in = SelectField("Wann fand das Angebot statt?", validators=[InputRequired(CHOOSE)])
    rating_fit = _rating(RATINGS["rating_fit"])
    rating_organisation = _rating(RATINGS["rating_organisation"])
    rating_content = _rating(RATINGS["rating_content"])
    would_book_again = RadioField(
        "Würden Sie das Angebot wieder buchen?",
        choices={"ja": "Ja", "nein": "Nein"},
        validators=[InputRequired(CHOOSE)],
    )
    comment = TextAreaField(
        "Kommentar (freiwillig)",
        validators=[Length(max=COMMENT_MAX, message=f"Bitte höchstens {COMMENT_MAX} Zeichen.")],
    )
    # Honeypot: hidden from people, filled by form-filling robots.
    website = StringField("Dieses Feld bitte leer lassen")

    def offer_months(self, today: date) -> None:
        months = recent_months(today)
        self.held_in.choices = {"": "Bitte wählen", **{m.strftime("%Y-%m"): german_month(m) for m in months}}
        self.held_in.validators = [InputRequired(CHOOSE), AnyOf([m.strftime("%Y-%m") for m in months], CHOOSE)]

    def held_in_date(self) -> date:
        return date.fromisoformat(self.held_in.data + "-01")

    def ratings(self) -> dict[str, int]:
        return {name: self[name].data for name in RATINGS}


class AnswerForm(GermanForm):
    text = TextAreaField(
        "Ihre öffentliche Antwort",
        validators=[InputRequired(REQUIRED), Length(max=REPLY_MAX, message=f"Bitte höchstens {REPLY_MAX} Zeichen.")],
    )


class DecisionForm(GermanForm):
    decision = HiddenField()
