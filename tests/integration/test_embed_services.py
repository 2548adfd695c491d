"""Embed services called directly: they check permission and every value themselves, not only the form."""

from __future__ import annotations

import pytest

from catalogue.embed import services
from catalogue.errors import NotFound, PermissionDenied, ValidationFailed
from tests.factories import make_user

VALUES = {
    "name": "Suchtprävention",
    "filter_query": "handlungsfeld=sucht",
    "sort": "titel",
    "max_items": None,
    "origins": "https://stadt.example",
}


@pytest.fixture
def admin(db):
    return make_user(db, office_role="admin")


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"name": "x" * 101}, "name"),
        ({"name": "   "}, "name"),
        ({"sort": "zufall"}, "sort"),
        ({"max_items": 101}, "max_items"),
        ({"max_items": 0}, "max_items"),
        ({"origins": "https://stadt.example/pfad"}, "origins"),
        ({"filter_query": "handlungsfeld=sucht&klasse=14"}, "klasse"),
        ({"filter_query": "thema=gibt-es-nicht"}, "thema"),
    ],
)
def test_the_service_refuses_unusable_values_naming_the_field(db, admin, changes, field):
    with pytest.raises(ValidationFailed) as raised:
        services.create_embed(db, actor=admin, **{**VALUES, **changes})
    assert raised.value.field == field


def test_parameters_that_are_no_filter_are_dropped(db, admin):
    embed = services.create_embed(
        db, actor=admin, **{**VALUES, "filter_query": "handlungsfeld=sucht&seite=3&pro_seite=5&sortierung=neueste&x=1"}
    )
    assert embed.filter_query == "handlungsfeld=sucht"


@pytest.mark.parametrize("office_role", ["reviewer", None])
def test_only_office_admins_may_create_change_or_delete(db, admin, office_role):
    embed = services.create_embed(db, actor=admin, **VALUES)
    other = make_user(db, office_role=office_role)
    with pytest.raises(PermissionDenied):
        services.create_embed(db, actor=other, **VALUES)
    with pytest.raises(PermissionDenied):
        services.update_embed(db, actor=other, embed_id=embed.id, **VALUES)
    with pytest.raises(PermissionDenied):
        services.delete_embed(db, actor=other, embed_id=embed.id)


def test_a_deleted_embed_can_be_neither_changed_nor_deleted_again(db, admin):
    embed = services.create_embed(db, actor=admin, **VALUES)
    services.delete_embed(db, actor=admin, embed_id=embed.id)
    with pytest.raises(NotFound):
        services.update_embed(db, actor=admin, embed_id=embed.id, **VALUES)
    with pytest.raises(NotFound):
        services.delete_embed(db, actor=admin, embed_id=embed.id)
