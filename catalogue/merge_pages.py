"""What the edit pages show after a merge: who saved meanwhile, the clashing fields side by side, the summary."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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


def saved_by(session: Session, action: AuditAction, **where) -> str:
    """ "Name, Datum, Uhrzeit" of the newest save (audit event) of a row, or '' if none is recorded."""
    query = select(AuditEvent).where(AuditEvent.action == action.value)
    for column, value in where.items():
        query = query.where(getattr(AuditEvent, column) == value)
    event = session.scalars(query.order_by(AuditEvent.id.desc()).limit(1)).first()
    if event is None:
        return ""
    person = session.get(User, event.actor_id) if event.actor_id else None
    return f"{person.name if person else 'unbekannt'}, {german_datetime(event.created_at)}"


def saved_label(author: str) -> str:
    return f"Gespeicherte Fassung von {author}" if author else "Gespeicherte Fassung"


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
    """The clashing fields in form order, each with both values and the person's earlier choice (else theirs)."""
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


def merged_message(merge: Merge, labels: dict[str, str], author: str) -> str:
    """The German note after a merge without clashes: whose fields were kept."""
    who = f"von {author.split(',')[0]}" if author else "von jemand anderem"
    parts = [
        f"Inzwischen hatte jemand anderes gespeichert ({author or 'unbekannt'}). Ihre Änderungen wurden zusammengeführt."
    ]
    if merge.theirs:
        parts.append(f"Übernommen {who}: {', '.join(labels.get(name, name) for name in merge.theirs)}.")
    if merge.mine:
        parts.append(f"Ihre Änderungen: {', '.join(labels.get(name, name) for name in merge.mine)}.")
    return " ".join(parts)


def merge_summary(merge: Merge, labels: dict[str, str], author: str) -> list[str]:
    """Lines for the choice page: what was merged already and what is left to choose."""
    lines = [
        f"Während Sie bearbeitet haben, wurde gespeichert ({author or 'unbekannt'}). "
        "Felder, die nur eine Seite geändert hat, sind unten schon zusammengeführt."
    ]
    if merge.theirs:
        lines.append(f"Von der gespeicherten Fassung übernommen: {', '.join(labels.get(n, n) for n in merge.theirs)}.")
    if merge.mine:
        lines.append(f"Ihre Änderungen bleiben: {', '.join(labels.get(n, n) for n in merge.mine)}.")
    if merge.clashes:
        lines.append(
            f"Beide geändert – bitte wählen Sie: {', '.join(labels.get(n, n) for n in merge.clashes)}. "
            "Erst beim Speichern gilt Ihre Wahl."
        )
    return lines
