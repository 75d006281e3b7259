"""Audit log hash chain: each row carries a hash chained to the previous one

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 06:45:00

The rows already in the log are chained here, in id order, with the same
function the app uses for new rows (domain/audit_chain.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import reception_desk.store.types
from reception_desk.domain.audit_chain import GENESIS, chain_hash

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_AUDIT = sa.table(
    'audit_log',
    sa.column('id', sa.Integer()),
    sa.column('at', reception_desk.store.types.UtcDateTime(timezone=True)),
    sa.column('actor', sa.String()),
    sa.column('account_id', sa.Integer()),
    sa.column('action', sa.String()),
    sa.column('target', sa.String()),
    sa.column('detail', sa.Text()),
    sa.column('hash', sa.String()),
)


def upgrade() -> None:
    # A plain ADD COLUMN with a default: no table rebuild.
    op.add_column('audit_log', sa.Column('hash', sa.String(length=64), nullable=False,
                                         server_default=sa.text("''")))
    bind = op.get_bind()
    previous = GENESIS
    rows = bind.execute(sa.select(_AUDIT.c.id, _AUDIT.c.at, _AUDIT.c.actor,
                                  _AUDIT.c.account_id, _AUDIT.c.action, _AUDIT.c.target,
                                  _AUDIT.c.detail).order_by(_AUDIT.c.id)).all()
    for row in rows:
        previous = chain_hash(previous, row.at, row.actor or "", row.account_id,
                              row.action or "", row.target or "", row.detail or "")
        bind.execute(sa.update(_AUDIT).where(_AUDIT.c.id == row.id).values(hash=previous))


def downgrade() -> None:
    with op.batch_alter_table('audit_log') as batch_op:
        batch_op.drop_column('hash')
