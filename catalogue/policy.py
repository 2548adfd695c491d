"""The policy values services depend on, fixed once per request, job run or command.

Services take them as one frozen `Policy` keyword argument instead of reading the app's
config, so they run the same in a request, a job and a test. Views build it with
`current_policy()`, jobs and commands with `policy_from_config(app.config)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from flask import current_app

from catalogue.clock import today
from catalogue.config import SETTINGS

_DEFAULTS = {setting.name: setting.default for setting in SETTINGS}

# Paths of the pages that e-mails link to (the blueprints' addresses).
REVIEW_QUEUE_PATH = "/koordination/pruefung"
PROVIDER_OFFERS_PATH = "/traeger/angebote"


@dataclass(frozen=True)
class Policy:
    """Today's date and the configured rules; unset values are the configuration's defaults."""

    today: date = field(default_factory=today)  # the clock's today(), read when the policy is built
    seal_validity_months: int = _DEFAULTS["SEAL_VALIDITY_MONTHS"]
    renewal_notice_weeks: int = _DEFAULTS["RENEWAL_NOTICE_WEEKS"]
    review_overdue_days: int = _DEFAULTS["REVIEW_OVERDUE_DAYS"]
    approvals_required: int = _DEFAULTS["APPROVALS_REQUIRED"]
    office_name: str = _DEFAULTS["OFFICE_NAME"]
    office_email: str = _DEFAULTS["OFFICE_EMAIL"]
    base_url: str = _DEFAULTS["BASE_URL"]

    def review_queue_link(self) -> str:
        """The office's review queue, absolute, for e-mails."""
        return f"{self.base_url}{REVIEW_QUEUE_PATH}"

    def provider_offer_link(self, offer_id: int) -> str:
        """The provider's page of an offer, absolute, for e-mails."""
        return f"{self.base_url}{PROVIDER_OFFERS_PATH}/{offer_id}"


def policy_from_config(config: Mapping, *, today: date | None = None) -> Policy:
    """The policy of an app's configuration, for today (or the given day)."""
    values = dict(
        seal_validity_months=config["SEAL_VALIDITY_MONTHS"],
        renewal_notice_weeks=config["RENEWAL_NOTICE_WEEKS"],
        review_overdue_days=config["REVIEW_OVERDUE_DAYS"],
        approvals_required=config["APPROVALS_REQUIRED"],
        office_name=config["OFFICE_NAME"],
        office_email=config["OFFICE_EMAIL"],
        base_url=config["BASE_URL"],
    )
    return Policy(**values) if today is None else Policy(today=today, **values)


def current_policy() -> Policy:
    """The policy for the running request or command; views call it once per request."""
    return policy_from_config(current_app.config)
