"""The demo catalogue and demo accounts for `make run` (never for production data)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue.accounts.mfa import enrol_with_secret
from catalogue.accounts.models import Membership
from catalogue.accounts.services import create_user, find_user_by_email
from catalogue.demo_activity import generate_activity
from catalogue.exchange.load import import_catalogue
from catalogue.offers.models import Offer
from catalogue.paths import ROOT
from catalogue.providers.models import Organisation

DEMO_FILE = ROOT / "data" / "demo-catalogue.jsonl"
DEMO_PASSWORD = "Demo-Passwort-2026"
# Fixed, published TOTP secrets of the demo office accounts: anyone can try the office side
# with an authenticator app or `oathtool --totp -b SECRET`. Development only, like the password.
DEMO_TOTP_SECRETS = {
    "admin@demo.example": "DEMOADMINDEMOADMINDEMOADMINDEMOA",
    "pruefung@demo.example": "DEMOPRUEFUNGDEMOPRUEFUNGDEMOPRUE",
}

# (e-mail, name, office role, [(organisation slug or index, role)])
DEMO_ACCOUNTS = [
    ("admin@demo.example", "Anna Admin (Koordinierungsstelle)", "admin", []),
    ("pruefung@demo.example", "Paul Prüfer (Koordinierungsstelle)", "reviewer", []),
    ("traeger-admin@demo.example", "Tina Träger (Admin)", None, [(0, "admin")]),
    ("redaktion@demo.example", "Rudi Redaktion (Redakteur)", None, [(0, "editor")]),
    ("zweiter-traeger@demo.example", "Zora Zweit (Admin)", None, [(1, "admin")]),
]


def catalogue_is_empty(session: Session) -> bool:
    return not session.scalar(select(func.count()).select_from(Offer))


def load_demo(session: Session, today: date, progress=None) -> tuple[int, int]:
    """Import the demo file with its dates moved to today, then create the demo accounts."""
    with DEMO_FILE.open(encoding="utf-8") as lines:
        counts = import_catalogue(session, lines, rebase_to=today, progress=progress)
    create_demo_accounts(session)
    generate_activity(session, today)
    return counts


def create_demo_accounts(session: Session) -> None:
    organisations = session.scalars(
        select(Organisation).where(Organisation.verified_on.is_not(None)).order_by(Organisation.id)
    ).all()
    for email, name, office_role, memberships in DEMO_ACCOUNTS:
        user = find_user_by_email(session, email)
        if user is None:
            user = create_user(session, email=email, name=name, password=DEMO_PASSWORD, office_role=office_role)
            for index, role in memberships:
                session.add(Membership(user_id=user.id, organisation_id=organisations[index].id, role=role))
        if email in DEMO_TOTP_SECRETS and not user.has_second_factor:
            enrol_with_secret(session, user_id=user.id, secret=DEMO_TOTP_SECRETS[email])
    session.flush()


def describe_accounts(session: Session) -> list[str]:
    lines = []
    for email, _name, office_role, memberships in DEMO_ACCOUNTS:
        role = {"admin": "Koordinierungsstelle, Admin", "reviewer": "Koordinierungsstelle, Prüfung"}.get(
            office_role or "", "Träger"
        )
        if memberships:
            user = find_user_by_email(session, email)
            orgs = session.scalars(
                select(Organisation.name)
                .join(Membership, Membership.organisation_id == Organisation.id)
                .where(Membership.user_id == user.id)
            )
            role = f"Träger ({memberships[0][1]}): " + ", ".join(orgs)
        secret = f"  TOTP-Schlüssel: {DEMO_TOTP_SECRETS[email]}" if email in DEMO_TOTP_SECRETS else ""
        lines.append(f"  {email:<32} {role}{secret}")
    return lines
