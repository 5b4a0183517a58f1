"""stories: a story's current facts, the item -> story link, each channel's story message; digests and quiet hours; feeds and keywords of one channel

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.String(length=32), nullable=False),
    sa.Column('first_seen', sa.DateTime(), nullable=False),
    sa.Column('last_update', sa.DateTime(), nullable=False),
    sa.Column('lead_item_id', sa.Integer(), nullable=True),
    sa.Column('types', sa.String(length=128), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=False),
    sa.Column('killed', sa.Integer(), nullable=True),
    sa.Column('injured', sa.Integer(), nullable=True),
    sa.Column('places', sa.JSON(), nullable=False),
    sa.Column('actors', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index('ix_stories_scope_last_update', ['scope', 'last_update'], unique=False)
    op.create_table('story_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('server_id', sa.String(length=64), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('message_id', sa.String(length=128), nullable=False),
    sa.Column('shown', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('story_id', 'platform', 'server_id', 'channel_id', name='uq_story_message_channel')
    )
    op.create_table('digests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('server_id', sa.String(length=64), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('period', sa.String(length=8), nullable=False),
    sa.Column('at', sa.String(length=5), nullable=False),
    sa.Column('tz', sa.String(length=64), nullable=False),
    sa.Column('min_severity', sa.Integer(), nullable=False),
    sa.Column('last_due', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'server_id', 'channel_id', name='uq_digest_channel')
    )
    op.create_table('digest_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('server_id', sa.String(length=64), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('period_start', sa.DateTime(), nullable=False),
    sa.Column('period_end', sa.DateTime(), nullable=False),
    sa.Column('min_severity', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('message_id', sa.String(length=128), nullable=True),
    sa.Column('last_error', sa.String(length=512), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'server_id', 'channel_id', 'kind', 'period_end', name='uq_digest_run_period')
    )
    with op.batch_alter_table('digest_runs', schema=None) as batch_op:
        batch_op.create_index('ix_digest_runs_state', ['state'], unique=False)
    op.create_table('quiet_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('server_id', sa.String(length=64), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('start', sa.String(length=5), nullable=False),
    sa.Column('end', sa.String(length=5), nullable=False),
    sa.Column('tz', sa.String(length=64), nullable=False),
    sa.Column('except_severity', sa.Integer(), nullable=False),
    sa.Column('last_release', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'server_id', 'channel_id', name='uq_quiet_channel')
    )
    op.create_table('quiet_held',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('server_id', sa.String(length=64), nullable=False),
    sa.Column('channel_id', sa.String(length=64), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'server_id', 'channel_id', 'story_id', 'held_at', name='uq_quiet_held')
    )
    with op.batch_alter_table('server_feeds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('channel_id', sa.String(length=64), nullable=True))
    with op.batch_alter_table('keywords', schema=None) as batch_op:
        batch_op.add_column(sa.Column('channel_id', sa.String(length=64), server_default='', nullable=False))
        batch_op.drop_constraint('uq_keyword_term', type_='unique')
        batch_op.create_unique_constraint('uq_keyword_term', ['platform', 'server_id', 'channel_id', 'term'])
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('story_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('story_reason', sa.String(length=512), nullable=True))
        batch_op.create_index(batch_op.f('ix_items_story_id'), ['story_id'], unique=False)
        batch_op.create_foreign_key('fk_items_story_id', 'stories', ['story_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.drop_constraint('fk_items_story_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_items_story_id'))
        batch_op.drop_column('story_reason')
        batch_op.drop_column('story_id')
    with op.batch_alter_table('keywords', schema=None) as batch_op:
        batch_op.drop_constraint('uq_keyword_term', type_='unique')
        batch_op.drop_column('channel_id')
        batch_op.create_unique_constraint('uq_keyword_term', ['platform', 'server_id', 'term'])
    with op.batch_alter_table('server_feeds', schema=None) as batch_op:
        batch_op.drop_column('channel_id')
    op.drop_table('quiet_held')
    op.drop_table('quiet_hours')
    with op.batch_alter_table('digest_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_digest_runs_state')
    op.drop_table('digest_runs')
    op.drop_table('digests')
    op.drop_table('story_messages')
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_index('ix_stories_scope_last_update')
    op.drop_table('stories')
