"""One jobs process per node, one PostgreSQL: every row is handled by exactly one of them.

Two sessions stand for the jobs processes of two nodes: the first holds its transaction
open while the second runs the same job, as when both wake up at the same moment.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalogue import create_app
from catalogue.audit import AuditAction, AuditEvent
from catalogue.clock import today
from catalogue.db import make_engine
from catalogue.jobs import run_jobs
from catalogue.mail import MailOutbox
from catalogue.offers.jobs import expire_offers, send_renewal_reminders
from catalogue.policy import Policy
from catalogue.review.jobs import send_review_digest
from tests.conftest import app_config, aux_url
from tests.factories import make_live_offer, make_organisation
from tests.integration.review import scenario as s

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def postgres_url(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("several jobs processes share a database only on PostgreSQL")
    return database_url


@pytest.fixture(scope="module")
def engine(postgres_url, tmp_path_factory):
    engine = make_engine(aux_url(postgres_url, "jobs_nodes", tmp_path_factory))
    yield engine
    engine.dispose()


def committed(engine, build):
    with Session(engine, expire_on_commit=False) as session:
        result = build(session)
        session.commit()
        return result


def count(engine, model, *where) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def side_by_side(engine, job):
    """Run `job` in two open transactions at once (the first still uncommitted), then commit both."""
    with Session(engine) as first, Session(engine) as second:
        results = job(first), job(second)
        first.commit()
        second.commit()
    return results


def test_expiry_on_two_nodes_at_once_expires_each_offer_once(engine):
    def build(session):
        organisation = make_organisation(session)
        return [make_live_offer(session, organisation, valid_until=TODAY - timedelta(days=1)).id for _ in range(3)]

    offer_ids = committed(engine, build)
    first, second = side_by_side(engine, lambda session: expire_offers(session, policy=Policy(today=TODAY)))
    assert len(first) == 3 and second == []
    assert (
        count(engine, AuditEvent, AuditEvent.action == AuditAction.OFFER_EXPIRED, AuditEvent.offer_id.in_(offer_ids))
        == 3
    )


def test_reminders_on_two_nodes_at_once_go_out_once_per_seal(engine):
    def build(session):
        organisation = make_organisation(session)
        for _ in range(2):
            make_live_offer(session, organisation, valid_until=TODAY + timedelta(weeks=3))
        return organisation.email

    address = committed(engine, build)
    first, second = side_by_side(engine, lambda session: send_renewal_reminders(session, policy=Policy(today=TODAY)))
    assert len(first) == 2 and second == []
    assert count(engine, MailOutbox, MailOutbox.to_addr == address) == 2


def test_review_digest_on_two_nodes_at_once_is_sent_once(engine):
    def build(session):
        user, organisation = s.provider(session)
        s.submitted(session, user, organisation)

    committed(engine, build)
    later = Policy(today=today() + timedelta(days=400))  # the submission waits too long by then
    first, second = side_by_side(engine, lambda session: send_review_digest(session, policy=later))
    assert len(first) == 1 and second == []
    assert count(engine, AuditEvent, AuditEvent.action == AuditAction.REVIEW_DIGEST_SENT) == 1


def test_two_jobs_runs_in_parallel_handle_every_row_once(postgres_url, tmp_path_factory):
    url = aux_url(postgres_url, "jobs_parallel", tmp_path_factory)
    apps = [create_app(app_config(url, tmp_path_factory.mktemp(f"node{n}"))) for n in range(2)]
    engine = apps[0].extensions["db_engine"]

    def build(session):
        organisation = make_organisation(session)
        for _ in range(20):
            make_live_offer(session, organisation, valid_until=today() - timedelta(days=1))
            make_live_offer(session, organisation, valid_until=today() + timedelta(weeks=2))
        user, provider = s.provider(session)
        s.submitted(session, user, provider)
        session.flush()
        return organisation.id

    organisation_id = committed(engine, build)
    start = threading.Barrier(2)
    results = []

    def node(app):
        start.wait()
        results.append(run_jobs(app))

    threads = [threading.Thread(target=node, args=(app,)) for app in apps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(results) == 2
    by_org = AuditEvent.organisation_id == organisation_id
    assert count(engine, AuditEvent, by_org, AuditEvent.action == AuditAction.OFFER_EXPIRED) == 20
    assert count(engine, AuditEvent, by_org, AuditEvent.action == AuditAction.RENEWAL_REMINDED) == 20
    assert sum(result["Siegel abgelaufen"] for result in results) == 20
    assert sum(result["Erneuerungserinnerungen"] for result in results) == 20
    # 40 job mails and the submission's notice: each sent by exactly one node
    assert sum(result["Mails versendet"] for result in results) == count(engine, MailOutbox) == 41
    for app in apps:
        app.extensions["db_engine"].dispose()
