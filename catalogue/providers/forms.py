"""Organisation forms: self-registration, profile, member management (German labels)."""

from __future__ import annotations

from wtforms import IntegerField, SelectField, StringField, TextAreaField, URLField
from wtforms.validators import DataRequired, InputRequired, Length, Optional, Regexp, ValidationError
from wtforms.widgets import HiddenInput

from catalogue.accounts.forms import REQUIRED, GermanForm, email_field, new_password_fields
from catalogue.providers.services import website_error
from catalogue.vocabularies.seed import ORG_TYPES


def _website(_form, field) -> None:
    if message := website_error(field.data or ""):
        raise ValidationError(message)


class OrganisationFields(GermanForm):
    name = StringField("Name des Trägers", validators=[DataRequired(REQUIRED), Length(max=200)])
    legal_form = StringField("Rechtsform", validators=[Optional(), Length(max=60)])
    org_type = SelectField(
        "Art des Trägers",
        validators=[DataRequired("Bitte wählen Sie eine Art aus.")],
        choices={"": "Bitte wählen", **ORG_TYPES},
    )
    email = email_field("E-Mail-Adresse des Trägers")
    phone = StringField("Telefon", validators=[Optional(), Length(max=60)])
    website = URLField("Website", validators=[Optional(), Length(max=300), _website])
    street = StringField("Straße und Hausnummer", validators=[Optional(), Length(max=200)])
    postcode = StringField(
        "Postleitzahl",
        validators=[Optional(), Regexp(r"^\d{5}$", message="Bitte geben Sie eine fünfstellige Postleitzahl an.")],
    )
    city = StringField("Ort", validators=[Optional(), Length(max=100)])

    def organisation_values(self) -> dict:
        return {
            name: self[name].data or ""
            for name in ("name", "legal_form", "org_type", "email", "phone", "website", "street", "postcode", "city")
        }


class RegistrationForm(OrganisationFields):
    """For a person without an account: the organisation and the first admin's account."""

    person_name = StringField("Ihr Name", validators=[DataRequired(REQUIRED), Length(max=200)])
    person_email = email_field("Ihre E-Mail-Adresse (für die Anmeldung)")


class ConfirmRegistrationForm(GermanForm):
    """Second step of a registration without an account: the password, after the address is confirmed."""

    password, confirm = new_password_fields("Passwort")


class ProfileForm(OrganisationFields):
    description = TextAreaField("Beschreibung", validators=[Optional(), Length(max=5000)])
    version = IntegerField(widget=HiddenInput(), validators=[InputRequired()])
