"""The offer form (every content field, German labels and help) and the small button forms.

Drafts may be incomplete, so field validators check only types, ranges, lengths and
formats; whether an offer is complete is decided by the service on submission.
`form_content` turns the form into the content dict the services take.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    EmailField,
    HiddenField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    URLField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Email, InputRequired, Length, NumberRange, Optional, ValidationError
from wtforms.widgets import HiddenInput, TextInput

from catalogue.offers.completeness import content_problems
from catalogue.offers.form_help import EXAMPLES, HELP
from catalogue.offers.spec import CONTENT_FIELDS, CONTENT_LABELS, TEXT_KINDS, FieldSpec
from catalogue.vocabularies.seed import COST_UNITS, DURATION_UNITS, EVALUATION_KINDS
from catalogue.weburl import WEB_URL_MESSAGE, is_web_url

LONG_TEXT_MAX = 100_000
SELECT_CHOICES = {"duration_unit": DURATION_UNITS, "cost_unit": COST_UNITS, "evaluation_kind": EVALUATION_KINDS}
# Fields that always need a value before an offer can be submitted (marked in the form).
NEEDED_FOR_SUBMISSION = frozenset(spec.name for spec in CONTENT_FIELDS if spec.required)

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Das Angebot", ("title", "summary", "description", "goals", "theory", "need", "fields", "topics")),
    (
        "Zielgruppe",
        (
            "audiences",
            "grade_from",
            "grade_to",
            "age_from",
            "age_to",
            "school_types",
            "levels",
            "languages",
            "accessibility_note",
        ),
    ),
    (
        "Ablauf und Rahmen",
        (
            "formats",
            "duration_value",
            "duration_unit",
            "sessions",
            "group_min",
            "group_max",
            "staff_count",
            "staff_qualification",
            "venues",
            "districts",
            "requirements",
            "preparation",
            "curriculum_link",
        ),
    ),
    ("Kosten", ("is_free", "cost_amount", "cost_unit", "cost_note", "funding_note")),
    ("Buchung und Kontakt", ("booking_info", "lead_time_weeks", "contact_name", "contact_email", "contact_phone")),
    ("Qualität und Evaluation", ("evaluation_kind", "evaluation_summary", "external_rating", "external_rating_url")),
)


class GermanIntegerField(IntegerField):
    """An integer field with a German message for text that is not a whole number."""

    def process_formdata(self, valuelist):
        if not valuelist or not valuelist[0].strip():
            self.data = None
            return
        try:
            self.data = int(valuelist[0].strip())
        except ValueError as exc:
            self.data = None
            raise ValueError("Bitte geben Sie eine ganze Zahl an.") from exc


class GermanDecimalField(StringField):
    """A decimal number typed with a comma or a point; shown with a comma."""

    widget = TextInput()

    def process_formdata(self, valuelist):
        text = (valuelist[0] if valuelist else "").strip().replace(" ", "")
        if not text:
            self.data = None
            return
        try:
            self.data = Decimal(text.replace(",", "."))
        except InvalidOperation as exc:
            self.data = None
            self.raw_data = valuelist
            raise ValueError("Bitte geben Sie eine Zahl an, zum Beispiel 4 oder 1,5.") from exc
        if not self.data.is_finite():
            self.data = None
            raise ValueError("Bitte geben Sie eine Zahl an, zum Beispiel 4 oder 1,5.")

    def _value(self):
        if self.raw_data:
            return self.raw_data[0]
        if self.data is None:
            return ""
        value = Decimal(self.data)
        if value == value.to_integral_value():
            return str(int(value))
        return format(value.normalize(), "f").replace(".", ",")


class OptionalSelectField(SelectField):
    """A select whose empty choice ("Bitte wählen") is allowed in a draft."""

    def pre_validate(self, form):
        if self.data:
            super().pre_validate(form)


def _range(spec: FieldSpec):
    return NumberRange(
        min=spec.minimum,
        max=spec.maximum,
        message=f"Bitte geben Sie einen Wert von {spec.minimum:g} bis {spec.maximum:g} an.",
    )


def _length(maximum: int):
    return Length(max=maximum, message=f"Bitte höchstens {maximum} Zeichen (%(length)s eingegeben).")


def _make_field(spec: FieldSpec):
    label, description = CONTENT_LABELS[spec.name], HELP.get(spec.name, "")
    if spec.kind == "codes":
        return SelectMultipleField(
            label, description=description, choices=[], invalid_choice_message="Unbekannte Auswahl: %(value)s."
        )
    if spec.kind == "bool":
        return BooleanField(label, description=description)
    if spec.kind == "int":
        return GermanIntegerField(label, description=description, validators=[Optional(), _range(spec)])
    if spec.kind == "number":
        return GermanDecimalField(
            label, description=description, validators=[Optional(), _range(spec)], render_kw={"inputmode": "decimal"}
        )
    if spec.kind == "choice":
        choices = [SelectChoice("", "Bitte wählen")] + [
            SelectChoice(code, text) for code, text in SELECT_CHOICES[spec.name].items()
        ]
        return OptionalSelectField(
            label,
            description=description,
            choices=choices,
            default="",
            invalid_choice_message="Bitte wählen Sie einen Eintrag aus der Liste.",
        )
    if spec.kind == "email":
        return EmailField(
            label,
            description=description,
            validators=[
                Optional(),
                _length(254),
                Email("Bitte geben Sie eine gültige E-Mail-Adresse an.", check_deliverability=False),
            ],
        )
    if spec.kind == "url":
        return URLField(label, description=description, validators=[Optional(), _length(spec.max_length), _web_url])
    if spec.kind == "longtext" or spec.name == "summary":
        return TextAreaField(
            label, description=description, validators=[Optional(), _length(spec.max_length or LONG_TEXT_MAX)]
        )
    return StringField(label, description=description, validators=[Optional(), _length(spec.max_length or 300)])


def _web_url(_form, field) -> None:
    if field.data and not is_web_url(field.data):
        raise ValidationError(WEB_URL_MESSAGE)


class VersionForm(FlaskForm):
    """A button that changes something: CSRF token plus the version the page was showing."""

    version = IntegerField(widget=HiddenInput(), validators=[InputRequired()])


class ListingForm(VersionForm):
    """Pause, resume or withdraw a listed offer; pausing and withdrawing need a reason."""

    reason = TextAreaField(
        "Grund",
        validators=[Optional(), _length(500)],
        description="Wird im Verlauf festgehalten und ist für die Koordinierungsstelle sichtbar.",
    )


class OfferForm(VersionForm):
    """Every content field of an offer revision; fields are added below from the offer spec."""

    # Random per new-offer form: a double-clicked "create" makes one draft, not two.
    creation_key = HiddenField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, example in EXAMPLES.items():
            self[name].example = example

    def set_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        """Checkbox choices per content key (code, label), loaded from the vocabularies."""
        for name in CODE_FIELD_NAMES:
            self[name].choices = [SelectChoice(code, label) for code, label in choices.get(name, [])]

    def add_problems(self, problems: dict[str, str]) -> list[str]:
        """Show a service's problems next to their fields; returns those no field takes."""
        rest = []
        for name, message in problems.items():
            if name in self._fields and name != "csrf_token":
                self[name].errors = [*self[name].errors, message]
            else:
                rest.append(message)
        return rest


