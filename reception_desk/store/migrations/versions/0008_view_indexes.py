"""Indexes for the windows' queries on years of history: open table tasks, a call's appointments

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 07:20:00
"""

from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The bar board asks for the table tasks still open, the hotline for the appointments
    # a call made: without these both read every row of every year.
    op.create_index('ix_table_tasks_done_at', 'table_tasks', ['done_at'], unique=False)
    op.create_index('ix_appointments_call_id', 'appointments', ['call_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_appointments_call_id', table_name='appointments')
    op.drop_index('ix_table_tasks_done_at', table_name='table_tasks')
