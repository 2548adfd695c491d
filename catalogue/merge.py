"""Three-way merge of an edit that met a newer save, and the signed base values an edit form carries.

An edit form carries the values the person started from (the "base", signed so it cannot be
forged). When the optimistic lock finds a newer save, the person's values ("mine") and the saved
ones ("theirs") are compared field by field against that base: a field only one side changed takes
that side's value, a field both changed to different values is a clash the person decides.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeSerializer

MINE, THEIRS = "mine", "theirs"
CHOICE_PREFIX = "wahl-"  # form field "wahl-<field>" holds the person's choice for a clash
_SALT = "edit-base"


@dataclass(frozen=True)
class Merge:
    values: dict  # the merged values; a clashing field holds the person's own value until chosen
    theirs: tuple[str, ...]  # fields only the other person changed: their value is kept
    mine: tuple[str, ...]  # fields only this person changed: this value is kept
    clashes: tuple[str, ...]  # fields both changed to different values


def _identity(values: Mapping) -> Mapping:
    return values


def merge_three_way(
    base: Mapping | None,
    mine: Mapping,
    theirs: Mapping,
    *,
    comparable: Callable[[Mapping], Mapping] = _identity,
) -> Merge:
    """Merge the fields of `mine` with `theirs`; `comparable` makes values comparable (order, spaces).

    Without a base (an old form) every field the two sides disagree on is a clash: nothing is
    decided for the person.
    """
    seen_mine, seen_theirs = comparable(mine), comparable(theirs)
    seen_base = comparable(base) if base is not None else {}
    values, only_theirs, only_mine, clashes = {}, [], [], []
    for name in mine:
        if seen_mine[name] == seen_theirs[name]:
            values[name] = theirs[name]
        elif name in seen_base and seen_mine[name] == seen_base[name]:
            values[name] = theirs[name]
            only_theirs.append(name)
        elif name in seen_base and seen_theirs[name] == seen_base[name]:
            values[name] = mine[name]
            only_mine.append(name)
        else:
            values[name] = mine[name]
            clashes.append(name)
    return Merge(values, tuple(only_theirs), tuple(only_mine), tuple(clashes))


def read_choices(form: Mapping[str, str]) -> dict[str, str]:
    """The person's choices per clashing field from the posted form (`wahl-<field>` = mine | theirs)."""
    return {
        name.removeprefix(CHOICE_PREFIX): value
        for name, value in form.items()
        if name.startswith(CHOICE_PREFIX) and value in (MINE, THEIRS)
    }


def apply_choices(mine: Mapping, source: Mapping, choices: Mapping[str, str]) -> dict:
    """The person's values, with each field chosen as "theirs" taken from `source` (the saved values)."""
    return {**mine, **{name: source[name] for name, choice in choices.items() if choice == THEIRS and name in source}}


def sign_base(secret: str, *, scope: str, version: int, values: Mapping) -> str:
    """A tamper-proof token of the values an edit form starts from (`scope` names the edited row)."""
    payload = {"scope": scope, "version": version, "values": dict(values)}
    return URLSafeSerializer(secret, salt=_SALT, serializer_kwargs={"default": str}).dumps(payload)


def read_base(secret: str, token: str | None, *, scope: str, version: int) -> dict | None:
    """The base values of `token` if it is genuine and belongs to this row and version, else None."""
    if not token:
        return None
    try:
        payload = URLSafeSerializer(secret, salt=_SALT).loads(token)
    except BadSignature:
        return None
    if payload.get("scope") != scope or payload.get("version") != version:
        return None
    return payload["values"]
