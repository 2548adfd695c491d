"""Fixtures for the provider offer pages: an organisation with a logged-in editor."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.factories import add_member, make_organisation, make_user
from tests.helpers import log_in


@dataclass
class Provider:
    user: object
    organisation: object


@pytest.fixture
def provider(client, db) -> Provider:
    """An editor of a verified organisation, logged in through the login form."""
    organisation = make_organisation(db, name="Stadtteilverein Süd e. V.")
    user = make_user(db, name="Erika Editor")
    add_member(db, user, organisation)
    log_in(client, user)
    return Provider(user, organisation)
