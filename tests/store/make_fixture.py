"""Build the fixture database of one schema revision: `python tests/store/make_fixture.py 0002`.

Each fixture holds a small realistic day written with plain SQL at that
revision, so the upgrade test can check nothing is lost on the way to head.
Run it once when a new migration lands and commit the file it writes.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import text

from reception_desk.store.database import Database
from reception_desk.store.migrate import _config

FIXTURES = Path(__file__).resolve().parent / "fixtures"

PARTIES_0001 = """
INSERT INTO parties (id, arrived_at, surname, honorific, size, kind, channel, phone, plate,
  description, note, consultant, stage, stage_at, place, last_place, invalid_reason,
  invalid_note, departed_at, is_returning, previous_party_id, demo, created_at, updated_at)
VALUES
 (1, '2026-11-20 02:00:00', '王', 'mr', 3, 'appointment', '网络', '13812345678', '粤B12345',
  '灰色外套', '看三房', '陈静', 'departed', '2026-11-20 03:10:00', NULL, 'VIP1', NULL, '',
  '2026-11-20 03:10:00', 0, NULL, 0, '2026-11-20 02:00:00', '2026-11-20 03:10:00'),
 (2, '2026-11-21 06:00:00', '李', 'ms', 2, 'walk_in', '路过', '', '', '', '', '',
  'seated', '2026-11-21 06:20:00', 'VIP2', 'VIP2', NULL, '', NULL, 0, NULL, 0,
  '2026-11-21 06:00:00', '2026-11-21 06:20:00'),
 (3, '2026-11-22 07:00:00', '王', 'mr', 2, 'walk_in', '网络', '13812345678', '', '', '',
  '陈静', 'greeted', '2026-11-22 07:01:00', NULL, '', 'competitor', '问价格', NULL, 1, 1, 0,
  '2026-11-22 07:00:00', '2026-11-22 07:01:00')
"""

MOVES_0001 = """
INSERT INTO stage_moves (party_id, from_stage, to_stage, from_place, to_place, at, undone_at)
VALUES
 (1, NULL, 'arrived', NULL, NULL, '2026-11-20 02:00:00', NULL),
 (1, 'arrived', 'seated', NULL, 'VIP1', '2026-11-20 02:15:00', NULL),
 (1, 'seated', 'departed', 'VIP1', NULL, '2026-11-20 03:10:00', NULL),
 (2, NULL, 'arrived', NULL, NULL, '2026-11-21 06:00:00', NULL),
 (2, 'arrived', 'seated', NULL, 'VIP2', '2026-11-21 06:20:00', NULL),
 (3, NULL, 'arrived', NULL, NULL, '2026-11-22 07:00:00', NULL),
 (3, 'arrived', 'greeted', NULL, NULL, '2026-11-22 07:01:00', NULL)
"""

SETTINGS_0001 = """
INSERT INTO site_settings (key, value) VALUES
 ('site', '{"site_name": "滨江售楼处", "wait_alert_minutes": 3}')
"""

ROSTER_0002 = """
INSERT INTO consultants (id, name, staff_no, phone, active, demo, created_at) VALUES
 (1, '陈静', 'XS001', '', 1, 0, '2026-11-20 00:00:00')
"""

ROTATION_0002 = """
INSERT INTO rotation_events (at, kind, consultant_id, party_id, mode, status, position,
  position_before, position_after, actor, reason) VALUES
 ('2026-11-20 01:00:00', 'sign_in', 1, NULL, NULL, NULL, NULL, NULL, 1, '', ''),
 ('2026-11-20 02:05:00', 'assign', 1, 1, 'turn', NULL, NULL, 1, 1, '', '')
"""

BAR_0003 = """
INSERT INTO stock_items (id, name, unit, quantity, low_threshold, active, demo) VALUES
 (1, '绿茶', '包', 18, 5, 1, 0);
"""

MENU_0003 = """
INSERT INTO menu_items (id, name, category, available, sort_order, demo) VALUES
 (1, '龙井', 'tea', 1, 0, 0)
"""

RECIPE_0003 = "INSERT INTO recipe_lines (menu_item_id, stock_item_id, quantity) VALUES (1, 1, 1)"

ORDER_0003 = """
INSERT INTO drink_orders (id, party_id, place, source, status, from_refill, created_at,
  served_at, closed_at, demo) VALUES
 (1, 2, 'VIP2', 'desk', 'open', 0, '2026-11-21 06:21:00', NULL, NULL, 0)
"""

ORDER_LINE_0003 = """
INSERT INTO drink_order_lines (order_id, menu_item_id, name, count) VALUES (1, 1, '龙井', 2)
"""

#: What each revision adds to the fixture, in order.
ACCOUNTS_0004 = """
INSERT INTO accounts (id, name, role, approval, department, pin_hash, active, failed_attempts,
  locked_until, last_login_at, created_at, demo) VALUES
 (1, '刘经理', 'manager', 'department_head', '营销部',
  'scrypt$16384$8$1$00$00', 1, 0, NULL, NULL, '2026-11-30 01:00:00', 0)
