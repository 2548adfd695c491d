"""accounts: room for TOTP secrets encrypted at rest (Fernet tokens are longer than the plain secret)

Existing plain secrets stay readable; `flask db upgrade` encrypts them afterwards with the app's key
(a migration has no access to it). Downgrade only if no secret is longer than 64 characters, i.e.
after clearing or decrypting them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 07:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.alter_column("totp_secret", type_=sa.String(length=255), existing_type=sa.String(length=64))


def downgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.alter_column("totp_secret", type_=sa.String(length=64), existing_type=sa.String(length=255))
