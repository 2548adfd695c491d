"""review: content snapshot at a change request, provider replies per criterion

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 03:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
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