"""

REQUEST_0004 = """
INSERT INTO reception_requests (id, number, status, level, host, host_account_id, department,
  organisation, purpose, headcount, arrival_at, departure_at, route, meals, lodging, vehicle,
  preparations, budget, notes, short_notice_reason, created_by, created_by_account_id,
  created_at, updated_at, submitted_at, itinerary_sent_at, visited_at, feedback_due,
  feedback_filed_at, feedback, party_id, demo) VALUES
 (1, 'JD20261130-01', 'submitted', 'B', '刘经理', 1, '营销部', '华润置地', '考察项目', 2,
  '2026-12-05 02:00:00', '2026-12-05 06:00:00', '沙盘-样板房', '午餐', '', '接站',
  '["name_plates"]', 3000.0, '', '', '刘经理', 1, '2026-11-30 01:00:00',
  '2026-11-30 01:00:00', '2026-11-30 01:05:00', NULL, NULL, NULL, NULL, '{}', NULL, 0)
"""

CUSTOMER_0004 = """
INSERT INTO customers (id, name, honorific, phone, phone2, plate, district, name_initials,
  name_pinyin, channel, owner_id, owner_source, owner_since, owner_until, agency,
  agency_registered_at, merged_into_id, created_at, updated_at, demo) VALUES
 (1, '王', 'mr', '13812345678', '', '粤B12345', '南山区', 'w', 'wang', '网络', 1, 'visit',
  '2026-11-20 03:10:00', '2026-12-05 03:10:00', '', NULL, NULL, '2026-11-20 02:00:00',
  '2026-11-20 03:10:00', 0)
"""

def _audit_0007() -> str:
    """One export in the audit log, hash-chained as the app writes it (0007)."""
    from datetime import UTC, datetime

    from reception_desk.domain.audit_chain import GENESIS, chain_hash

    detail = "3 rows, full; 2026-11-20..2026-11-22, v.csv"
    digest = chain_hash(GENESIS, datetime(2026, 11, 30, 1, 5, tzinfo=UTC), "刘经理", 1,
                        "export", "visits", detail)
    return ("INSERT INTO audit_log (at, actor, account_id, action, target, detail, hash) "
            f"VALUES ('2026-11-30 01:05:00.000000', '刘经理', 1, 'export', 'visits', "
            f"'{detail}', '{digest}')")


DATA: dict[str, list[str]] = {
    "0001": [PARTIES_0001, MOVES_0001, SETTINGS_0001],
    "0002": [ROSTER_0002, ROTATION_0002, "UPDATE parties SET consultant_id = 1, owner_id = 1 "
                                         "WHERE id = 1"],
    "0003": [BAR_0003.strip().rstrip(";"), MENU_0003, RECIPE_0003, ORDER_0003, ORDER_LINE_0003],
    "0004": [ACCOUNTS_0004, REQUEST_0004, CUSTOMER_0004,
             "UPDATE parties SET customer_id = 1 WHERE phone = '13812345678'"],
    "0005": ["UPDATE parties SET version = 2 WHERE id = 1",
             "INSERT INTO record_edits (at, table_name, record_id, version, actor, changes) "
             "VALUES ('2026-11-20 02:30:00', 'parties', 1, 2, '前台', "
             "'[[\"Note\", \"\", \"看三房\"]]')"],
    "0006": ["UPDATE customers SET consent = 'yes', consent_at = '2026-11-20 02:20:00', "
             "consent_by = '前台', consent_source = 'registration' WHERE id = 1"],
    "0007": [_audit_0007()],
    "0008": ["INSERT INTO table_tasks (place, party_id, created_at, done_at) VALUES "
             "('VIP1', 1, '2026-11-20 04:00:00.000000', NULL)"],
    "0009": ["INSERT INTO refill_checks (party_id, place, due_at, done_at, outcome) VALUES "
             "(2, 'VIP2', '2026-11-21 06:40:00.000000', NULL, NULL)"],
    "0010": ["UPDATE parties SET plate = '沪A0010' WHERE id = 3"],
    "0011": ["UPDATE parties SET phone = '13700110011' WHERE id = 2"],
}


def build(revision: str, target: Path) -> Path:
    target.unlink(missing_ok=True)
    db = Database(f"sqlite:///{target}")
    config = _config()
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
    with db.engine.begin() as conn:
        for rev, statements in DATA.items():
            for statement in statements:
                conn.execute(text(statement))
            if rev == revision:
                break
    db.dispose()
    # One self-contained file (no -wal beside it) is what gets committed.
    raw = sqlite3.connect(target)
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    return target


if __name__ == "__main__":
    rev = sys.argv[1]
    print(build(rev, FIXTURES / f"schema_{rev}.sqlite"))
