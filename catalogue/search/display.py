"""Small helpers for the public offer pages (registered as template filters and tests)."""

from __future__ import annotations

import re

from flask import Blueprint

from catalogue.vocabularies.seed import EVALUATION_KINDS, ORG_TYPES
from catalogue.weburl import is_web_url

_BLANK_LINES = re.compile(r"\n\s*\n")


def paragraphs(text: str | None) -> list[str]:
    """Text split at blank lines; single line breaks stay (shown with white-space: pre-line)."""
    return [part.strip() for part in _BLANK_LINES.split((text or "").replace("\r\n", "\n")) if part.strip()]


def labels(terms) -> str:
    return ", ".join(term.label for term in terms or [])


def register(bp: Blueprint) -> None:
    bp.add_app_template_test(is_web_url, "web_url")
    bp.add_app_template_filter(paragraphs, "paragraphs")
    bp.add_app_template_filter(labels, "labels")
    bp.add_app_template_global(EVALUATION_KINDS, "EVALUATION_KINDS")
    bp.add_app_template_global(ORG_TYPES, "ORG_TYPES")
