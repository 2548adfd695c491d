"""Public search page, offer detail and print view, provider pages; office synonyms page."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("search", __name__)
