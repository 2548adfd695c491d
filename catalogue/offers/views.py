"""Provider pages for offers: list, create, edit, submit, withdraw, revise, renew, pause."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("offers", __name__, url_prefix="/traeger/angebote")
