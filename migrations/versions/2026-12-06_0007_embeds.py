"""embeddable lists for municipal and school websites, with the origins allowed to frame them

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 06:00:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "embed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("filter_query", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("sort", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("max_items", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("slug"),
    )
    op.create_table(
        "embed_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("embed_id", sa.Integer(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.ForeignKeyConstraint(["embed_id"], ["embed.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("embed_id", "origin"),
    )
    with op.batch_alter_table("embed_origin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_embed_origin_embed_id"), ["embed_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("embed_origin", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_embed_origin_embed_id"))
    op.drop_table("embed_origin")
    op.drop_table("embed")
