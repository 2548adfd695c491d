"""audit_event: index on (revision_id, created_at) for the review history of one revision

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 07:30:00
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_event_revision_created", "audit_event", ["revision_id", "created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_event_revision_created", table_name="audit_event")
