"""Service tests run inside a request context: the services read current_app.config."""
import pytest


@pytest.fixture(autouse=True)
def request_context(app, db):
    with app.test_request_context():
        yield


@pytest.fixture
def config(app):
    """Set app.config values for one test; the old values come back afterwards."""
    saved = {}

    def set_(**values):
        for key, value in values.items():
            saved.setdefault(key, app.config[key])
            app.config[key] = value

    yield set_
    app.config.update(saved)
