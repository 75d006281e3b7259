"""The rotation log sheet for the month-end review, built from a log the services wrote and
read back with pdfplumber: what a manager would see printed."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pdfplumber
import pytest

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.rotation import ASSIGN_LABELS, DUTY_LABELS, AssignMode, DutyStatus
from reception_desk.domain.stages import Stage
from reception_desk.i18n import translated
from reception_desk.printing.rotation_log import (
    KIND_LABELS,
    build_rotation_log_pdf,
    log_rows,
)
from reception_desk.services.context import Services
from reception_desk.services.rotation import LogEntry
from tests.conftest import TEST_ACTOR, manager_actor

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)


@pytest.fixture
def entries(services: Services, clock: FakeClock) -> list[LogEntry]:
    rotation, arrivals = services.rotation, services.arrivals
    ids = [rotation.save_consultant(ConsultantDraft(name, f"XS{n:03d}"), actor=TEST_ACTOR).id
           for n, name in enumerate(("陈静", "刘洋", "张伟"), start=1)]
    for consultant in ids:
        rotation.sign_in(consultant, actor="前台")
    wang = arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
    rotation.assign(wang, ids[0], actor="前台")
    clock.advance(minutes=2)
    li = arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN, "路过")).id
    rotation.assign(li, ids[1], actor="前台")
    clock.advance(minutes=3)
    arrivals.mark_invalid(li, InvalidReason.COMPETITOR)
    rotation.missed_turn(ids[1], actor="前台")
    zhao = arrivals.register(PartyDraft("赵", Honorific.MR, 3, VisitKind.WALK_IN, "网络")).id
    rotation.assign(zhao, ids[1], manager=manager_actor("李经理"),
                    reason="客户指定置业顾问，上周电话约访过")
    clock.advance(minutes=45)
    arrivals.move(wang, Stage.DEPARTED)
    rotation.set_status(ids[2], DutyStatus.BREAK, actor="前台")
    return rotation.log(DAY, DAY)


def texts(pdf: Path | io.BytesIO) -> tuple[list[str], list[tuple[float, float]]]:
    with pdfplumber.open(pdf) as document:
        return ([page.extract_text() or "" for page in document.pages],
                [(page.width, page.height) for page in document.pages])


def test_the_sheet_shows_who_what_and_why(entries: list[LogEntry], tmp_path: Path,
                                          services: Services) -> None:
    path = tmp_path / "rotation.pdf"
    build_rotation_log_pdf(path, entries, site_name="滨江壹号售楼处", date_from=DAY,
                           date_to=DAY, zone=services.settings.current().zone(),
                           generated_at=datetime(2026, 11, 30, 18, 5))
    pages, sizes = texts(path)
    assert all(width > height for width, height in sizes)  # landscape
    text = "\n".join(pages)
    for expected in ("滨江壹号售楼处", "轮接记录表", "2026-11-28", "全部置业顾问",
                     "时间", "事件", "置业顾问", "客户", "方式", "原序位", "新序位", "操作人",
                     "原因",
                     "陈静", "刘洋", "张伟", "王先生", "李女士", "赵先生",
                     "签到", "分配", "补轮", "过号", "离开", "状态",
                     "按序", "经理指定", "休息", "李经理", "前台",
                     "无效接待", "上周电话约访过", "销售经理签字：", "置业顾问确认：",
                     "2026-11-30 18:05"):
        assert expected in text, expected
    assert "invalid reception" not in text  # the program's own reason, in Chinese
    # Times are the site's local time: the first sign-in was at 10:00 in Shanghai.
    assert "10:00:00" in text and "02:00:00" not in text
    summary = next(line for line in text.splitlines() if line.startswith("共"))
    assert f"共 {len(entries)} 条记录" in summary


def test_a_row_per_entry_in_chinese(entries: list[LogEntry], services: Services) -> None:
    rows = log_rows(entries, services.settings.current().zone(), "%H:%M")
    assert len(rows) == len(entries)
    override = next(r for r in rows if r[4] == translated(ASSIGN_LABELS[AssignMode.OVERRIDE], "zh"))
    assert override[:5] == ["10:05", "分配", "刘洋", "赵先生", "经理指定"]
    assert override[8:] == ["李经理", "客户指定置业顾问，上周电话约访过"]
    restore = next(r for r in rows if r[1] == "补轮")
    assert restore[2:4] == ["刘洋", "李女士"] and restore[6:8] == ["3", "1"]
    assert restore[9] == "无效接待"
    on_break = rows[-1]
    assert on_break[1] == translated(KIND_LABELS[entries[-1].kind], "zh") == "状态"
    assert on_break[5] == translated(DUTY_LABELS[DutyStatus.BREAK], "zh") == "休息"
    assert rows[0][6:8] == ["", "1"]  # signing in: not in the queue before


def test_filtered_by_consultant(entries: list[LogEntry], services: Services) -> None:
    buffer = io.BytesIO()
    build_rotation_log_pdf(buffer, entries, site_name="售楼处", date_from=date(2026, 11, 1),
                           date_to=date(2026, 11, 30), zone=services.settings.current().zone(),
                           consultant_filter="陈静")
    buffer.seek(0)
    pages, _ = texts(buffer)
    text = "\n".join(pages)
    assert "2026-11-01 至 2026-11-30" in text and "置业顾问：陈静" in text
    assert "11-28 10:00:00" in text  # a period: the day is printed with the time
    assert "王先生" in text and "刘洋" not in text and "赵先生" not in text
    assert "共 3 条记录" in text  # signed in, assigned, released


def test_an_empty_log_still_prints_the_form(tmp_path: Path, services: Services) -> None:
    path = tmp_path / "empty.pdf"
    build_rotation_log_pdf(path, [], site_name="售楼处", date_from=DAY, date_to=DAY,
                           zone=services.settings.current().zone())
    text = "\n".join(texts(path)[0])
    assert "无记录" in text and "销售经理签字：" in text and "共 0 条记录" in text
