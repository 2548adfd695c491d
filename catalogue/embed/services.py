"""Office services for embeddable lists: create, change, delete (office admins), each audited.

The fixed filter arrives as the search page's URL parameters and is checked by the same
strict parser as the JSON API, then stored in canonical form; origins are checked by
`origins.parse_origins`. Services never commit; the view commits once.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session
from werkzeug.datastructures import MultiDict

from catalogue.accounts.models import User
from catalogue.audit import AuditAction, record_event
from catalogue.clock import utcnow
from catalogue.embed.models import Embed, EmbedOrigin
from catalogue.embed.origins import OriginError, parse_origins
from catalogue.embed.queries import get_embed, origins_of
from catalogue.errors import ValidationFailed
from catalogue.permissions import is_office_admin, require
from catalogue.providers.services import slugify
from catalogue.search.params import CODE_PARAMS, MAX_PER_PAGE, SORTS, ParamError, SearchParams, parse_args
from catalogue.search.queries import vocabulary_options

EMBEDS_ADMIN_ONLY = (
    "Listen zum Einbetten anlegen, ändern und löschen dürfen nur Administrator*innen der Koordinierungsstelle."
)
FILTER_PARAMETERS = frozenset(
    {*(p.name for p in CODE_PARAMS), "q", "klasse", "klasse_bis", "alter", "kostenfrei", "max_kosten"}
)
MAX_NAME = 100
MAX_FILTER = 2000  # the column's length


def create_embed(
    session: Session, *, actor: User, name: str, filter_query: str, sort: str, max_items: int | None, origins: str
) -> Embed:
    require(is_office_admin(actor), EMBEDS_ADMIN_ONLY)
    values = _clean(session, name=name, filter_query=filter_query, sort=sort, max_items=max_items, origins=origins)
    embed = Embed(slug=_unique_slug(session, values["name"]), **_columns(values))
    session.add(embed)
    session.flush()
    _replace_origins(session, embed.id, values["origins"])
    record_event(
        session, action=AuditAction.EMBED_CREATED, actor_id=actor.id, embed_id=embed.id, slug=embed.slug, **values
    )
    session.flush()
    return embed


def update_embed(
    session: Session,
    *,
    actor: User,
    embed_id: int,
    name: str,
    filter_query: str,
    sort: str,
    max_items: int | None,
    origins: str,
) -> Embed:
    """Change everything but the address (slug): pasted snippets keep working."""
    require(is_office_admin(actor), EMBEDS_ADMIN_ONLY)
    embed = get_embed(session, embed_id)
    values = _clean(session, name=name, filter_query=filter_query, sort=sort, max_items=max_items, origins=origins)
    before = {**_columns_of(embed), "origins": origins_of(session, embed_id)}
    for column, value in _columns(values).items():
        setattr(embed, column, value)
    embed.updated_at = utcnow()
    _replace_origins(session, embed_id, values["origins"])
    record_event(
        session, action=AuditAction.EMBED_UPDATED, actor_id=actor.id, embed_id=embed_id, before=before, **values
    )
    session.flush()
    return embed


def delete_embed(session: Session, *, actor: User, embed_id: int) -> str:
    """The list disappears at once (404); its address is never given to another list."""
    require(is_office_admin(actor), EMBEDS_ADMIN_ONLY)
    embed = get_embed(session, embed_id)
    embed.deleted_at = embed.updated_at = utcnow()
    session.execute(delete(EmbedOrigin).where(EmbedOrigin.embed_id == embed_id))
    record_event(session, action=AuditAction.EMBED_DELETED, actor_id=actor.id, embed_id=embed_id, name=embed.name)
    session.flush()
    return embed.name


def clean_filter(session: Session, filter_query: str) -> str:
    """The filter in canonical form; ValidationFailed names the parameter (= form field) at fault."""
    pairs = [(key, value) for key, value in parse_qsl(filter_query or "", keep_blank_values=True)]
    args = MultiDict([(key, value) for key, value in pairs if key in FILTER_PARAMETERS])
    try:
        params, _ = parse_args(args, strict=True)
    except ParamError as exc:
        raise ValidationFailed(exc.message, exc.parameter) from None
    known = {vocabulary: {o.code for o in items} for vocabulary, items in vocabulary_options(session).items()}
    for param, code in params.unknown_codes(known):
        raise ValidationFailed(f"Den Wert „{code[:60]}“ gibt es für {param.label} nicht.", param.name)
    _check_grades(params)
    canonical = urlencode(params.query_args(), doseq=True)
    if len(canonical) > MAX_FILTER:
        raise ValidationFailed(
            f"Die Auswahl ist zu umfangreich (höchstens {MAX_FILTER} Zeichen als Suchadresse); "
            "bitte kürzen Sie den Suchbegriff oder wählen Sie weniger Werte.",
            "q",
        )
    return canonical


def _check_grades(params: SearchParams) -> None:
    if params.grade_to is not None and params.grade is None:
        raise ValidationFailed("Bitte wählen Sie auch, ab welcher Klassenstufe.", "klasse")
    if params.grade is not None and params.grade_to is not None and params.grade_to < params.grade:
        raise ValidationFailed("„Klassenstufe bis“ darf nicht vor „Klassenstufe von“ liegen.", "klasse_bis")


def _clean(session: Session, *, name: str, filter_query: str, sort: str, max_items: int | None, origins: str) -> dict:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationFailed("Bitte geben Sie der Liste einen Namen.", "name")
    if len(name) > MAX_NAME:
        raise ValidationFailed(f"Der Name darf höchstens {MAX_NAME} Zeichen lang sein.", "name")
    if sort not in SORTS:
        raise ValidationFailed("Bitte wählen Sie eine der angebotenen Reihenfolgen.", "sort")
    if max_items is not None and not 1 <= max_items <= MAX_PER_PAGE:
        raise ValidationFailed(
            f"Bitte eine Zahl von 1 bis {MAX_PER_PAGE} angeben oder das Feld leer lassen.", "max_items"
        )
    try:
        allowed = parse_origins(origins)
    except OriginError as exc:
        raise ValidationFailed(str(exc), "origins") from None
    return {
        "name": name,
        "filter_query": clean_filter(session, filter_query),
        "sort": sort,
        "max_items": max_items,
        "origins": allowed,
    }


def _columns(values: dict) -> dict:
    return {key: values[key] for key in ("name", "filter_query", "sort", "max_items")}


def _columns_of(embed: Embed) -> dict:
    return {key: getattr(embed, key) for key in ("name", "filter_query", "sort", "max_items")}


def _replace_origins(session: Session, embed_id: int, origins: list[str]) -> None:
    session.execute(delete(EmbedOrigin).where(EmbedOrigin.embed_id == embed_id))
    session.add_all(EmbedOrigin(embed_id=embed_id, origin=origin) for origin in origins)


def _unique_slug(session: Session, name: str) -> str:
    """From the name; never only digits (those address ids), never one a deleted list had."""
    # Dashes first: "Klassen 5–8" must not become "klassen-58".
    base = slugify(re.sub(r"[\u2010-\u2015]", "-", name)) if any(ch.isalnum() for ch in name) else "liste"
    base = f"liste-{base}" if re.fullmatch(r"[0-9-]+", base) else base
    taken = set(session.scalars(select(Embed.slug).where(or_(Embed.slug == base, Embed.slug.like(f"{base}-%")))))
    slug, suffix = base, 1
    while slug in taken:
        suffix += 1
        slug = f"{base}-{suffix}"
    return slug
