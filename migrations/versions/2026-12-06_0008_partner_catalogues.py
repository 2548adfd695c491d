"""partners: partner catalogues (HSDS 3.0) and the offers pulled from them

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 06:10:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_catalogue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("base_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("fields", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("last_attempt_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_success_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("cursor", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("list_etag", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "partner_offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("provider_name", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("original_url", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("seal_text", sa.Text(), nullable=False),
        sa.Column("seal_valid_until", sa.Date(), nullable=True),
        sa.Column("grade_from", sa.Integer(), nullable=True),
        sa.Column("grade_to", sa.Integer(), nullable=True),
        sa.Column("age_from", sa.Integer(), nullable=True),
        sa.Column("age_to", sa.Integer(), nullable=True),
        sa.Column("is_free", sa.Boolean(), nullable=False),
        sa.Column("cost_amount", sa.Numeric(10, 2), nullable=True),
        sa.Column("fees_text", sa.Text(), nullable=False),
        sa.Column("codes", sa.Text(), nullable=False),
        sa.Column("other_terms", sa.Text(), nullable=False),
        sa.Column("last_modified", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("etag", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("http_last_modified", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("fetched_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["partner_id"], ["partner_catalogue.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("partner_id", "service_id"),
    )
    op.create_index(op.f("ix_partner_offer_partner_id"), "partner_offer", ["partner_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_partner_offer_partner_id"), table_name="partner_offer")
    op.drop_table("partner_offer")
    op.drop_table("partner_catalogue")
