"""Migration 0006: the VIP card's consent box becomes the customer's recorded consent."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from reception_desk.store.database import Database
from reception_desk.store.migrate import _config

CUSTOMERS = """
INSERT INTO customers (id, name, honorific, phone, phone2, plate, district, name_initials,
  name_pinyin, channel, owner_id, owner_source, owner_since, owner_until, agency,
  agency_registered_at, merged_into_id, created_at, updated_at, demo) VALUES
 (1, '王', 'mr', '13812345678', '', '', '', 'w', 'wang', '', NULL, '', NULL, NULL, '', NULL,
  NULL, '2026-11-20 02:00:00', '2026-11-20 02:00:00', false),
 (2, '李', 'ms', '13912345678', '', '', '', 'l', 'li', '', NULL, '', NULL, NULL, '', NULL,
  NULL, '2026-11-20 02:00:00', '2026-11-20 02:00:00', false),
 (3, '赵', 'ms', '13712345678', '', '', '', 'z', 'zhao', '', NULL, '', NULL, NULL, '', NULL,
  NULL, '2026-11-20 02:00:00', '2026-11-20 02:00:00', false)
"""
CARDS = """
INSERT INTO vip_cards (customer_id, version, area, budget, layout, floor, purpose,
  household_size, current_district, consent_contact, notes, updated_at, updated_by) VALUES
 (1, 1, '', '', '', '', '', NULL, '', true, '', '2026-11-21 03:00:00', '前台小王'),
 (2, 1, '', '', '', '', '', NULL, '', false, '', '2026-11-21 03:00:00', '前台小王')
"""


def test_a_ticked_vip_card_becomes_the_customers_consent(any_db_url: str) -> None:
    db = Database(any_db_url)
    config = _config()
    try:
        with db.engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            conn.commit()
        with db.engine.begin() as conn:
            conn.execute(text(CUSTOMERS))
            conn.execute(text(CARDS))
        with db.engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0006")
            conn.commit()
        with db.engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(text(
                "SELECT id, consent, consent_at, consent_by, consent_source, anonymised_at "
                "FROM customers ORDER BY id"))}
        assert rows[1].consent == "yes" and rows[1].consent_by == "前台小王"
        assert rows[1].consent_source == "vip_card" and rows[1].consent_at is not None
        # An unticked box said nothing: the customer was not asked (not "declined").
        assert rows[2].consent == "" and rows[2].consent_at is None
        assert rows[3].consent == "" and rows[3].anonymised_at is None
    finally:
        db.dispose()
