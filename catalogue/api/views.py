"""JSON API v1: offers (search), one offer, vocabularies."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")
