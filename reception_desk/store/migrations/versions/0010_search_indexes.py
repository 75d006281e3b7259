"""Indexes for the board's search and the customer search on years of history

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 14:50:00
"""

from __future__ import annotations

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Both searches look for any part of a text (LIKE '%…%'), which no index can seek,
    # newest first. With these the scan reads one narrow index in that order, with
    # every column the search compares, and stops once it has the rows the list shows;
    # before, it fetched every row of three years from the table, one at a time through
    # the date index (about 100 ms for a number that is in few visits).
    op.create_index('ix_parties_search', 'parties',
                    ['arrived_at', 'id', 'surname', 'plate', 'phone'], unique=False)
    op.create_index('ix_customers_search', 'customers',
                    ['updated_at', 'id', 'merged_into_id', 'name', 'phone', 'phone2', 'plate',
                     'name_initials', 'name_pinyin'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_customers_search', table_name='customers')
    op.drop_index('ix_parties_search', table_name='parties')
