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
    # Plain ADD COLUMNs with defaults: no table rebuild; every existing customer is "not asked".
    op.add_column('customers', sa.Column('consent', sa.String(length=8), nullable=False,
                                         server_default=sa.text("''")))
    op.add_column('customers', sa.Column(
        'consent_at', reception_desk.store.types.UtcDateTime(timezone=True), nullable=True))
    op.add_column('customers', sa.Column('consent_by', sa.String(length=60), nullable=False,
                                         server_default=sa.text("''")))
    op.add_column('customers', sa.Column('consent_source', sa.String(length=12),
                                         nullable=False, server_default=sa.text("''")))
    op.add_column('customers', sa.Column(
        'anonymised_at', reception_desk.store.types.UtcDateTime(timezone=True), nullable=True))
    op.create_index('ix_customers_anonymised_at', 'customers', ['anonymised_at'], unique=False)
    # The VIP card's box was the only record of consent: it becomes the customer's "agreed".
    customers = sa.table('customers', sa.column('id', sa.Integer()),
                         sa.column('consent', sa.String()),
                         sa.column('consent_at', reception_desk.store.types.UtcDateTime()),
                         sa.column('consent_by', sa.String()),
                         sa.column('consent_source', sa.String()))
    cards = sa.table('vip_cards', sa.column('customer_id', sa.Integer()),
                     sa.column('consent_contact', sa.Boolean()),
                     sa.column('updated_at', reception_desk.store.types.UtcDateTime()),
                     sa.column('updated_by', sa.String()))
    card = (sa.select(cards.c.customer_id)
            .where(cards.c.consent_contact.is_(sa.true())))
    op.execute(customers.update()
               .where(customers.c.id.in_(card))
               .values(consent='yes', consent_source='vip_card',
                       consent_at=sa.select(cards.c.updated_at)
                       .where(cards.c.customer_id == customers.c.id).scalar_subquery(),
                       consent_by=sa.select(cards.c.updated_by)
                       .where(cards.c.customer_id == customers.c.id).scalar_subquery()))


def downgrade() -> None:
    op.drop_index('ix_customers_anonymised_at', table_name='customers')
    with op.batch_alter_table('customers') as batch:
        for name in ('anonymised_at', 'consent_source', 'consent_by', 'consent_at', 'consent'):
            batch.drop_column(name)
