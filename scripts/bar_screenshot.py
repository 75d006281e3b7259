#!/usr/bin/env python3
"""Render the bar window with a realistic moment into a PNG (offscreen, no display).

    QT_QPA_PLATFORM=offscreen python scripts/bar_screenshot.py [/tmp/bar_window.png]

A temporary database gets a menu and stock, six seated parties and orders in
every timer state (in time, due soon, late), a refill round due and one coming,
a table to clear and two low-stock items. The clock is fixed at 10:00 Beijing
time, so the picture is the same every run. Preferences go to a temporary home.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="bar-shot-")
os.environ["RECEPTION_DESK_HOME"] = _home
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reception_desk.app import make_qapp  # noqa: E402
from reception_desk.domain.bar import DrinkCategory, OrderLine, OrderSource  # noqa: E402
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind  # noqa: E402
from reception_desk.domain.roles import Actor  # noqa: E402
from reception_desk.domain.stages import Stage  # noqa: E402
from reception_desk.services.context import Services  # noqa: E402
from reception_desk.startup import open_database  # noqa: E402

NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
ACTOR = Actor.system("screenshot")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def fill(services: Services, clock: Clock) -> None:
    stock = services.stock
    tea = stock.save_item("龙井茶叶", "克", 100, quantity=450, actor=ACTOR).id
    tieguanyin = stock.save_item("铁观音茶叶", "克", 100, quantity=380, actor=ACTOR).id
    beans = stock.save_item("咖啡豆", "克", 200, quantity=1200, actor=ACTOR).id
    water = stock.save_item("矿泉水", "瓶", 24, quantity=9, actor=ACTOR).id
    juice = stock.save_item("鲜橙", "个", 12, quantity=5, actor=ACTOR).id
    cups = stock.save_item("纸杯", "个", 50, quantity=300, actor=ACTOR).id
    menu = {}
    drinks: tuple[tuple[str, DrinkCategory, list[tuple[int, float]]], ...] = (
        ("龙井", DrinkCategory.TEA, [(tea, 5), (cups, 1)]),
        ("铁观音", DrinkCategory.TEA, [(tieguanyin, 6), (cups, 1)]),
        ("美式咖啡", DrinkCategory.COFFEE, [(beans, 18), (cups, 1)]),
        ("鲜榨橙汁", DrinkCategory.JUICE, [(juice, 2), (cups, 1)]),
        ("矿泉水", DrinkCategory.WATER, [(water, 1)]),
        ("柠檬水", DrinkCategory.OTHER, [(cups, 1)]),
    )
    for name, category, recipe in drinks:
        menu[name] = services.bar.save_menu_item(name, category, recipe, actor=ACTOR).id

    arrivals = services.arrivals
    parties = {}
    clock.now = NOW - timedelta(minutes=40)
    for surname, honorific, size, place, phone in (
        ("王", Honorific.MR, 3, "VIP1", "13811112222"),
        ("李", Honorific.MS, 2, "VIP2", "13922223333"),
        ("张", Honorific.MR, 4, "VIP3", "13733334444"),
        ("陈", Honorific.MS, 2, "洽谈区1", "13644445555"),
        ("刘", Honorific.MR, 1, "洽谈区2", "13555556666"),
        ("赵", Honorific.MS, 3, "洽谈区3", "13466667777"),
        ("孙", Honorific.MR, 2, "洽谈区4", "13377778888"),
    ):
        party = arrivals.register(PartyDraft(surname, honorific, size, VisitKind.WALK_IN,
                                             "网络", phone=phone))
        arrivals.move(party.id, Stage.SEATED, place)
        parties[place] = party.id

    def order(place: str, minutes_ago: float, *items: tuple[str, int],
              source: OrderSource = OrderSource.DESK) -> int:
        at = NOW - timedelta(minutes=minutes_ago)
        clock.now = at
        return services.bar.order(parties[place], [OrderLine(menu[n], c) for n, c in items],
                                  source, at=at).id

    # Served earlier: VIP2's refill round is due, 洽谈区3's comes later.
    served = order("VIP2", 22, ("铁观音", 2))
    services.bar.bump(served, at=NOW - timedelta(minutes=20))
    served = order("洽谈区3", 9, ("美式咖啡", 1), ("矿泉水", 2))
    services.bar.bump(served, at=NOW - timedelta(minutes=7))
    # 孙先生 has left: his table is to be cleared.
    served = order("洽谈区4", 30, ("柠檬水", 2))
    services.bar.bump(served, at=NOW - timedelta(minutes=28))
    clock.now = NOW - timedelta(minutes=2)
    arrivals.move(parties["洽谈区4"], Stage.DEPARTED)
    # Waiting now, oldest first: late, due soon, in time.
    order("VIP1", 3 + 42 / 60, ("龙井", 2), ("矿泉水", 1))
    order("VIP3", 2 + 18 / 60, ("美式咖啡", 3), source=OrderSource.CONSULTANT)
    order("洽谈区1", 1 + 5 / 60, ("鲜榨橙汁", 2))
    order("洽谈区2", 0.35, ("铁观音", 1))
    clock.now = NOW


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bar_window.png")
    qapp, _ = make_qapp("zh_CN")
    from reception_desk.ui.bar import BarWindow
    from reception_desk.ui.events import EventBridge

    with tempfile.TemporaryDirectory() as folder:
        db, _ = open_database(f"sqlite:///{Path(folder) / 'bar.db'}")
        clock = Clock(NOW)
        services = Services.open(db, clock=clock)
        fill(services, clock)
        bridge = EventBridge(services)
        window = BarWindow(services, bridge)
        window.remember_layout = False
        window.resize(1280, 800)
        window.show()
        for _ in range(10):
            qapp.processEvents()
        window.tick()
        window.flash_on = False  # the calm half of the flash
        qapp.processEvents()
        ok = window.grab().save(str(target))
        window.close()
        bridge.stop()
        db.dispose()
    print(target if ok else f"cannot write {target}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
