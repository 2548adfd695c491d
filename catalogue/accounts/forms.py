"""Account forms (German labels and messages)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, SelectField, StringField
from wtforms.meta import DefaultMeta
from wtforms.validators import DataRequired, Email, EqualTo, Length

from catalogue.accounts.passwords import MIN_LENGTH
from catalogue.errors import ValidationFailed

REQUIRED = "Bitte füllen Sie dieses Feld aus."
EMAIL = "Bitte geben Sie eine gültige E-Mail-Adresse an."
PASSWORD_HELP = (
    f"Mindestens {MIN_LENGTH} Zeichen, kein verbreitetes Passwort und nicht Ihr Name oder Ihre E-Mail-Adresse. "
    "Ein Satz aus mehreren Wörtern ist leicht zu merken und sicher."
)


class GermanForm(FlaskForm):
    """A form whose built-in messages (e.g. "Not a valid choice") come in German.

    Flask-WTF translates only through Flask-Babel, which is not installed; WTForms ships
    its own German catalogue.
    """

    class Meta:
        locales = ("de_DE", "de")

        def get_translations(self, form):
            return DefaultMeta.get_translations(self, form)


def email_field(label: str = "E-Mail-Adresse") -> EmailField:
    return EmailField(
        label, validators=[DataRequired(REQUIRED), Length(max=254), Email(EMAIL, check_deliverability=False)]
    )


def new_password_fields(label: str = "Neues Passwort"):
    password = PasswordField(
        label,
        description=PASSWORD_HELP,
        validators=[
            DataRequired(REQUIRED),
            Length(min=MIN_LENGTH, max=200, message=f"Das Passwort muss mindestens {MIN_LENGTH} Zeichen lang sein."),
        ],
    )
    confirm = PasswordField(
        "Passwort wiederholen",
        validators=[DataRequired(REQUIRED), EqualTo("password", "Die Passwörter stimmen nicht überein.")],
    )
    return password, confirm


def show_error(form: GermanForm, error: ValidationFailed) -> None:
    """Show a service's ValidationFailed next to the field it names; re-raise if none matches."""
    field = form._fields.get(error.field) if error.field else None
    if field is None:
        raise error
    field.errors = [*field.errors, error.message]


class ActionForm(GermanForm):
    """A button that changes something: the form carries only the CSRF token."""


class LoginForm(GermanForm):
    email = email_field()
    password = PasswordField("Passwort", validators=[DataRequired(REQUIRED), Length(max=200)])
    next = HiddenField()


class ResetRequestForm(GermanForm):
    email = email_field()


class ResetPasswordForm(GermanForm):
    password, confirm = new_password_fields()


class InvitationForm(GermanForm):
    email = email_field("E-Mail-Adresse der eingeladenen Person")
    role = SelectField(
        "Rolle",
        choices={
            "editor": "Redakteur*in (Angebote bearbeiten)",
            "admin": "Administrator*in (auch Profil und Mitglieder)",
        },
    )


class AcceptInvitationForm(GermanForm):
    name = StringField("Ihr Name", validators=[DataRequired(REQUIRED), Length(max=200)])
    password, confirm = new_password_fields("Passwort")


class OfficeAccountForm(GermanForm):
    name = StringField("Name", validators=[DataRequired(REQUIRED), Length(max=200)])
    email = email_field()
    office_role = SelectField(
        "Rolle",
        choices={
            "reviewer": "Prüfer*in (Angebote prüfen, Träger verifizieren)",
            "admin": "Administrator*in (auch Nutzerkonten)",
        },
    )


class SecondFactorForm(GermanForm):
    code = StringField(
        "Code",
        description="Der sechsstellige Code aus Ihrer Authenticator-App oder einer Ihrer Wiederherstellungscodes.",
        validators=[DataRequired(REQUIRED), Length(max=20)],
    )
    next = HiddenField()


class EnrolSecondFactorForm(GermanForm):
    code = StringField(
        "Code aus der App",
        description="Sechs Ziffern, die Ihre App nach dem Einrichten anzeigt.",
        validators=[DataRequired(REQUIRED), Length(max=20)],
    )


class RenewRecoveryCodesForm(GermanForm):
    code = StringField(
        "Aktueller Code aus der App",
        description="Sechs Ziffern aus Ihrer Authenticator-App; ein Wiederherstellungscode gilt hier nicht.",
        validators=[DataRequired(REQUIRED), Length(max=20)],
    )


class ChangePasswordForm(GermanForm):
    current_password = PasswordField("Bisheriges Passwort", validators=[DataRequired(REQUIRED), Length(max=200)])
    password, confirm = new_password_fields()
