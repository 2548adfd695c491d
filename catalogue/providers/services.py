"""Organisation services: self-registration and profile edits."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from catalogue.accounts.models import Membership, User
from catalogue.accounts.services import create_user, normalise_email
from catalogue.audit import AuditAction, record_event
from catalogue.changefeed import record_organisation_change
from catalogue.clock import utcnow
from catalogue.db import compare_and_set
from catalogue.errors import StaleEdit, ValidationFailed
from catalogue.mail import mail_body, queue_mail
from catalogue.permissions import require
from catalogue.policy import Policy
from catalogue.providers.access import get_organisation, require_manager
from catalogue.providers.models import Organisation
from catalogue.vocabularies.seed import ORG_TYPES
from catalogue.weburl import WEB_URL_MESSAGE, is_web_url

PROFILE_FIELDS = (
    "name",
    "legal_form",
    "org_type",
    "description",
    "email",
    "phone",
    "website",
    "street",
    "postcode",
    "city",
)
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
SLUG_BASE_LENGTH = 50  # leaves room for a numeric suffix within the column's 60


def website_error(url: str) -> str | None:
    """German message when a website is not a plain http(s) address (no javascript: links)."""
    return None if not url or is_web_url(url) else WEB_URL_MESSAGE


def slugify(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower().translate(_TRANSLITERATION))
    text = text.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:SLUG_BASE_LENGTH].strip("-")
    return slug or "traeger"


def unique_slug(session: Session, name: str) -> str:
    """A slug from the name; with -2, -3, … appended when it is taken."""
    base = slugify(name)
    taken = set(
        session.scalars(
            select(Organisation.slug).where(or_(Organisation.slug == base, Organisation.slug.like(f"{base}-%")))
        )
    )
    suffix = 1
    slug = base
    while slug in taken:
        suffix += 1
        slug = f"{base}-{suffix}"
    return slug


def clean_profile(values: dict) -> dict:
    """Stripped values, checked where a form alone cannot be trusted (services are the gate)."""
    values = {key: (value or "").strip() for key, value in values.items()}
    values["email"] = normalise_email(values["email"])
    if not values["name"]:
        raise ValidationFailed("Bitte geben Sie den Namen des Trägers an.", "name")
    if values["org_type"] not in ORG_TYPES:
        raise ValidationFailed("Bitte wählen Sie aus, welche Art von Träger Sie sind.", "org_type")
    if not values["email"]:
        raise ValidationFailed("Bitte geben Sie eine E-Mail-Adresse des Trägers an.", "email")
    if message := website_error(values["website"]):
        raise ValidationFailed(message, "website")
    return values


def register_organisation(
    session: Session,
    *,
    name: str,
    legal_form: str,
    org_type: str,
    email: str,
    phone: str,
    website: str,
    street: str,
    postcode: str,
    city: str,
    policy: Policy,
    review_url: str,
    actor: User | None = None,
    person_name: str = "",
    person_email: str = "",
    password: str = "",
) -> tuple[Organisation, User]:
    """A new, unverified organisation; tells the office.

    Its first admin is the logged-in person (`actor`) or a new account made from
    `person_name`, `person_email` and `password`.
    """
    values = clean_profile(
        dict(
            name=name,
            legal_form=legal_form,
            org_type=org_type,
            email=email,
            phone=phone,
            website=website,
            street=street,
            postcode=postcode,
            city=city,
        )
    )
    if actor is not None:
        user = actor
        require(user.is_active)
    else:
        user = _first_person(session, person_name, person_email, password)
    organisation = Organisation(slug=unique_slug(session, values["name"]), **values)
    session.add(organisation)
    session.flush()
    session.add(Membership(user_id=user.id, organisation_id=organisation.id, role="admin"))
    record_event(
        session,
        action=AuditAction.ORGANISATION_REGISTERED,
        actor_id=user.id,
        organisation_id=organisation.id,
        name=organisation.name,
    )
    record_event(
        session,
        action=AuditAction.MEMBERSHIP_ADDED,
        actor_id=user.id,
        organisation_id=organisation.id,
        user_id=user.id,
        role="admin",
    )
    queue_mail(
        session,
        to=policy.office_email,
        subject=f"Neuer Träger registriert: {organisation.name}",
        body=mail_body(
            "organisation_registered",
            person=user.name,
            email=user.email,
            organisation=organisation.name,
            link=review_url,
        ),
    )
    session.flush()
    return organisation, user


def _first_person(session: Session, name: str, email: str, password: str) -> User:
    try:
        return create_user(session, email=email, name=name, password=password)
    except ValidationFailed as exc:
        field = {"email": "person_email", "name": "person_name"}.get(exc.field, exc.field)
        raise ValidationFailed(exc.message, field) from exc


def update_organisation(
    session: Session,
    *,
    actor: User,
    organisation_id: int,
    version: int,
    name: str,
    legal_form: str,
    org_type: str,
    description: str,
    email: str,
    phone: str,
    website: str,
    street: str,
    postcode: str,
    city: str,
) -> bool:
    """Save the profile if nobody saved it since `version` was read; False when nothing changed."""
    require_manager(session, actor, organisation_id)
    organisation = get_organisation(session, organisation_id)
    values = clean_profile(
        dict(
            name=name,
            legal_form=legal_form,
            org_type=org_type,
            description=description,
            email=email,
            phone=phone,
            website=website,
            street=street,
            postcode=postcode,
            city=city,
        )
    )
    if organisation.version != version:
        raise StaleEdit()
    changed = sorted(key for key in PROFILE_FIELDS if getattr(organisation, key) != values[key])
    if not changed:
        return False
    compare_and_set(session, Organisation, organisation_id, version, **values, updated_at=utcnow())
    record_event(
        session,
        action=AuditAction.ORGANISATION_UPDATED,
        actor_id=actor.id,
        organisation_id=organisation_id,
        fields=changed,
    )
    record_organisation_change(session, organisation_id=organisation_id)
    session.flush()
    return True
