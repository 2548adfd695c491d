"""Read side of the embeds: look-ups, the fixed filter as search parameters, its German description."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qsl

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.datastructures import MultiDict

from catalogue.embed.models import Embed, EmbedOrigin
from catalogue.errors import NotFound
from catalogue.search.params import MAX_PER_PAGE, SORTS, SearchParams, parse_args
from catalogue.search.searching import filter_label

GONE = "Diese Liste gibt es nicht (mehr)."


def all_embeds(session: Session) -> list[Embed]:
    return list(session.scalars(select(Embed).where(Embed.deleted_at.is_(None)).order_by(Embed.name, Embed.id)))


def get_embed(session: Session, embed_id: int) -> Embed:
    """An embed that has not been deleted, or NotFound."""
    embed = session.get(Embed, embed_id)
    if embed is None or embed.deleted_at is not None:
        raise NotFound(GONE)
    return embed


def find_embed(session: Session, key: str) -> Embed | None:
    """The embed of a public address: `/einbetten/<slug>` or `/einbetten/<id>`; None if unknown or deleted."""
    if key.isdigit() and len(key) <= 9:
        condition = Embed.id == int(key)
    else:
        condition = Embed.slug == key
    return session.scalar(select(Embed).where(condition, Embed.deleted_at.is_(None)))


def origins_of(session: Session, embed_id: int) -> list[str]:
    return list(
        session.scalars(select(EmbedOrigin.origin).where(EmbedOrigin.embed_id == embed_id).order_by(EmbedOrigin.id))
    )


def filter_params(filter_query: str) -> SearchParams:
    """The stored filter (search page URL parameters) read as the search page reads them."""
    params, _notices = parse_args(MultiDict(parse_qsl(filter_query, keep_blank_values=True)))
    return params


def list_params(embed: Embed) -> SearchParams:
    """What the embed shows: its filter, its order, at most `max_items` (or one full API page)."""
    return replace(
        filter_params(embed.filter_query), sort=SORTS[embed.sort], per_page=embed.max_items or MAX_PER_PAGE, page=1
    )


def describe_filter(params: SearchParams, options) -> list[str]:
    """German lines such as "Handlungsfeld: Suchtprävention" and "Klassenstufe 5–8"."""
    keys = params.active_filter_keys() + (["text"] if params.text else [])
    return [filter_label(key, params, options) for key in keys]
