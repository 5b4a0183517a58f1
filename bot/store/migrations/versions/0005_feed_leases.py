"""feed leases and body hash: instances share the polling through the database

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('feeds') as batch:
        batch.add_column(sa.Column('body_hash', sa.String(length=40), nullable=True))
        batch.add_column(sa.Column('lease_owner', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('lease_until', sa.DateTime(), nullable=True))
        batch.create_index('ix_feeds_next_poll_at', ['next_poll_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('feeds') as batch:
        batch.drop_index('ix_feeds_next_poll_at')
        batch.drop_column('lease_until')
        batch.drop_column('lease_owner')
        batch.drop_column('body_hash')
