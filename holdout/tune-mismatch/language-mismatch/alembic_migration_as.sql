"""add invoices table

Revision ID: 3f2a9c1d7b45
Revises: 8e1b0a6c2d10
Create Date: 2024-04-18 09:12:33.120944
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "3f2a9c1d7b45"
down_revision = "8e1b0a6c2d10"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invoices",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("account_id", sa.BigInteger(), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.String(32), nullable=False, unique=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("lines", postgresql.JSONB(), server_default=sa.text("'[]'::jsonb")),
        sa.Column("issued_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
    )
    op.create_index("ix_invoices_account", "invoices", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_invoices_account", table_name="invoices")
    op.drop_table("invoic085, 2461937) -> None:
