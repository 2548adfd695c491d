"""Domain errors and HTTP errors → German error pages (never a stack trace)."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import IntegrityError
from werkzeug.exceptions import HTTPException

from catalogue.errors import DomainError

TITLES = {
    400: "Ungültige Anfrage",
    403: "Kein Zugriff",
    404: "Seite nicht gefunden",
    405: "Methode nicht erlaubt",
    409: "Konflikt",
    413: "Anfrage zu groß",
    429: "Zu viele Anfragen",
    500: "Interner Fehler",
}
MESSAGES = {
    400: "Die Anfrage war fehlerhaft. Bitte prüfen Sie Ihre Eingaben.",
    403: "Dafür fehlt Ihnen die Berechtigung.",
    404: "Die angeforderte Seite oder der Eintrag wurde nicht gefunden.",
    405: "Diese Aktion ist auf diesem Weg nicht möglich.",
    413: "Die gesendeten Daten sind zu groß.",
    500: "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.",
}


def _page(status: int, message: str):
    title = TITLES.get(status, "Fehler")
    if request.path.startswith("/api/"):  # the API answers in JSON, errors included
        return jsonify(error={"status": status, "message": message}), status
    return render_template("errors/error.html", status=status, title=title, message=message), status


def init_app(app: Flask) -> None:
    @app.errorhandler(DomainError)
    def _domain(error: DomainError):
        return _page(error.status, error.message)

    @app.errorhandler(CSRFError)
    def _csrf(_error):
        return _page(
            400,
            "Das Formular ist abgelaufen oder wurde nicht von dieser Seite gesendet. "
            "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
        )

    @app.errorhandler(IntegrityError)
    def _conflict(error: IntegrityError):
        # Two requests raced for the same unique value; the loser gets a clear answer.
        app.logger.warning("integrity conflict: %s", error.orig)
        return _page(
            409,
            "Ein gleichzeitiger Vorgang ist Ihnen zuvorgekommen. "
            "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
        )

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        body, status = _page(error.code or 500, MESSAGES.get(error.code, error.description or ""))
        # The error's own headers stay: a 405 names the allowed methods (RFC 9110), a 429 may say when to retry.
        headers = [(name, value) for name, value in error.get_headers() if name.lower() != "content-type"]
        return body, status, headers

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        app.logger.exception("unhandled error: %s", error)
        return _page(500, MESSAGES[500])
