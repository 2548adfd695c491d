"""Helpers for the feedback tests: a school's form as a browser would send it, approved feedback rows."""

from __future__ import annotations

from datetime import date

from catalogue.feedback.models import OfferFeedback
from tests.conftest import csrf_from

ANSWERS = {
    "school_type": "oberschule",
    "grade": "7",
    "held_in": "",  # filled with this month
    "rating_fit": "5",
    "rating_organisation": "4",
    "rating_content": "4",
    "would_book_again": "ja",
    "comment": "Die Klasse hat gut mitgemacht.",
    "website": "",
}


def send_feedback(client, offer_id: int, **changes):
    url = f"/angebote/{offer_id}/rueckmeldung"
    token = csrf_from(client.get(url).get_data(as_text=True))
    data = {**ANSWERS, "held_in": date.today().strftime("%Y-%m"), "csrf_token": token, **changes}
    return client.post(url, data={k: v for k, v in data.items() if v is not None})


def approved(db, offer, *, again: bool = True, comment: str = "", status: str = "approved", **values) -> OfferFeedback:
    feedback = OfferFeedback(
        offer_id=offer.id,
        school_type=values.pop("school_type", "gymnasium"),
        grade=values.pop("grade", 8),
        held_in=values.pop("held_in", date(2026, 10, 1)),
        rating_fit=values.pop("rating_fit", 4),
        rating_organisation=values.pop("rating_organisation", 4),
        rating_content=values.pop("rating_content", 4),
        would_book_again=again,
        comment=comment,
        status=status,
        **values,
    )
    db.add(feedback)
    db.flush()
    return feedback
