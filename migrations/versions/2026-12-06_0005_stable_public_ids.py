"""stable public ids for offers and organisations (HSDS service and organization ids)

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-06 03:08:30
"""

import uuid

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("offer", "organisation")


def _backfill(table_name: str) -> None:
    """Every existing row gets its own random UUID, once."""
    connection = op.get_bind()
    table = sa.table(table_name, sa.column("id", sa.Integer), sa.column("public_id", sa.String))
    ids = connection.execute(sa.select(table.c.id).where(table.c.public_id.is_(None))).scalars().all()
    for row_id in ids:
        connection.execute(table.update().where(table.c.id == row_id).values(public_id=str(uuid.uuid4())))


def upgrade() -> None:
    for table_name in TABLES:
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.add_column(sa.Column("public_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        _backfill(table_name)
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.alter_column(
                "public_id", existing_type=sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False
            )
            batch_op.create_index(batch_op.f(f"ix_{table_name}_public_id"), ["public_id"], unique=True)


def downgrade() -> None:
    for table_name in reversed(TABLES):
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table_name}_public_id"))
            batch_op.drop_column("public_id")
