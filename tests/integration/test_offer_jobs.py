"""Renewal reminders and expiry: idempotent, with a dry run that changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from catalogue.audit import AuditEvent
from catalogue.changefeed import SearchChange
from catalogue.mail import MailOutbox
from catalogue.offers.jobs import expire_offers, send_renewal_reminders
from catalogue.offers.models import Offer
from catalogue.policy import Policy
from tests.factories import make_live_offer, make_organisation

TODAY = date(2026, 11, 22)


def count(db, model, **where):
    query = select(func.count()).select_from(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return db.scalar(query)


def test_offer_whose_seal_passed_is_hidden_and_its_provider_told(db):
    offer = make_live_offer(db, make_organisation(db), valid_until=TODAY - timedelta(days=1))
    assert len(expire_offers(db, policy=Policy(today=TODAY))) == 1
    assert db.get(Offer, offer.id).listing == "expired"
    assert count(db, MailOutbox) == 1
    assert count(db, AuditEvent, action="offer.expire", offer_id=offer.id) == 1
    assert count(db, SearchChange, offer_id=offer.id) == 1


def test_seal_valid_today_does_not_expire(db):
    offer = make_live_offer(db, make_organisation(db), valid_until=TODAY)
    expire_offers(db, policy=Policy(today=TODAY))
    assert db.get(Offer, offer.id).listing == "live"


def test_paused_offer_expires_too(db):
    offer = make_live_offer(db, make_organisation(db), listing="paused", valid_until=TODAY - timedelta(days=3))
    expire_offers(db, policy=Policy(today=TODAY))
    assert db.get(Offer, offer.id).listing == "expired"


def test_expiry_run_twice_acts_once(db):
    make_live_offer(db, make_organisation(db), valid_until=TODAY - timedelta(days=1))
    expire_offers(db, policy=Policy(today=TODAY))
    assert expire_offers(db, policy=Policy(today=TODAY)) == []
    assert count(db, MailOutbox) == 1


def test_dry_run_lists_but_changes_nothing(db):
    offer = make_live_offer(db, make_organisation(db), title="Bald abgelaufen", valid_until=TODAY - timedelta(days=1))
    assert expire_offers(db, policy=Policy(today=TODAY), dry_run=True) == ["Bald abgelaufen"]
    assert db.get(Offer, offer.id).listing == "live"
    assert count(db, MailOutbox) == 0 and count(db, AuditEvent, offer_id=offer.id) == 0


def test_renewal_reminder_is_sent_once_per_seal(db):
    offer = make_live_offer(db, make_organisation(db), valid_until=TODAY + timedelta(weeks=4))
    assert len(send_renewal_reminders(db, policy=Policy(today=TODAY))) == 1
    assert send_renewal_reminders(db, policy=Policy(today=TODAY + timedelta(days=1))) == []
    assert db.get(Offer, offer.id).renewal_notice_for == TODAY + timedelta(weeks=4)
    assert count(db, MailOutbox) == 1


def test_no_reminder_before_the_notice_period(db):
    make_live_offer(db, make_organisation(db), valid_until=TODAY + timedelta(weeks=9))
    assert send_renewal_reminders(db, policy=Policy(today=TODAY)) == []


def test_reminder_dry_run_sends_nothing(db):
    make_live_offer(db, make_organisation(db), title="Erneuern", valid_until=TODAY + timedelta(weeks=2))
    assert send_renewal_reminders(db, policy=Policy(today=TODAY), dry_run=True) == ["Erneuern"]
    assert count(db, MailOutbox) == 0
