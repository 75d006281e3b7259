"""Importing agencies' pre-registration lists: row-by-row errors, all-or-nothing, idempotent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from openpyxl import Workbook

from reception_desk.domain.customer_records import AppointmentSource, Conflict
from reception_desk.services import appointment_import
from reception_desk.services.appointment_import import ImportFileError
from reception_desk.services.appointments import flag_conflict
from reception_desk.services.context import Services
from tests.services.hotline_helpers import add_consultant, call_form

if TYPE_CHECKING:
    pass

DAY = date(2026, 11, 29)
ROWS = [
    ["渠道", "客户姓名", "电话", "预计到访日期", "经纪人"],
    ["链家", "张伟", "138 1234 5678", "2026-11-29", "小李"],     # row 2: fine
    ["链家", "李娜", "", "2026-11-29", "小李"],                  # row 3: missing phone
    ["链家", "王芳", "13900001111", "11月29日", "小李"],         # row 4: bad date
    ["链家", "张伟", "13812345678", "2026/11/29", "小李"],       # row 5: duplicate of 2
    ["链家", "赵强", "12345", "2026-11-29", "小李"],             # row 6: bad phone
    ["链家", "周敏", "13700002222", "2026年11月30日", "小周"],   # row 7: fine
]


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8-sig") -> Path:
    path.write_bytes("\n".join(",".join(str(c) for c in r) for r in rows).encode(encoding))
    return path


def test_bad_rows_are_reported_row_by_row_and_the_good_ones_imported(
        any_services: Services, tmp_path: Path) -> None:
    services = any_services
    preview = services.appointment_import.preview(write_csv(tmp_path / "list.csv", ROWS))
    assert [(p.row, p.code) for p in preview.problems] == [
        (3, "missing_phone"), (4, "bad_date"), (5, "duplicate"), (6, "bad_phone")]
    assert preview.problems[2].text() == "Row 5: the same customer, agency and date as row 2."
    assert [r.row for r in preview.rows] == [2, 7] and preview.total == 6
    result = services.appointment_import.import_rows(preview)
    assert result.imported == 2
    day_list = services.appointments.for_day(DAY)
    assert [(a.name, a.phone, a.agency, a.agent, a.source) for a in day_list] == [
        ("张伟", "13812345678", "链家", "小李", AppointmentSource.IMPORT)]
    assert [a.name for a in services.appointments.for_day(date(2026, 11, 30))] == ["周敏"]


def test_importing_the_same_file_twice_adds_nothing(
        any_services: Services, tmp_path: Path) -> None:
    services = any_services
    path = write_csv(tmp_path / "list.csv", ROWS)
    services.appointment_import.import_rows(services.appointment_import.preview(path))
    again = services.appointment_import.preview(path)
    assert again.rows == ()
    # Rows imported before are counted apart: they are not problems.
    assert again.already_imported == (2, 7)
    assert [(p.row, p.code) for p in again.problems] == [
        (3, "missing_phone"), (4, "bad_date"), (5, "duplicate"), (6, "bad_phone")]
    assert again.problem_rows == 4 and again.readable
    assert services.appointment_import.import_rows(again).imported == 0
    only_good = services.appointment_import.preview(
        write_csv(tmp_path / "good.csv", [ROWS[0], ROWS[1], ROWS[6]]))
    assert only_good.already_imported == (2, 3)
    assert only_good.problems == () and only_good.problem_rows == 0 and only_good.readable
    assert len(services.appointments.for_day(DAY)) == 1


def test_a_preview_imported_late_skips_rows_imported_meanwhile(
        services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", ROWS)
    first = services.appointment_import.preview(path)
    second = services.appointment_import.preview(path)
    services.appointment_import.import_rows(first)
    result = services.appointment_import.import_rows(second)
    assert result.imported == 0 and result.skipped == (2, 7)


def test_a_database_error_rolls_every_row_back(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    preview = services.appointment_import.preview(write_csv(tmp_path / "list.csv", ROWS))
    real = flag_conflict  # what appointment_import calls, under the name patched below
    calls: list[int] = []

    def failing(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        real(*args)

    monkeypatch.setattr(appointment_import, "flag_conflict", failing)
    with pytest.raises(RuntimeError):
        services.appointment_import.import_rows(preview)
    assert services.appointments.between(DAY, date(2026, 11, 30)) == []
    assert services.customers.search("138") == []


def test_xlsx_with_english_headers_and_real_dates(services: Services, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Agency", "Customer name", "Phone", "Expected date", "Agent"])
    sheet.append(["Lianjia", "Tom Li", 13812345678, datetime(2026, 11, 29), "Amy"])
    sheet.append(["Lianjia", "Ann", "13900001111", "not a date", "Amy"])
    book.save(tmp_path / "list.xlsx")
    preview = services.appointment_import.preview(tmp_path / "list.xlsx")
    assert [(p.row, p.code) for p in preview.problems] == [(3, "bad_date")]
    services.appointment_import.import_rows(preview)
    assert [(a.name, a.phone) for a in services.appointments.for_day(DAY)] == [
        ("Tom Li", "13812345678")]


def test_gbk_csv_without_bom_is_read(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "gbk.csv", ROWS[:2], encoding="gbk")
    assert [r.name for r in services.appointment_import.preview(path).rows] == ["张伟"]


def test_unreadable_files_say_so(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError):
        services.appointment_import.preview(tmp_path / "missing.csv")
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError):
        services.appointment_import.preview(tmp_path / "bad.xlsx")
    headerless = services.appointment_import.preview(
        write_csv(tmp_path / "h.csv", [["a", "b"], ["1", "2"]]))
    assert not headerless.readable and headerless.problems[0].code == "missing_columns"


def test_import_flags_owned_customers_and_other_agencies(
        any_services: Services, tmp_path: Path) -> None:
    services = any_services
    chen = add_consultant(services, "陈静", "XS001")
    services.calls.log_call(call_form("13812345678", consultant_id=chen))
    rows = [ROWS[0], ["链家", "张伟", "13812345678", "2026-11-29", "小李"],
            ["我爱我家", "周敏", "13700002222", "2026-11-29", "小王"],
            ["链家", "周敏", "13700002222", "2026-11-30", "小李"]]
    preview = services.appointment_import.preview(write_csv(tmp_path / "c.csv", rows))
    result = services.appointment_import.import_rows(preview)
    assert result.conflicts == {2: Conflict.OWNED, 4: Conflict.AGENCY}
    assert {a.conflict for a in services.appointments.conflicts()} == {
        Conflict.OWNED, Conflict.AGENCY}
