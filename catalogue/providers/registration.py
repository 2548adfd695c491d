"""Self-registration without an account, in two steps that do not reveal existing accounts.

Step one answers the same for every address: a new address gets a confirmation link, an
address that already has an account gets a notice instead (ASVS 5.0 V6.3: no account
enumeration). Nothing is stored until the link is opened: the link carries the entered
organisation and person, signed with the app's secret and valid for a limited time.
Step two asks for the password, then creates the account and the organisation.
"""

from __future__ import annotations

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from catalogue.accounts.services import find_user_by_email, normalise_email
from catalogue.accounts.tokens import TokenExpired, TokenInvalid
from catalogue.errors import ValidationFailed
from catalogue.mail import mail_body, queue_mail
from catalogue.policy import Policy
from catalogue.providers.services import clean_profile, register_organisation

_SALT = "organisation-registration"


def _serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=_SALT)


def start_registration(
    session: Session,
    *,
    organisation: dict,
    person_name: str,
    person_email: str,
    link_base: str,
    login_url: str,
    reset_url: str,
    secret: str,
    valid_hours: int,
) -> None:
    """Mail a confirmation link to a new address, a notice to a known one; the caller answers the same."""
    values = clean_profile(organisation)
    person_name = person_name.strip()
    person_email = normalise_email(person_email)
    if not person_name:
        raise ValidationFailed("Bitte geben Sie Ihren Namen an.", "person_name")
    token = _serializer(secret).dumps({"organisation": values, "name": person_name, "email": person_email})
    confirm_body = mail_body(
        "registration_confirm",
        name=person_name,
        organisation=values["name"],
        link=link_base + token,
        valid_hours=valid_hours,
    )
    notice_body = mail_body(
        "registration_existing", organisation=values["name"], login_url=login_url, reset_url=reset_url
    )
    if find_user_by_email(session, person_email) is None:
        subject, body = "Bitte bestätigen Sie Ihre Registrierung – Präventionskatalog", confirm_body
    else:
        subject, body = "Registrierung mit Ihrer E-Mail-Adresse – Präventionskatalog", notice_body
    queue_mail(session, to=person_email, subject=subject, body=body)
    session.flush()


def read_registration(token: str, *, secret: str, valid_hours: int) -> dict:
    """The registration behind a confirmation link; raises TokenInvalid or TokenExpired."""
    try:
        return _serializer(secret).loads(token, max_age=valid_hours * 3600)
    except SignatureExpired as exc:
        raise TokenExpired("Dieser Link ist abgelaufen. Bitte registrieren Sie den Träger erneut.") from exc
    except BadSignature as exc:
        raise TokenInvalid() from exc


def complete_registration(
    session: Session, *, token: str, password: str, secret: str, valid_hours: int, policy: Policy, review_url: str
):
    """Create the confirmed person's account and the organisation; returns (organisation, user)."""
    pending = read_registration(token, secret=secret, valid_hours=valid_hours)
    if find_user_by_email(session, pending["email"]) is not None:
        # Only the owner of the mailbox has this link, so saying so reveals nothing new.
        raise ValidationFailed(
            "Für diese E-Mail-Adresse gibt es inzwischen ein Konto. Bitte melden Sie sich an "
            "und registrieren Sie den Träger dann mit Ihrem Konto.",
            "password",
        )
    return register_organisation(
        session,
        **pending["organisation"],
        person_name=pending["name"],
        person_email=pending["email"],
        password=password,
        policy=policy,
        review_url=review_url,
    )
