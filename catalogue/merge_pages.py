"""What the edit pages show after a merge: who saved meanwhile, the clashing fields side by side, the summary."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalogue.accounts.models import User
from catalogue.audit import AuditAction, AuditEvent
from catalogue.formatting import german_datetime
from catalogue.merge import CHOICE_PREFIX, MINE, THEIRS, Merge

EMPTY = "(leer)"


@dataclass(frozen=True)
class Clash:
    """One field both people changed: its label, both values as text, and the choice so far."""

    name: str
    label: str
    mine: str
    theirs: str
    choice: str

    @property
    def input_name(self) -> str:
        return CHOICE_PREFIX + self.name


class Saver(NamedTuple):
    """Who saved the row last, and when (German date and time)."""

    name: str
    at: str

    def __str__(self) -> str:
        return f"{self.name}, {self.at}"


def saved_by(session: Session, action: AuditAction, **where) -> Saver | None:
    """The newest save (audit event `action`) of a row, or None if none is recorded."""
    query = select(AuditEvent).where(AuditEvent.action == action.value)
    for column, value in where.items():
        query = query.where(getattr(AuditEvent, column) == value)
    event = session.scalars(query.order_by(AuditEvent.id.desc()).limit(1)).first()
    if event is None:
        return None
    person = session.get(User, event.actor_id) if event.actor_id else None
    return Saver(person.name if person else "unbekannt", german_datetime(event.created_at))


def saved_label(saver: Saver | None) -> str:
    return f"Gespeicherte Fassung von {saver}" if saver else "Gespeicherte Fassung"


def shown_value(field, value) -> str:
    """A value as the person reads it: labels for codes and choices, German decimals, Ja/Nein."""
    labels = {str(choice[0]): str(choice[1]) for choice in field.iter_choices()} if hasattr(field, "choices") else {}
    if isinstance(value, list):
        return ", ".join(labels.get(str(code), str(code)) for code in value) or EMPTY
    if isinstance(value, bool):
        return "Ja" if value else "Nein"
    if value is None or value == "":
        return EMPTY
    if isinstance(value, Decimal | float):
        return str(value).replace(".", ",")
    return labels.get(str(value), str(value))


def clashes(form, merge: Merge, mine: dict, theirs: dict, choices: dict[str, str]) -> list[Clash]:
    """The clashing fields, each with both values and the person's earlier choice (else their own)."""
    return [
        Clash(
            name,
            form[name].label.text,
            shown_value(form[name], mine[name]),
            shown_value(form[name], theirs[name]),
            choices.get(name) if choices.get(name) in (MINE, THEIRS) else MINE,
        )
        for name in merge.clashes
    ]


def merged_message(merge: Merge, labels: dict[str, str], saver: Saver | None) -> str:
    """The German note after a merge without clashes: which fields came from where."""
    when = f" ({saver})" if saver else ""
    parts = [f"Inzwischen war eine neuere Fassung gespeichert{when}. Ihre Änderungen wurden damit zusammengeführt."]
    if merge.theirs:
        who = f"von {saver.name}" if saver else "aus der gespeicherten Fassung"
        parts.append(f"Übernommen {who}: {_names(merge.theirs, labels)}.")
    if merge.mine:
        parts.append(f"Ihre Änderungen: {_names(merge.mine, labels)}.")
    return " ".join(parts)


def merge_summary(merge: Merge, labels: dict[str, str], saver: Saver | None) -> list[str]:
    """Lines for the merge page: what was merged already and what is left to choose."""
    when = f" ({saver})" if saver else ""
    lines = [
        f"Während Sie bearbeitet haben, wurde eine neuere Fassung gespeichert{when}. "
        "Felder, die nur eine Seite geändert hat, sind unten schon zusammengeführt."
    ]
    if merge.theirs:
        lines.append(f"Von der gespeicherten Fassung übernommen: {_names(merge.theirs, labels)}.")
    if merge.mine:
        lines.append(f"Ihre Änderungen bleiben: {_names(merge.mine, labels)}.")
    if merge.clashes:
        lines.append(
            f"Beide geändert – bitte wählen Sie: {_names(merge.clashes, labels)}. Erst beim Speichern gilt Ihre Wahl."
        )
    return lines


def _names(fields: tuple[str, ...], labels: dict[str, str]) -> str:
    return ", ".join(labels.get(name, name) for name in fields)
