"""Record versions (optimistic locking) and the log of form edits

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import reception_desk.store.types

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

VERSIONED = ('parties', 'consultants', 'stock_items', 'menu_items', 'customers', 'vip_cards',
             'reception_requests')


def upgrade() -> None:
    # A plain ADD COLUMN with a default: no table rebuild, existing rows get version 1.
    for table in VERSIONED:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))
    op.create_table('record_edits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', reception_desk.store.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_edits'))
    )
    op.create_index('ix_record_edits_record', 'record_edits',
                    ['table_name', 'record_id', 'version'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_record_edits_record', table_name='record_edits')
    op.drop_table('record_edits')
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
