"""The append-only audit log: who did what, when, to which offer revision.

`AuditAction` names every action once. Its values are the strings stored in
`audit_event.action`; the table refuses UPDATE (database triggers), so the stored
spellings stay as they were first written — mixed tense included — and the member
names are what the code reads. `AUDIT_TEXTS` is the one German table for showing them.
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import Column, Index, Text
from sqlalchemy.orm import Session
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"
    # Review history per revision, in order (the quality report's days from submit to decision).
    __table_args__ = (Index("ix_audit_event_revision_created", "revision_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    actor_id: int | None = Field(default=None, index=True)  # no FK: events outlive accounts
    action: str = Field(max_length=60, index=True)
    organisation_id: int | None = Field(default=None, index=True)
    offer_id: int | None = Field(default=None, index=True)
    revision_id: int | None = None
    details: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))


class AuditAction(StrEnum):
    """Every audited action; the value is the stored spelling and must never change."""

    USER_CREATED = "user.created"
    USER_LOGGED_IN = "user.login"
    USER_LOGGED_OUT = "user.logout"
    PASSWORD_CHANGED = "user.password_changed"
    LOGIN_FAILED = "user.login_failed"
    LOGIN_THROTTLED = "user.login_throttled"
    MFA_ENROLLED = "user.mfa_enrolled"
    MFA_FAILED = "user.mfa_failed"
    MFA_RECOVERY_CODE_USED = "user.mfa_recovery_code_used"
    MFA_RESET = "user.mfa_reset"
    MFA_RECOVERY_CODES_RENEWED = "user.mfa_recovery_codes_renewed"
    SESSION_REVOKED = "user.session_revoked"
    USER_DEACTIVATED = "user.deactivated"
    USER_REACTIVATED = "user.reactivated"
    SESSIONS_ENDED = "user.sessions_ended"
    PASSWORD_RESET_REQUESTED = "user.password_reset_requested"
    PASSWORD_RESET = "user.password_reset"
    INVITATION_CREATED = "invitation.created"
    INVITATION_WITHDRAWN = "invitation.withdrawn"
    MEMBERSHIP_ADDED = "membership.added"
    MEMBERSHIP_REMOVED = "membership.removed"
    ORGANISATION_REGISTERED = "organisation.registered"
    ORGANISATION_UPDATED = "organisation.updated"
    ORGANISATION_VERIFIED = "organisation.verified"
    CATALOGUE_IMPORTED = "catalogue.imported"
    OFFER_CREATED = "offer.created"
    OFFER_IMPORTED = "offer.imported"
    REVISION_SAVED = "revision.saved"
    REVISION_STARTED = "revision.started"
    RENEWAL_STARTED = "revision.renewal_started"
    REVISION_SUBMITTED = "revision.submit"
    SUBMISSION_WITHDRAWN = "revision.withdraw"
    REVISION_DISCARDED = "revision.discard"
    REVIEW_STARTED = "review.started"
    REVIEW_REASSIGNED = "review.reassigned"
    REVIEW_DIGEST_SENT = "review.digest_sent"
    REVIEW_APPROVED = "review.approve"
    CHANGES_REQUESTED = "review.request_changes"
    REVIEW_REJECTED = "review.reject"
    OFFER_PUBLISHED = "offer.published"
    OFFER_PAUSED = "offer.pause"
    OFFER_RESUMED = "offer.resume"
    OFFER_WITHDRAWN = "offer.withdraw"
    OFFER_EXPIRED = "offer.expire"
    RENEWAL_REMINDED = "offer.renewal_reminded"
    SYNONYM_CREATED = "synonym.created"
    SYNONYM_UPDATED = "synonym.updated"
    SYNONYM_DELETED = "synonym.deleted"
    SYNONYM_DEFAULTS_ADDED = "synonym.defaults_added"
    FEEDBACK_MODERATED = "feedback.moderated"
    FEEDBACK_ANSWERED = "feedback.answered"
    FEEDBACK_ANSWER_MODERATED = "feedback.answer_moderated"
    EMBED_CREATED = "embed.created"
    EMBED_UPDATED = "embed.updated"
    EMBED_DELETED = "embed.deleted"
    PARTNER_REGISTERED = "partner.registered"
    PARTNER_UPDATED = "partner.updated"
    PARTNER_DEACTIVATED = "partner.deactivated"
    PARTNER_REACTIVATED = "partner.reactivated"


# Workflow verbs (offers/workflow.py, review decisions) → the action they are logged as.
REVISION_STEP_ACTIONS = {
    "submit": AuditAction.REVISION_SUBMITTED,
    "withdraw": AuditAction.SUBMISSION_WITHDRAWN,
    "discard": AuditAction.REVISION_DISCARDED,
}
LISTING_ACTIONS = {
    "pause": AuditAction.OFFER_PAUSED,
    "resume": AuditAction.OFFER_RESUMED,
    "withdraw": AuditAction.OFFER_WITHDRAWN,
}
DECISION_ACTIONS = {
    "approve": AuditAction.REVIEW_APPROVED,
    "request_changes": AuditAction.CHANGES_REQUESTED,
    "reject": AuditAction.REVIEW_REJECTED,
}


class AuditText(NamedTuple):
    """`label`: the office's timeline; `sentence`: the provider's history ({n}: revision number)."""

    label: str
    sentence: str


def _same(label: str) -> AuditText:
    return AuditText(label, label)


AUDIT_TEXTS: dict[AuditAction, AuditText] = {
    AuditAction.USER_CREATED: _same("Konto angelegt"),
    AuditAction.USER_LOGGED_IN: _same("Angemeldet"),
    AuditAction.USER_LOGGED_OUT: _same("Abgemeldet"),
    AuditAction.PASSWORD_CHANGED: _same("Passwort geändert"),
    AuditAction.LOGIN_FAILED: _same("Anmeldung fehlgeschlagen"),
    AuditAction.LOGIN_THROTTLED: _same("Anmeldung gebremst (zu viele Fehlversuche)"),
    AuditAction.MFA_ENROLLED: _same("Zweiter Faktor eingerichtet"),
    AuditAction.MFA_FAILED: _same("Falscher Code für den zweiten Faktor"),
    AuditAction.MFA_RECOVERY_CODE_USED: _same("Mit Wiederherstellungscode angemeldet"),
    AuditAction.MFA_RESET: _same("Zweiter Faktor zurückgesetzt"),
    AuditAction.MFA_RECOVERY_CODES_RENEWED: _same("Wiederherstellungscodes neu erzeugt"),
    AuditAction.SESSION_REVOKED: _same("Auf einem Gerät abgemeldet"),
    AuditAction.USER_DEACTIVATED: _same("Konto deaktiviert"),
    AuditAction.USER_REACTIVATED: _same("Konto wieder aktiviert"),
    AuditAction.SESSIONS_ENDED: _same("Sitzungen beendet"),
    AuditAction.PASSWORD_RESET_REQUESTED: _same("Zurücksetzen des Passworts angefordert"),
    AuditAction.PASSWORD_RESET: _same("Passwort zurückgesetzt"),
    AuditAction.INVITATION_CREATED: _same("Einladung verschickt"),
    AuditAction.INVITATION_WITHDRAWN: _same("Einladung zurückgezogen"),
    AuditAction.MEMBERSHIP_ADDED: _same("Mitglied aufgenommen"),
    AuditAction.MEMBERSHIP_REMOVED: _same("Mitglied entfernt"),
    AuditAction.ORGANISATION_REGISTERED: _same("Träger registriert"),
    AuditAction.ORGANISATION_UPDATED: _same("Trägerprofil geändert"),
    AuditAction.ORGANISATION_VERIFIED: _same("Träger bestätigt"),
    AuditAction.CATALOGUE_IMPORTED: _same("Katalog importiert"),
    AuditAction.OFFER_CREATED: AuditText("Angebot angelegt", "Angebot angelegt (Fassung {n})"),
    AuditAction.OFFER_IMPORTED: _same("Angebot importiert"),
    AuditAction.REVISION_SAVED: AuditText("Fassung gespeichert", "Fassung {n} gespeichert"),
    AuditAction.REVISION_STARTED: AuditText(
        "Neue Fassung begonnen", "Fassung {n} begonnen, um das veröffentlichte Angebot zu ändern"
    ),
    AuditAction.RENEWAL_STARTED: AuditText("Erneuerung begonnen", "Fassung {n} zur Erneuerung begonnen"),
    AuditAction.REVISION_SUBMITTED: AuditText("Zur Prüfung eingereicht", "Fassung {n} zur Prüfung eingereicht"),
    AuditAction.SUBMISSION_WITHDRAWN: AuditText(
        "Einreichung zurückgezogen", "Einreichung der Fassung {n} zurückgezogen"
    ),
    AuditAction.REVISION_DISCARDED: AuditText("Fassung verworfen", "Fassung {n} verworfen"),
    AuditAction.REVIEW_STARTED: AuditText("Prüfung begonnen", "Prüfung der Fassung {n} begonnen"),
    AuditAction.REVIEW_REASSIGNED: AuditText("Prüfung übertragen", "Prüfung der Fassung {n} übertragen"),
    AuditAction.REVIEW_DIGEST_SENT: _same("Wochenübersicht wartender Prüfungen versendet"),
    AuditAction.REVIEW_APPROVED: AuditText("Freigabe erteilt", "Fassung {n} in der Prüfung befürwortet"),
    AuditAction.CHANGES_REQUESTED: AuditText("Änderungen erbeten", "Änderungen an Fassung {n} erbeten"),
    AuditAction.REVIEW_REJECTED: AuditText("Abgelehnt", "Fassung {n} abgelehnt"),
    AuditAction.OFFER_PUBLISHED: AuditText("Fassung veröffentlicht", "Fassung {n} veröffentlicht"),
    AuditAction.OFFER_PAUSED: _same("Angebot pausiert"),
    AuditAction.OFFER_RESUMED: AuditText("Angebot fortgesetzt", "Angebot wieder veröffentlicht"),
    AuditAction.OFFER_WITHDRAWN: _same("Angebot zurückgezogen"),
    AuditAction.OFFER_EXPIRED: AuditText("Siegel abgelaufen", "Siegel abgelaufen, Angebot ausgeblendet"),
    AuditAction.RENEWAL_REMINDED: AuditText(
        "Erinnerung zur Erneuerung versendet", "Erinnerung an die Erneuerung verschickt"
    ),
    AuditAction.SYNONYM_CREATED: _same("Synonym angelegt"),
    AuditAction.SYNONYM_UPDATED: _same("Synonym geändert"),
    AuditAction.SYNONYM_DELETED: _same("Synonym gelöscht"),
    AuditAction.SYNONYM_DEFAULTS_ADDED: AuditText(
        "Mitgelieferte Synonyme ergänzt", "Neue oder geänderte Einträge der mitgelieferten Synonymliste übernommen"
    ),
    AuditAction.FEEDBACK_MODERATED: _same("Rückmeldung einer Schule moderiert"),
    AuditAction.FEEDBACK_ANSWERED: _same("Antwort auf eine Rückmeldung geschrieben"),
    AuditAction.FEEDBACK_ANSWER_MODERATED: _same("Antwort auf eine Rückmeldung moderiert"),
    AuditAction.EMBED_CREATED: _same("Liste zum Einbetten angelegt"),
    AuditAction.EMBED_UPDATED: _same("Liste zum Einbetten geändert"),
    AuditAction.EMBED_DELETED: _same("Liste zum Einbetten gelöscht"),
    AuditAction.PARTNER_REGISTERED: _same("Partnerkatalog eingetragen"),
    AuditAction.PARTNER_UPDATED: _same("Partnerkatalog geändert"),
    AuditAction.PARTNER_DEACTIVATED: _same("Partnerkatalog deaktiviert"),
    AuditAction.PARTNER_REACTIVATED: _same("Partnerkatalog wieder aktiviert"),
}


def audit_text(action: str) -> AuditText:
    """The German texts of a stored action; an unknown spelling is shown as it is."""
    return AUDIT_TEXTS.get(action) or _same(action)


def record_event(
    session: Session,
    *,
    action: AuditAction,
    actor_id: int | None,
    organisation_id: int | None = None,
    offer_id: int | None = None,
    revision_id: int | None = None,
    **details,
) -> AuditEvent:
    """Append one audit event in the caller's transaction."""
    event = AuditEvent(
        action=AuditAction(action).value,
        actor_id=actor_id,
        organisation_id=organisation_id,
        offer_id=offer_id,
        revision_id=revision_id,
        details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
    )
    session.add(event)
    return event


def event_details(event: AuditEvent) -> dict:
    return json.loads(event.details or "{}")
