"""The bar's printed sheets — requisition (物资领用申请表) and daily consumption (物耗日报) —
built from what the stock service reports, read back with pdfplumber."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pdfplumber
import pytest

from reception_desk.domain.bar import DrinkCategory, OrderLine
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.printing.bar_sheets import (
    CONSUMPTION_TITLE,
    REQUISITION_TITLE,
    build_consumption_pdf,
    build_requisition_pdf,
    consumption_rows,
    format_quantity,
    format_variance,
    requisition_rows,
    variance_word,
)
from reception_desk.services.context import Services
from reception_desk.services.stock import DayLine, RequisitionLine
from tests.conftest import TEST_ACTOR, FakeClock

DAY = date(2026, 11, 28)
PRINTED = datetime(2026, 11, 28, 18, 55)


def text_of(pdf: Path | io.BytesIO) -> str:
    with pdfplumber.open(pdf) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


@pytest.fixture
def stocked(services: Services, clock: FakeClock) -> Services:
    """茶叶 and 纸杯 running low after a morning of tea; 矿泉水 plenty."""
    leaves = services.stock.save_item("铁观音茶叶", "克", 110, quantity=120, actor=TEST_ACTOR).id
    cups = services.stock.save_item("一次性纸杯", "个", 20, quantity=30, actor=TEST_ACTOR).id
    services.stock.save_item("矿泉水", "瓶", 12, quantity=48, actor=TEST_ACTOR)
    tea = services.bar.save_menu_item("铁观音", DrinkCategory.TEA, [(leaves, 5), (cups, 1)],
                                      actor=TEST_ACTOR).id
    party = services.arrivals.register(PartyDraft("王", Honorific.MR, 3, VisitKind.WALK_IN,
                                                  "网络")).id
    services.arrivals.move(party, Stage.SEATED, place="VIP1")
    order = services.bar.order(party, [OrderLine(tea, 3)]).id
    clock.advance(minutes=2)
    services.bar.bump(order)
    services.stock.receive(cups, 10, "供应商送货")
    return services


def test_requisition_sheet(stocked: Services, tmp_path: Path) -> None:
    lines = stocked.stock.requisition()
    assert [(line.name, line.quantity, line.suggested) for line in lines] == [
        ("铁观音茶叶", 105.0, 115.0)]
    # Make the cups low too: a count finds only 15.
    cups = next(s.id for s in stocked.stock.items() if s.name == "一次性纸杯")
    stocked.stock.close_day(DAY, {cups: 15})
    lines = stocked.stock.requisition()
    target = tmp_path / "requisition.pdf"
    build_requisition_pdf(target, lines, site_name="翡翠湾售楼处", day=DAY,
                          generated_at=PRINTED)
    text = text_of(target)
    for expected in (REQUISITION_TITLE, "翡翠湾售楼处", "铁观音茶叶", "一次性纸杯", "2026-11-28",
                     "申请人", "审批人", "建议领用数量", "现有数量", "警戒数量",
                     "打印时间：2026-11-28 18:55"):
        assert expected in text, expected
    assert "矿泉水" not in text  # not low
    assert "105" in text and "115" in text  # tea leaves: 105 now, suggest 115 (to 2 × 110)
    assert "共 2 项" in text


def test_requisition_rows_and_an_empty_sheet() -> None:
    rows = requisition_rows([RequisitionLine("纸巾", "包", 2.5, 5, 7.5)])
    assert rows == [["1", "纸巾", "包", "2.5", "5", "7.5", "", ""]]
    buffer = io.BytesIO()
    build_requisition_pdf(buffer, [], site_name="售楼处", day=DAY, generated_at=PRINTED)
    buffer.seek(0)
    text = text_of(buffer)
    assert REQUISITION_TITLE in text and "无记录" in text


def test_consumption_sheet_before_and_after_the_count(stocked: Services,
                                                      tmp_path: Path) -> None:
    before = stocked.stock.day(DAY)
    path = tmp_path / "before.pdf"
    build_consumption_pdf(path, before, site_name="翡翠湾售楼处", day=DAY, generated_at=PRINTED)
    text = text_of(path)
    for expected in (CONSUMPTION_TITLE, "铁观音茶叶", "一次性纸杯", "矿泉水", "期初", "入库",
                     "消耗", "应存", "实盘", "差异", "盘点人", "已盘点 0 项", "请手写填入"):
        assert expected in text, expected
    assert "短缺" not in text.replace("无短缺", "")

    counted = {line.stock_item_id: line.expected for line in before}
    leaves = next(line for line in before if line.name == "铁观音茶叶")
    counted[leaves.stock_item_id] = leaves.expected - 3  # 3 g missing
    stocked.stock.close_day(DAY, counted)
    after = stocked.stock.day(DAY)
    assert next(line for line in after if line.name == "铁观音茶叶").variance == -3
    buffer = io.BytesIO()
    build_consumption_pdf(buffer, after, site_name="翡翠湾售楼处", day=DAY,
                          generated_at=PRINTED, counted_at=datetime(2026, 11, 28, 18, 52))
    buffer.seek(0)
    text = text_of(buffer)
    assert "盘点时间：18:52" in text
    assert "短缺 1 项：铁观音茶叶 -3 克" in text
    assert "已盘点 3 项" in text


def test_consumption_rows() -> None:
    lines = [
        DayLine(1, "纸杯", "个", 30, 10, 3, 37, 35, -2),
        DayLine(2, "茶叶", "克", 100, 0, 15, 85, 86.5, 1.5),
        DayLine(3, "矿泉水", "瓶", 48, 0, 0, 48, 48, 0),
        DayLine(4, "牛奶", "盒", 6, 0, 1, 5, None, None),
    ]
    assert consumption_rows(lines) == [
        ["1", "纸杯", "个", "30", "10", "3", "37", "35", "-2", "短缺"],
        ["2", "茶叶", "克", "100", "0", "15", "85", "86.5", "+1.5", "盈余"],
        ["3", "矿泉水", "瓶", "48", "0", "0", "48", "48", "0", "相符"],
        ["4", "牛奶", "盒", "6", "0", "1", "5", "", "", ""],
    ]


@pytest.mark.parametrize(("value", "text"), [
    (2.0, "2"), (0.5, "0.5"), (1.25, "1.25"), (-0.0, "0"), (-0.0001, "0"), (1 / 3, "0.333"),
    (None, ""), (1000000, "1000000")])
def test_format_quantity(value: float | None, text: str) -> None:
    assert format_quantity(value) == text


def test_variance_words() -> None:
    assert (format_variance(-2), variance_word(-2)) == ("-2", "短缺")
    assert (format_variance(0.25), variance_word(0.25)) == ("+0.25", "盈余")
    assert (format_variance(0.0), variance_word(0.0)) == ("0", "相符")
    assert (format_variance(None), variance_word(None)) == ("", "")