for _spec in CONTENT_FIELDS:
    setattr(OfferForm, _spec.name, _make_field(_spec))

CODE_FIELD_NAMES = tuple(spec.name for spec in CONTENT_FIELDS if spec.kind == "codes")
# A new offer has no version yet: the create form carries 0 and ignores it.
NEW_OFFER_VERSION = 0


def form_content(form: OfferForm) -> dict:
    """The content dict (offer spec keys) of a validated offer form."""
    content = {}
    for spec in CONTENT_FIELDS:
        value = form[spec.name].data
        if spec.kind == "codes":
            value = list(dict.fromkeys(value or []))
        elif spec.kind == "bool":
            value = bool(value)
        elif spec.kind in TEXT_KINDS:
            value = (value or "").strip()
        elif spec.kind == "choice":
            value = value or None
        content[spec.name] = value
    return content


def offer_form(choices: dict[str, list[tuple[str, str]]], **kwargs) -> OfferForm:
    form = OfferForm(**kwargs)
    form.set_choices(choices)
    return form


def section_progress(form: OfferForm, sections=SECTIONS) -> list[tuple[str, int]]:
    """Per form section: its legend and how many of its fields still keep the offer from submission.

    Uses the submission rules themselves, so a section is complete only when its content
    really is: an unticked "Kostenfrei" box asks for amount and unit, not for nothing.
    """
    vocabularies = {
        spec.vocabulary: {choice.value for choice in form[spec.name].choices}
        for spec in CONTENT_FIELDS
        if spec.kind == "codes"
    }
    problems = content_problems(form_content(form), vocabularies)
    return [(legend, sum(1 for name in names if name in problems)) for legend, names in sections]
