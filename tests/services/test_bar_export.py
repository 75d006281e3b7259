"""Exports of the water bar: `drink-orders` (one row per drink), `stock` (movements)
and `stock-counts` (closing counts), in Chinese and English, CSV and XLSX."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from openpyxl import load_workbook

from reception_desk.domain.bar import DrinkCategory, OrderLine, OrderSource, RefillOutcome
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.services.export import dataset_names, export_to_file, get_dataset
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)  # the FakeClock starts at 10:00 Beijing time on this day

ORDER_HEADERS_ZH = ["日期", "下单时间", "单号", "客户", "座位", "饮品", "数量", "出品时间",
                    "出品用时(秒)", "超时", "首杯/续杯", "来源", "状态"]
ORDER_HEADERS_EN = ["Date", "Ordered", "Order no.", "Customer", "Place", "Drink", "Count",
                    "Served", "Seconds to serve", "Late", "First or refill", "Ordered by",
                    "Status"]


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def seat(services: Services, surname: str, honorific: Honorific, place: str) -> int:
    party = services.arrivals.register(PartyDraft(surname, honorific, 2, VisitKind.WALK_IN,
                                                  "网络", phone="13812345678"))
    services.arrivals.move(party.id, Stage.SEATED, place)
    return party.id


@pytest.fixture
def day_at_the_bar(services: Services, clock: FakeClock) -> dict[str, int]:
    """Yesterday one order; today 王先生 served in 90 s then a new drink at the refill
    round (still waiting), 欧阳女士 served late (250 s), 李女士 left before hers came.
    The closing count finds two tea bags short."""
    stock, bar = services.stock, services.bar
    clock.advance(days=-1)
    tea = stock.save_item("龙井茶叶", "包", 10, quantity=40, actor=TEST_ACTOR).id
    beans = stock.save_item("咖啡豆", "克", 300, quantity=1000, actor=TEST_ACTOR).id
    longjing = bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea, 1)], actor=TEST_ACTOR).id
    coffee = bar.save_menu_item("美式咖啡", DrinkCategory.COFFEE, [(beans, 18)],
                                actor=TEST_ACTOR).id
    yesterday = seat(services, "赵", Honorific.MR, "VIP3")
    bar.bump(bar.order(yesterday, [OrderLine(longjing, 1)]).id)
    services.arrivals.move(yesterday, Stage.DEPARTED)
    clock.advance(days=1)  # 10:00 today
    stock.receive(tea, 20, note="供应商送货", actor="水吧")
    wang = seat(services, "王", Honorific.MR, "VIP1")
    first = bar.order(wang, [OrderLine(longjing, 2), OrderLine(coffee, 1)])
    clock.advance(seconds=90)
    bar.bump(first.id)
    clock.advance(minutes=3, seconds=30)  # 10:05
    ouyang = seat(services, "欧阳", Honorific.MS, "VIP2")
    late = bar.order(ouyang, [OrderLine(coffee, 2)], OrderSource.CONSULTANT)
    clock.advance(seconds=250)
    bar.bump(late.id)
    clock.advance(seconds=5)
    bar.recall(late.id)  # bumped the wrong card...
    clock.advance(seconds=5)
    bar.bump(late.id)  # ...and served at 260 s
    li = seat(services, "李", Honorific.MS, "洽谈区1")
    closed = bar.order(li, [OrderLine(longjing, 1)])
    clock.advance(minutes=1)
    services.arrivals.move(li, Stage.DEPARTED)
    clock.now = datetime.combine(DAY, datetime.min.time(), clock.now.tzinfo) + timedelta(
        hours=2, minutes=16, seconds=30)  # 10:16:30
    (check,) = [c for c in bar.board().refills_due if c.party_id == wang]
    refill = bar.refill_done(check.id, RefillOutcome.NEW_DRINK, [OrderLine(coffee, 1)])
    assert refill is not None
    clock.now = clock.now.replace(hour=10, minute=50)  # 18:50
    stock.close_day(DAY, {tea: 56, beans: 928.5}, actor="水吧")
    return {"first": first.id, "late": late.id, "closed": closed.id, "refill": refill.id,
            "tea": tea, "beans": beans}


def test_the_bar_datasets_are_registered() -> None:
    assert {"drink-orders", "stock", "stock-counts"} <= set(dataset_names())
    assert get_dataset("drink-orders").title("zh") == "水吧出品记录"
    assert get_dataset("stock").title("en") == "Stock movements"
    assert get_dataset("stock-counts").title("zh") == "闭店盘点"


def test_drink_orders_one_row_per_drink_in_chinese(services: Services,
                                                   day_at_the_bar: dict[str, int],
                                                   tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    assert export_to_file(services, "drink-orders", DAY, DAY, "csv", "zh_CN", target) == 5
    headers, rows = read_csv(target)
    assert headers == ORDER_HEADERS_ZH
    table = [(r["下单时间"], r["单号"], r["客户"], r["座位"], r["饮品"], r["数量"],
              r["出品时间"], r["出品用时(秒)"], r["超时"], r["首杯/续杯"], r["来源"], r["状态"])
             for r in rows]
    first, late, closed, refill = (str(day_at_the_bar[k]) for k in
                                   ("first", "late", "closed", "refill"))
    assert table == [
        ("10:00", first, "王先生", "VIP1", "龙井", "2", "10:01", "90", "否", "首杯", "前台",
         "已出品"),
        ("10:00", first, "王先生", "VIP1", "美式咖啡", "1", "10:01", "90", "否", "首杯", "前台",
         "已出品"),
        ("10:05", late, "欧阳女士", "VIP2", "美式咖啡", "2", "10:09", "260", "是", "首杯", "顾问",
         "已出品"),
        ("10:09", closed, "李女士", "洽谈区1", "龙井", "1", "", "", "", "首杯", "前台", "已关闭"),
        ("10:16", refill, "王先生", "VIP1", "美式咖啡", "1", "", "", "", "续杯新饮品", "水吧",
         "待出品"),
    ]
    assert {r["日期"] for r in rows} == {"2026-11-28"}
    # Yesterday's order is there when asked for.
    assert export_to_file(services, "drink-orders", DAY - timedelta(days=1), DAY, "csv", "zh",
                          target) == 6


def test_drink_orders_in_english_and_late_by_the_setting(services: Services,
                                                         day_at_the_bar: dict[str, int],
                                                         tmp_path: Path) -> None:
    services.settings.save(replace(services.settings.current(), serve_minutes=5,
                                   serve_amber_minutes=4), TEST_ACTOR)
    target = tmp_path / "orders.csv"
    export_to_file(services, "drink-orders", DAY, DAY, "csv", "en", target)
    headers, rows = read_csv(target)
    assert headers == ORDER_HEADERS_EN
    assert [(r["Late"], r["First or refill"], r["Ordered by"], r["Status"]) for r in rows] == [
        ("No", "First", "Desk", "Served"), ("No", "First", "Desk", "Served"),
        ("No", "First", "Consultant", "Served"),  # 260 s is within 5 minutes
        ("", "First", "Desk", "Closed"), ("", "New drink at refill", "Bar", "Waiting")]


def test_drink_orders_in_excel_are_typed(services: Services, day_at_the_bar: dict[str, int],
                                         tmp_path: Path) -> None:
    target = tmp_path / "orders.xlsx"
    export_to_file(services, "drink-orders", DAY, DAY, "xlsx", "zh", target)
    sheet = load_workbook(target).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == ORDER_HEADERS_ZH
    row = values[3]
    assert row[1] == datetime(2026, 11, 28, 10, 5)
    assert (row[6], row[8], row[9]) == (2, 260, "是")
    assert sheet.title == "水吧出品记录"


def test_stock_movements(services: Services, day_at_the_bar: dict[str, int],
                         tmp_path: Path) -> None:
    target = tmp_path / "stock.csv"
    export_to_file(services, "stock", DAY, DAY, "csv", "zh_CN", target)
    headers, rows = read_csv(target)
    assert headers == ["时间", "物品", "单位", "类型", "数量", "单号", "备注", "操作人"]
    table = [(r["时间"][11:], r["物品"], r["单位"], r["类型"], r["数量"], r["单号"], r["备注"],
              r["操作人"]) for r in rows]
    first, late = str(day_at_the_bar["first"]), str(day_at_the_bar["late"])
    assert table == [
        ("10:00", "龙井茶叶", "包", "入库", "20", "", "供应商送货", "水吧"),
        ("10:01", "龙井茶叶", "包", "出品", "-2", first, "", ""),
        ("10:01", "咖啡豆", "克", "出品", "-18", first, "", ""),
        ("10:09", "咖啡豆", "克", "出品", "-36", late, "", ""),
        ("10:09", "咖啡豆", "克", "撤回", "36", late, "", ""),
        ("10:09", "咖啡豆", "克", "出品", "-36", late, "", ""),
        ("18:50", "龙井茶叶", "包", "盘点调整", "-1", "", "闭店盘点", "水吧"),
        ("18:50", "咖啡豆", "克", "盘点调整", "-17.5", "", "闭店盘点", "水吧"),
    ]
    export_to_file(services, "stock", DAY - timedelta(days=1), DAY, "csv", "en", target)
    headers, rows = read_csv(target)
    assert headers == ["Time", "Item", "Unit", "Kind", "Quantity", "Order no.", "Note", "By"]
    assert [(r["Kind"], r["Note"]) for r in rows[:4]] == [
        ("Goods in", "Opening stock"), ("Goods in", "Opening stock"), ("Served", ""),
        ("Goods in", "供应商送货")]
    assert {r["Kind"] for r in rows} == {"Goods in", "Served", "Recalled", "Count adjustment"}
    export_to_file(services, "stock", DAY, DAY, "xlsx", "zh", tmp_path / "stock.xlsx")
    sheet = load_workbook(tmp_path / "stock.xlsx").active
    assert sheet is not None
    quantities = [r[4] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert quantities == [20, -2, -18, -36, 36, -36, -1, -17.5]  # numbers, not text


def test_stock_counts_with_variance(services: Services, day_at_the_bar: dict[str, int],
                                    tmp_path: Path) -> None:
    target = tmp_path / "counts.csv"
    assert export_to_file(services, "stock-counts", DAY, DAY, "csv", "zh", target) == 2
    headers, rows = read_csv(target)
    assert headers == ["日期", "物品", "单位", "应有数量", "实盘数量", "差异", "结果", "盘点时间",
                       "盘点人"]
    # Tea: 40 - 1 yesterday + 20 - 2 today = 57 (李女士's cup was never made).
    # Coffee: 1000 - 18 - 36 = 946 (the refill's new cup is still waiting).
    assert [(r["日期"], r["物品"], r["应有数量"], r["实盘数量"], r["差异"], r["结果"],
             r["盘点时间"], r["盘点人"]) for r in rows] == [
        ("2026-11-28", "龙井茶叶", "57", "56", "-1", "短缺", "2026-11-28 18:50", "水吧"),
        ("2026-11-28", "咖啡豆", "946", "928.5", "-17.5", "短缺", "2026-11-28 18:50",
         "水吧"),
    ]
    assert export_to_file(services, "stock-counts", DAY - timedelta(days=1),
                          DAY - timedelta(days=1), "csv", "zh", target) == 0
    services.stock.close_day(DAY + timedelta(days=1), {day_at_the_bar["tea"]: 58})
    export_to_file(services, "stock-counts", DAY, DAY + timedelta(days=1), "csv", "en", target)
    headers, rows = read_csv(target)
    assert [(r["Item"], r["Variance"], r["Result"]) for r in rows] == [
        ("龙井茶叶", "-1", "Shortage"), ("咖啡豆", "-17.5", "Shortage"),
        ("龙井茶叶", "2", "Surplus")]
