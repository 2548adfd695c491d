"""Account forms (German labels and messages)."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from catalogue.accounts.passwords import MIN_LENGTH

REQUIRED = "Bitte füllen Sie dieses Feld aus."
EMAIL = "Bitte geben Sie eine gültige E-Mail-Adresse an."


def email_field(label: str = "E-Mail-Adresse") -> EmailField:
    return EmailField(label, validators=[DataRequired(REQUIRED), Length(max=254),
                                         Email(EMAIL, check_deliverability=False)])


def new_password_fields():
    password = PasswordField("Neues Passwort", validators=[
        DataRequired(REQUIRED),
        Length(min=MIN_LENGTH, max=200, message=f"Das Passwort muss mindestens {MIN_LENGTH} Zeichen lang sein.")])
    confirm = PasswordField("Passwort wiederholen", validators=[
        DataRequired(REQUIRED), EqualTo("password", "Die Passwörter stimmen nicht überein.")])
    return password, confirm


class LoginForm(FlaskForm):
    email = email_field()
    password = PasswordField("Passwort", validators=[DataRequired(REQUIRED), Length(max=200)])
    next = HiddenField()


class ResetRequestForm(FlaskForm):
    email = email_field()


class ResetPasswordForm(FlaskForm):
    password, confirm = new_password_fields()


class InvitationForm(FlaskForm):
    email = email_field("E-Mail-Adresse der neuen Person")
    role = SelectField("Rolle", choices=[("editor", "Redakteur*in (Angebote bearbeiten)"),
                                         ("admin", "Administrator*in (auch Profil und Mitglieder)")])


class AcceptInvitationForm(FlaskForm):
    name = StringField("Ihr Name", validators=[DataRequired(REQUIRED), Length(max=200)])
    password, confirm = new_password_fields()
