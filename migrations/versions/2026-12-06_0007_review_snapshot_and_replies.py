"""review: content snapshot at a change request, provider replies per criterion

Revision ID: 0007
Revises: 0002
Create Date: 2026-12-06 03:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_snapshot", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("review_rating", schema=None) as batch_op:
        batch_op.add_column(sa.Column("provider_reply", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("review_rating", schema=None) as batch_op:
        batch_op.drop_column("provider_reply")
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_column("content_snapshot")
