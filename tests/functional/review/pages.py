"""Helpers for the review page tests: log in, press buttons and fill the checklist like a browser."""

from __future__ import annotations

import re

from sqlalchemy import select

from catalogue.review.models import Criterion, Review
from tests.conftest import csrf_from

QUEUE = "/koordination/pruefung/"


def text(response) -> str:
    return response.get_data(as_text=True)


def token(client, path: str = QUEUE) -> str:
    """The session's CSRF token, read from a page as a browser would."""
    return csrf_from(text(client.get(path)))


def hidden(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" type="hidden" value="([^"]*)"|name="{name}" value="([^"]*)"', html)
    assert match, f"no hidden field {name}"
    return match.group(1) if match.group(1) is not None else match.group(2)


def start(client, revision_id: int):
    """Press "Prüfung beginnen" on the queue for this revision."""
    html = text(client.get(QUEUE))
    form = re.search(rf'action="/koordination/pruefung/fassungen/{revision_id}/beginnen".*?</form>', html, re.S)
    assert form, "no start button for this revision"
    return client.post(
        f"/koordination/pruefung/fassungen/{revision_id}/beginnen",
        data={
            "csrf_token": hidden(form.group(0), "csrf_token"),
            "revision_version": hidden(form.group(0), "revision_version"),
        },
    )


def review_of(db, revision_id: int, reviewer) -> Review:
    db.expire_all()
    return db.scalars(
        select(Review)
        .where(Review.revision_id == revision_id, Review.reviewer_id == reviewer.id)
        .order_by(Review.id.desc())
    ).first()


def criteria_ids(db, review: Review) -> dict[str, int]:
    return dict(
        db.execute(
            select(Criterion.code, Criterion.id).where(Criterion.criteria_set_id == review.criteria_set_id)
        ).all()
    )


def checklist(db, review: Review, default: str | None = "erfuellt", **overrides) -> dict:
    """Form fields of the checklist: every criterion `default`; code=rating or (rating, comment, condition)."""
    data = {}
    for code, criterion_id in criteria_ids(db, review).items():
        given = overrides.get(code, default)
        rating, comment, condition = (given + ("", ""))[:3] if isinstance(given, tuple) else (given, "", "")
        if rating:
            data[f"rating_{criterion_id}"] = rating
        data[f"comment_{criterion_id}"] = comment
        data[f"condition_{criterion_id}"] = condition
    return data


def form_of(client, review_id: int) -> dict:
    """The hidden fields of the review page as the browser holds them now."""
    html = text(client.get(f"/koordination/pruefung/{review_id}"))
    return {name: hidden(html, name) for name in ("csrf_token", "review_version", "revision_version")}


def submit_review(
    client,
    review_id: int,
    action: str,
    fields: dict,
    *,
    hidden_fields: dict | None = None,
    reasons=(),
    message: str = "",
    note: str = "",
):
    data = {
        **(hidden_fields or form_of(client, review_id)),
        **fields,
        "action": action,
        "message": message,
        "internal_note": note,
        "reason_codes": list(reasons),
    }
    return client.post(f"/koordination/pruefung/{review_id}", data=data)
