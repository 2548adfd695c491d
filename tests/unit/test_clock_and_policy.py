"""The clock's month arithmetic, the policy built from the configuration, and mail bodies without Flask."""

from datetime import date

import pytest

from catalogue.clock import add_months
from catalogue.config import SETTINGS
from catalogue.mail import mail_body
from catalogue.policy import Policy, policy_from_config


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 22), 24, date(2028, 11, 22)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_last_day_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


def test_policy_defaults_are_the_configuration_defaults():
    defaults = {setting.name: setting.default for setting in SETTINGS}
    policy = policy_from_config(defaults, today=date(2026, 11, 22))
    assert policy == Policy(today=date(2026, 11, 22))
    assert (policy.seal_validity_months, policy.approvals_required) == (24, 1)


def test_policy_links_are_absolute_addresses_under_the_base_url():
    policy = Policy(base_url="https://katalog.example")
    assert policy.review_queue_link() == "https://katalog.example/koordination/pruefung"
    assert policy.provider_offer_link(7) == "https://katalog.example/traeger/angebote/7"


def test_mail_bodies_render_without_an_app_and_without_html_escaping():
    body = mail_body(
        "review_decision",
        number=2,
        title="Mut & <Mut>",
        result="freigegeben",
        message="",
        comments=[],
        can_reply=False,
        link="https://katalog.example/traeger/angebote/7",
    )
    assert body == (
        "Ihre Fassung 2 von „Mut & <Mut>“ wurde geprüft: freigegeben.\n\n"
        "Details: https://katalog.example/traeger/angebote/7\n"
    )
