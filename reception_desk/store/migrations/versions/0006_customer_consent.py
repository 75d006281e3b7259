"""Customer consent to be contacted (agreed yes/no/unknown, when, recorded by whom) and anonymisation mark

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import reception_desk.store.types

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
