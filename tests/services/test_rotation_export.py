"""The rotation-log and rotation-stats export datasets, in Chinese (CSV) and English (XLSX)."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from openpyxl import load_workbook

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.rotation import DutyStatus
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.services.export import dataset_names, export_to_file, get_dataset
from tests.conftest import TEST_ACTOR, manager_actor

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)


@pytest.fixture
def day(services: Services, clock: FakeClock) -> None:
    rotation, arrivals = services.rotation, services.arrivals
    chen, liu = (rotation.save_consultant(ConsultantDraft(name, f"XS{n:03d}"), actor=TEST_ACTOR).id
                 for n, name in enumerate(("陈静", "刘洋"), start=1))
    rotation.sign_in(chen, actor="前台")
    rotation.sign_in(liu, actor="前台")
    wang = arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
    rotation.assign(wang, chen, actor="前台")
    clock.advance(minutes=1)
    li = arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN, "路过")).id
    rotation.assign(li, liu, actor="前台")
    clock.advance(minutes=2)
    arrivals.mark_invalid(li, InvalidReason.DELIVERY)
    rotation.set_status(liu, DutyStatus.BREAK, actor="前台")
    clock.advance(minutes=42)
    arrivals.move(wang, Stage.DEPARTED)
    # typed text, never a formula:
    rotation.move(liu, 1, actor=manager_actor("李经理"), reason="=SUM(1)")
    # Another day, outside the exported range.
    clock.advance(days=1)
    rotation.sign_in(chen)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_both_datasets_are_registered() -> None:
    assert {"visits", "rotation-log", "rotation-stats"} <= set(dataset_names())
    assert get_dataset("rotation-log").title("zh_CN") == "轮接记录"
    assert get_dataset("rotation-stats").title("en") == "Rotation statistics"


def test_rotation_log_in_chinese(services: Services, day: None, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    assert export_to_file(services, "rotation-log", DAY, DAY, "csv", "zh_CN", path) == 8
    rows = read_csv(path)
    assert list(rows[0]) == ["时间", "事件", "置业顾问", "客户", "方式", "原序位", "新序位",
                             "操作人", "原因", "状态"]
    assert [(r["时间"], r["事件"], r["置业顾问"], r["客户"], r["方式"], r["原序位"],
             r["新序位"], r["操作人"], r["原因"], r["状态"]) for r in rows] == [
        ("2026-11-28 10:00", "签到", "陈静", "", "", "", "1", "前台", "", ""),
        ("2026-11-28 10:00", "签到", "刘洋", "", "", "", "2", "前台", "", ""),
        ("2026-11-28 10:00", "分配", "陈静", "王先生", "按序", "1", "2", "前台", "", ""),
        ("2026-11-28 10:01", "分配", "刘洋", "李女士", "按序", "1", "2", "前台", "", ""),
        ("2026-11-28 10:03", "补轮", "刘洋", "李女士", "", "2", "1", "", "无效接待", ""),
        ("2026-11-28 10:03", "状态", "刘洋", "", "", "1", "1", "前台", "", "休息"),
        ("2026-11-28 10:45", "离开", "陈静", "王先生", "", "2", "2", "", "", ""),
        ("2026-11-28 10:45", "经理调整", "刘洋", "", "", "1", "1", "李经理", "'=SUM(1)", ""),
    ]


def test_rotation_log_in_english_xlsx(services: Services, day: None, tmp_path: Path) -> None:
    path = tmp_path / "log.xlsx"
    export_to_file(services, "rotation-log", DAY, DAY, "xlsx", "en", path)
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Time", "Event", "Consultant", "Customer", "Mode", "Position before",
                         "Position after", "By", "Reason", "Status"]
    assert values[1][0] == datetime(2026, 11, 28, 10, 0)  # a real local datetime
    assert [row[1] for row in values[1:]] == [
        "Signed in", "Signed in", "Assigned", "Assigned", "Turn restored", "Status",
        "Party left", "Moved by manager"]
    assert values[3][4] == "In turn" and values[3][5:7] == [1, 2]
    assert values[5][8] == "Invalid reception"
    assert values[6][9] == "On break"
    assert values[8][8] == "=SUM(1)" and sheet.cell(9, 9).data_type == "s"


def test_rotation_stats(services: Services, day: None, tmp_path: Path) -> None:
    path = tmp_path / "stats.csv"
    assert export_to_file(services, "rotation-stats", DAY, DAY, "csv", "zh_CN", path) == 2
    rows = {r["置业顾问"]: r for r in read_csv(path)}
    assert rows["陈静"] == {"置业顾问": "陈静", "工号": "XS001", "有效接待": "1",
                          "无效接待": "0", "老客户接待": "0", "平均接待(分钟)": "45.0",
                          "被补位": "0", "过号": "0", "经理调整": "0"}
    assert rows["刘洋"]["无效接待"] == "1" and rows["刘洋"]["有效接待"] == "0"
    assert rows["刘洋"]["平均接待(分钟)"] == "" and rows["刘洋"]["经理调整"] == "1"
    english = tmp_path / "stats-en.csv"
    later = DAY + timedelta(days=1)
    assert export_to_file(services, "rotation-stats", later, later, "csv", "en",
                          english) == 0
    assert read_csv(english) == []
