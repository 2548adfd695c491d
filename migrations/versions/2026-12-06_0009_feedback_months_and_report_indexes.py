"""reports: feedback summed per offer and month, indexes for decisions per period and views per offer

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 06:30:00
"""

from collections import Counter
from datetime import UTC
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SUMS = ("received", "counted", "sum_fit", "sum_organisation", "sum_content", "again")


def upgrade() -> None:
    op.create_table(
        "feedback_month",
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in SUMS),
        sa.ForeignKeyConstraint(["offer_id"], ["offer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("offer_id", "month"),
    )
    op.create_index("ix_feedback_month_month_sums", "feedback_month", ["month", "offer_id", *SUMS], unique=False)
    op.create_index("ix_review_decision_decided_at", "review", ["decision", "decided_at"], unique=False)
    op.create_index("ix_offer_view_day_offer_day_count", "offer_view_day", ["offer_id", "day", "count"], unique=False)
    _fill_feedback_month()


def _fill_feedback_month() -> None:
    """Sum the existing feedback (month in Germany, as the app does); standalone, not the app's code."""
    berlin = ZoneInfo("Europe/Berlin")
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT offer_id, created_at, status, rating_fit, rating_organisation, rating_content, would_book_again "
            "FROM offer_feedback"
        ).columns(created_at=sa.DateTime())
    )
    sums: dict = {}
    for offer_id, created_at, status, fit, organisation, content, again in rows:
        aware = created_at if created_at.tzinfo else created_at.replace(tzinfo=UTC)
        key = (offer_id, aware.astimezone(berlin).date().replace(day=1))
        total = sums.setdefault(key, Counter())
        total["received"] += 1
        if status in ("approved", "ratings_only"):
            total.update(counted=1, sum_fit=fit, sum_organisation=organisation, sum_content=content, again=int(again))
    table = sa.table("feedback_month", sa.column("offer_id"), sa.column("month"), *(sa.column(n) for n in SUMS))
    values = [dict(offer_id=o, month=m, **{n: s[n] for n in SUMS}) for (o, m), s in sums.items()]
    if values:
        op.bulk_insert(table, values)


def downgrade() -> None:
    op.drop_index("ix_offer_view_day_offer_day_count", table_name="offer_view_day")
    op.drop_index("ix_review_decision_decided_at", table_name="review")
    op.drop_index("ix_feedback_month_month_sums", table_name="feedback_month")
    op.drop_table("feedback_month")
