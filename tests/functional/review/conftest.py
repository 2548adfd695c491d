"""Functional review tests: data is set up through the services."""

import pytest

from tests.integration.review import scenario as s


@pytest.fixture
def setup(db):
    """Run a scenario step for test data in the test's session."""

    def run(function, *args, **kwargs):
        return function(db, *args, **kwargs)

    return run


@pytest.fixture
def world(db, setup):
    user, organisation = s.provider(db, name="Petra Träger")
    return {"provider": user, "organisation": organisation, "reviewer": s.reviewer(db, "Rita Prüferin")}


@pytest.fixture
def config(app):
    saved = {}

    def set_(**values):
        for key, value in values.items():
            saved.setdefault(key, app.config[key])
            app.config[key] = value

    yield set_
    app.config.update(saved)
