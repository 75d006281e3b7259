"""Audit log hash chain: each row carries a hash chained to the previous one

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 06:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
