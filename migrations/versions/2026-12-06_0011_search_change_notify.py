"""search_change: on PostgreSQL every insert notifies the nodes (LISTEN search_change)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 06:10:00

The NOTIFY is sent by the database in the transaction that records the change, so it
reaches the listeners exactly when the change becomes visible (at commit), and never
for a change that was rolled back. PostgreSQL folds identical notifications of one
transaction into one. SQLite has no such mechanism: nodes there poll.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE FUNCTION notify_search_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('search_change', '');
            RETURN NULL;
        END;
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER search_change_notify AFTER INSERT ON search_change "
        "FOR EACH STATEMENT EXECUTE FUNCTION notify_search_change()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER search_change_notify ON search_change")
    op.execute("DROP FUNCTION notify_search_change()")
