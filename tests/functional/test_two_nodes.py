"""Two nodes, one PostgreSQL: what one node changes, the other finds in its own index at once.

Each node is a real gunicorn plus its jobs loop with its own index folder (tests/nodes.py);
the jobs loop's periodic sync runs only every 60 s, so finding a change within 2 s shows
that the node heard of it through LISTEN/NOTIFY.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy.orm import Session

from catalogue.offers.models import Offer
from tests.conftest import aux_url
from tests.functional.offers.helpers import BASE, token
from tests.functional.review.pages import checklist, review_of, start, submit_review
from tests.helpers import log_in
from tests.integration.review import scenario as s
from tests.nodes import HttpClient, shared_engine, start_node

TITLE = "Zirkuspädagogik mit Kompassrose"
WORD = "Kompassrose"
PROPAGATION_SECONDS = 2.0


@pytest.fixture(scope="module")
def shared_url(database_url, tmp_path_factory):
    if not database_url.startswith("postgresql"):
        pytest.skip("several nodes share one PostgreSQL; SQLite serves a single machine")
    return aux_url(database_url, "two_nodes", tmp_path_factory)


@pytest.fixture(scope="module")
def engine(shared_url):
    engine = shared_engine(shared_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def people(engine):
    """A provider with a submitted offer and a reviewer, committed before the nodes start."""
    with Session(engine, expire_on_commit=False) as session:
        provider, organisation = s.provider(session)
        reviewer = s.reviewer(session)
        revision = s.submitted(session, provider, organisation, title=TITLE)
        session.commit()
        for row in (provider, reviewer, revision):
            session.refresh(row)  # loaded now: the nodes' tests read them after the session closed
    return {"provider": provider, "reviewer": reviewer, "revision": revision}


@pytest.fixture(scope="module")
def nodes(shared_url, people, tmp_path_factory):
    started = []
    try:
        for name in ("a", "b"):
            started.append(start_node(name, shared_url, tmp_path_factory.mktemp(f"node-{name}"), workers=1))
        yield started
    finally:
        for node in started:
            node.stop()


def seen_in_time(node, since: float, expected) -> None:
    """Poll the node's API until `expected(ids)` holds, failing PROPAGATION_SECONDS after `since`."""
    while not expected(node.api_ids(WORD)):
        assert time.monotonic() - since < PROPAGATION_SECONDS, f"node {node.name}: not seen in time"
        time.sleep(0.05)


def test_offer_approved_on_one_node_and_withdrawn_on_the_other_follows_on_both(engine, people, nodes):
    a, b = nodes
    revision, offer_id = people["revision"], people["revision"].offer_id
    assert b.api_ids(WORD) == []

    office = HttpClient(a.base_url)
    log_in(office, people["reviewer"])
    assert start(office, revision.id).status_code == 302
    with Session(engine) as session:
        review = review_of(session, revision.id, people["reviewer"])
        assert submit_review(office, review.id, "approve", checklist(session, review)).status_code == 302
    approved = time.monotonic()
    # A syncs after its own commit (or its jobs loop, which heard the NOTIFY too, got there first)
    seen_in_time(a, approved, lambda ids: ids == [offer_id])
    seen_in_time(b, approved, lambda ids: ids == [offer_id])

    provider = HttpClient(b.base_url)
    log_in(provider, people["provider"])
    with Session(engine) as session:
        version = session.get(Offer, offer_id).version
    withdrawn = provider.post(
        f"{BASE}/{offer_id}/sichtbarkeit/zurueckziehen",
        data={"withdraw-csrf_token": token(provider), "withdraw-version": str(version), "withdraw-reason": "Endet"},
    )
    withdrawn_at = time.monotonic()
    assert withdrawn.status_code == 302, withdrawn.get_data(as_text=True)
    seen_in_time(b, withdrawn_at, lambda ids: ids == [])
    seen_in_time(a, withdrawn_at, lambda ids: ids == [])

    for node in nodes:
        check = node.flask("search", "check")
        assert check.returncode == 0, check.stdout + check.stderr
