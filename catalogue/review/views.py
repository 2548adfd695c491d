"""Office pages for reviews: queue, review page with checklist and decision, offer history."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("review", __name__, url_prefix="/koordination/pruefung")
