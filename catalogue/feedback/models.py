"""One feedback of a school on one offer, with the provider's one public answer.

No personal data: school type, grade and month are coarse on purpose. Nothing of a
feedback is shown to anyone but the office before the office has approved it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from catalogue.clock import utcnow

PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
# Approved with the ratings counted, but the comment kept from everyone but the office.
RATINGS_ONLY = "ratings_only"
COUNTED = (APPROVED, RATINGS_ONLY)


class OfferFeedback(SQLModel, table=True):
    __tablename__ = "offer_feedback"

    id: int | None = Field(default=None, primary_key=True)
    offer_id: int = Field(foreign_key="offer.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow, index=True)
    school_type: str = Field(max_length=40)  # code of the "school_type" vocabulary, or "andere"
    grade: int
    held_in: date  # first day of the month it took place
    # 1 (trifft gar nicht zu) … 5 (trifft voll zu)
    rating_fit: int
    rating_organisation: int
    rating_content: int
    would_book_again: bool
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # Why the office should look twice at the comment, e.g. "E-Mail-Adresse, Telefonnummer".
    flags: str = Field(default="", max_length=200)
    status: str = Field(default=PENDING, max_length=20, index=True)
    moderated_at: datetime | None = None
    moderated_by: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    reply: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    reply_status: str = Field(default="", max_length=20, index=True)  # "" | pending | approved | rejected
    replied_at: datetime | None = None
    replied_by: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")


class FeedbackMonth(SQLModel, table=True):
    """Feedback summed per offer and month (Europe/Berlin) of its arrival, for the reports.

    Kept in step with offer_feedback in the same flush (catalogue/feedback/monthly.py);
    `flask feedback rebuild-months` recomputes it from the rows, e.g. after a bulk load.
    """

    __tablename__ = "feedback_month"
    # The reports read a period of months: month first, and the sums in the index, so a period
    # is read from the index alone.
    __table_args__ = (
        Index(
            "ix_feedback_month_month_sums",
            "month",
            "offer_id",
            "received",
            "counted",
            "sum_fit",
            "sum_organisation",
            "sum_content",
            "again",
        ),
    )

    offer_id: int = Field(foreign_key="offer.id", primary_key=True, ondelete="CASCADE")
    month: date = Field(primary_key=True)  # first day of the month in Germany
    received: int = 0  # every feedback, whatever its status (the "received per month" figure)
    counted: int = 0  # approved, with or without the comment (COUNTED): the ratings below are of these
    sum_fit: int = 0
    sum_organisation: int = 0
    sum_content: int = 0
    again: int = 0  # of `counted`, how many would book again
