"""The few domain errors, and their one mapping to HTTP."""

from __future__ import annotations


class DomainError(Exception):
    """Base of the errors services raise; `message` is German and safe to show."""

    status = 400
    default_message = "Die Anfrage konnte nicht ausgeführt werden."

    def __init__(self, message: str | None = None):
        self.message = message or self.default_message
        super().__init__(self.message)


class NotFound(DomainError):
    status = 404
    default_message = "Die angeforderte Seite oder der Eintrag wurde nicht gefunden."


class PermissionDenied(DomainError):
    status = 403
    default_message = "Dafür fehlt Ihnen die Berechtigung."


class InvalidTransition(DomainError):
    status = 409
    default_message = "Dieser Schritt ist im aktuellen Zustand nicht möglich."


class StaleEdit(DomainError):
    status = 409
    default_message = (
        "Der Eintrag wurde inzwischen von jemand anderem geändert. "
        "Ihre Eingaben sind unten erhalten; bitte prüfen Sie sie und speichern Sie erneut."
    )


class ValidationFailed(DomainError):
    """Input a form could not check by itself (e.g. e-mail already taken); names the field."""

    status = 400

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field
