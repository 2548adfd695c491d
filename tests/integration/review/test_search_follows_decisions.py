"""What the office decides reaches the search index right after the commit."""

from __future__ import annotations

from catalogue.offers import services as offers
from catalogue.offers.models import Offer
from catalogue.policy import Policy
from catalogue.search.indexing import open_index, refresh_index, sync_after_commit
from search_index import search
from tests.integration.review import scenario


def commit_and_sync(app, db):
    db.commit()
    sync_after_commit(app, db)


def found(app, text):
    return set(search(open_index(app), text).ids)


def test_approved_offer_is_searchable_after_the_commit(app, db):
    refresh_index(db, open_index(app))  # the live index exists, as after `make run`
    user, organisation = scenario.provider(db)
    revision = scenario.submitted(db, user, organisation, title="Mut tut gut – Anti-Mobbing-Training")
    scenario.approve(db, scenario.reviewer(db), revision.id)
    commit_and_sync(app, db)
    assert found(app, "mobbing training") == {revision.offer_id}


def test_submitted_but_undecided_offer_is_not_searchable(app, db):
    refresh_index(db, open_index(app))
    user, organisation = scenario.provider(db)
    scenario.submitted(db, user, organisation, title="Nur eingereicht")
    commit_and_sync(app, db)
    assert found(app, "eingereicht") == set()


def test_withdrawn_offer_leaves_the_index_after_the_commit(app, db):
    refresh_index(db, open_index(app))
    user, organisation = scenario.provider(db)
    revision = scenario.submitted(db, user, organisation, title="Zivilcourage im Bus")
    scenario.approve(db, scenario.reviewer(db), revision.id)
    commit_and_sync(app, db)
    offers.change_listing(
        db,
        actor=user,
        offer_id=revision.offer_id,
        action="withdraw",
        reason="Projekt endet",
        expected_version=db.get(Offer, revision.offer_id).version,
        policy=Policy(),
    )
    commit_and_sync(app, db)
    assert found(app, "zivilcourage") == set()
