"""Exports: the visits dataset in CSV (BOM, Chinese or English) and XLSX, and the registry."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from openpyxl import load_workbook

from reception_desk import i18n
from reception_desk.domain.i18n import QT_TRANSLATE_NOOP
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.i18n import ZH
from reception_desk.services import export
from reception_desk.services.context import Services
from reception_desk.services.export import (
    Column,
    Dataset,
    DateRangeError,
    UnknownDatasetError,
    UnknownFormatError,
    dataset_names,
    export_to_file,
    format_for_path,
    get_dataset,
    register_dataset,
)
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)  # the FakeClock starts at 10:00 Beijing time on this day

ZH_HEADERS = [
    "日期", "到访时间", "客户", "电话", "人数", "类型", "渠道", "老客户", "置业顾问",
    "到达门岗", "停车", "门口迎宾", "顾问接待", "沙盘讲解", "入座洽谈", "参观样板房", "离开",
    "座位", "无效接待", "停留(分钟)",
]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def visits(services: Services, clock: FakeClock) -> dict[str, int]:
    """王先生 walks the whole way; 李女士 is a competitor; 赵先生 came yesterday."""
    arrivals = services.arrivals
    arrivals.register(PartyDraft("赵", Honorific.MR, 1, VisitKind.WALK_IN, "路过"),
                      at=clock() - timedelta(days=1))
    wang = arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.APPOINTMENT, "网络",
                                        phone="138 1234 5678", plate="粤B12345"))
    clock.advance(minutes=1)
    arrivals.move(wang.id, Stage.GREETED)
    clock.advance(minutes=1, seconds=30)
    arrivals.move(wang.id, Stage.RECEIVED)
    arrivals.set_consultant(wang.id, "陈静")
    li = arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN, "其他"))
    clock.advance(minutes=2)
    arrivals.move(wang.id, Stage.SAND_TABLE)
    arrivals.mark_invalid(li.id, InvalidReason.COMPETITOR, "打听价格")
    arrivals.move(li.id, Stage.DEPARTED)
    clock.advance(minutes=5)
    arrivals.move(wang.id, Stage.SEATED, "VIP1")
    clock.advance(minutes=20)
    arrivals.move(wang.id, Stage.DEPARTED)
    return {"wang": wang.id, "li": li.id}


def test_visits_csv_in_chinese(services: Services, visits: dict[str, int],
                               tmp_path: Path) -> None:
    target = tmp_path / "visits.csv"
    rows = export_to_file(services, "visits", DAY, DAY, "csv", "zh_CN", target, actor=TEST_ACTOR)
    assert rows == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle)) == ZH_HEADERS
    wang, li = read_csv(target)
    assert wang == {
        "日期": "2026-11-28", "到访时间": "10:00", "客户": "王先生", "电话": "138****5678",
        "人数": "2", "类型": "预约", "渠道": "网络", "老客户": "否", "置业顾问": "陈静",
        "到达门岗": "10:00", "停车": "", "门口迎宾": "10:01", "顾问接待": "10:02",
        "沙盘讲解": "10:04", "入座洽谈": "10:09", "参观样板房": "", "离开": "10:29",
        "座位": "VIP1", "无效接待": "", "停留(分钟)": "30",
    }
    assert "13812345678" not in raw.decode("utf-8-sig")
    assert li["客户"] == "李女士"
    assert li["类型"] == "自然到访"
    assert li["电话"] == ""
    assert li["无效接待"] == "同行调研：打听价格"
    assert li["顾问接待"] == ""
    assert li["停留(分钟)"] == "2"


def test_visits_csv_in_english(services: Services, visits: dict[str, int],
                               tmp_path: Path) -> None:
    target = tmp_path / "visits.csv"
    export_to_file(services, "visits", DAY, DAY, "csv", "en", target, actor=TEST_ACTOR)
    wang, li = read_csv(target)
    assert list(wang)[:9] == ["Date", "Arrival", "Customer", "Phone", "Party size", "Type",
                              "Channel", "Returning", "Consultant"]
    assert list(wang)[-4:] == ["Departed", "Place", "Invalid reception", "Minutes inside"]
    assert wang["Type"] == "Appointment" and li["Type"] == "Walk-in"
    assert wang["Returning"] == "No"
    assert wang["Sand table"] == "10:04"
    assert li["Invalid reception"] == "Competitor survey: 打听价格"


def test_the_range_is_local_days_inclusive(services: Services, visits: dict[str, int],
                                           tmp_path: Path) -> None:
    target = tmp_path / "v.csv"
    assert export_to_file(services, "visits", DAY - timedelta(days=1), DAY - timedelta(days=1),
                          "csv", "zh_CN", target, actor=TEST_ACTOR) == 1
    assert read_csv(target)[0]["客户"] == "赵先生"
    assert export_to_file(services, "visits", DAY - timedelta(days=1), DAY,
                          "csv", "zh_CN", target, actor=TEST_ACTOR) == 3
    assert export_to_file(services, "visits", DAY + timedelta(days=1), DAY + timedelta(days=9),
                          "csv", "zh_CN", target, actor=TEST_ACTOR) == 0
    with target.open(encoding="utf-8-sig") as handle:
        assert handle.read().strip() == ",".join(ZH_HEADERS)  # header only


def test_a_party_still_inside_has_no_length_of_stay(services: Services,
                                                    tmp_path: Path) -> None:
    services.arrivals.register(PartyDraft("周", Honorific.MS, 3, VisitKind.WALK_IN, "网络"))
    target = tmp_path / "v.csv"
    export_to_file(services, "visits", DAY, DAY, "csv", "zh_CN", target, actor=TEST_ACTOR)
    (row,) = read_csv(target)
    assert row["离开"] == "" and row["停留(分钟)"] == ""


def test_returning_customer_is_marked(services: Services, clock: FakeClock,
                                      tmp_path: Path) -> None:
    phone = "13912345678"
    services.arrivals.register(PartyDraft("孙", Honorific.MR, 2, VisitKind.WALK_IN, "网络",
                                          phone=phone), at=clock() - timedelta(days=3))
    services.arrivals.register(PartyDraft("孙", Honorific.MR, 2, VisitKind.APPOINTMENT,
                                          "网络", phone=phone))
    target = tmp_path / "v.csv"
    export_to_file(services, "visits", DAY, DAY, "csv", "zh_CN", target, actor=TEST_ACTOR)
    assert read_csv(target)[0]["老客户"] == "是"


def test_visits_xlsx(services: Services, visits: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "visits.xlsx"
    assert format_for_path(target) == "xlsx"
    assert export_to_file(services, "visits", DAY, DAY, "xlsx", "zh_CN", target,
                          actor=TEST_ACTOR) == 2
    workbook = load_workbook(target)
    sheet = workbook.active
    assert sheet is not None
    assert sheet.title == "到访登记"
    assert [c.value for c in sheet[1]] == ZH_HEADERS
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    header = {c.value: column for column, c in enumerate(sheet[1], start=1)}
    row = {name: sheet.cell(row=2, column=col) for name, col in header.items()}
    assert row["日期"].value == datetime(2026, 11, 28)
    assert row["到访时间"].value == datetime(2026, 11, 28, 10, 0)  # local, no tzinfo
    assert row["到访时间"].is_date and row["到访时间"].number_format == "hh:mm"
    assert row["离开"].value == datetime(2026, 11, 28, 10, 29, 30)
    assert row["停车"].value is None
    assert row["人数"].value == 2
    assert row["停留(分钟)"].value == 30
    assert row["客户"].value == "王先生"
    assert row["电话"].value == "138****5678"
    assert sheet.column_dimensions["C"].width >= 8
    workbook.close()


class Cancelled(Exception):
    pass


def test_progress_and_cancel(services: Services, visits: dict[str, int],
                             tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    seen: list[tuple[int, int]] = []
    target = out / "v.xlsx"
    export_to_file(services, "visits", DAY, DAY, "xlsx", "en", target,
                   progress=lambda done, total: seen.append((done, total)), actor=TEST_ACTOR)
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)

    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_to_file(services, "visits", DAY, DAY, "csv", "en", out / "c.csv",
                       progress=cancel, actor=TEST_ACTOR)
    with pytest.raises(Cancelled):
        export_to_file(services, "visits", DAY, DAY, "xlsx", "en", out / "c.xlsx",
                       progress=cancel, actor=TEST_ACTOR)
    assert sorted(p.name for p in out.iterdir()) == ["v.xlsx"]  # no half file


def test_unwritable_target_leaves_nothing(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "a-folder").mkdir(parents=True)
    with pytest.raises(OSError):
        export_to_file(services, "visits", DAY, DAY, "csv", "en", out / "no" / "x.csv",
                       actor=TEST_ACTOR)
    with pytest.raises(OSError):
        export_to_file(services, "visits", DAY, DAY, "xlsx", "en", out / "a-folder",
                       actor=TEST_ACTOR)
    assert [p.name for p in out.iterdir()] == ["a-folder"]


def test_bad_requests(services: Services, tmp_path: Path) -> None:
    with pytest.raises(UnknownDatasetError) as caught:
        export_to_file(services, "nope", DAY, DAY, "csv", "en", tmp_path / "x.csv",
                       actor=TEST_ACTOR)
    assert caught.value.known == dataset_names()
    assert "visits" in str(caught.value)
    with pytest.raises(UnknownFormatError):
        export_to_file(services, "visits", DAY, DAY, "pdf", "en", tmp_path / "x.pdf",
                       actor=TEST_ACTOR)
    with pytest.raises(DateRangeError):
        export_to_file(services, "visits", DAY, DAY - timedelta(days=1), "csv", "en",
                       tmp_path / "x.csv", actor=TEST_ACTOR)
    assert format_for_path("a.CSV") == "csv" and format_for_path("b.txt") == "csv"
    assert format_for_path("c.XLSX") == "xlsx"


def test_features_register_their_own_datasets(services: Services, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "_REGISTRY", dict(export._REGISTRY))
    # A feature's titles, headers and words are in the one catalogue (the .ts).
    monkeypatch.setitem(i18n._catalogues, ZH, {
        **i18n.catalogue(ZH), ("TestDrinks", "Drinks"): "饮品", ("TestDrinks", "Drink"): "饮品",
        ("TestDrinks", "Count"): "数量", ("TestDrinks", "Time"): "时间",
        ("TestDrinks", "Tea"): "茶"})
    seen: list[tuple[date, date]] = []

    def rows(_services: Services, date_from: date, date_to: date) -> list[dict[str, object]]:
        seen.append((date_from, date_to))
        return [
            {"what": QT_TRANSLATE_NOOP("TestDrinks", "Tea"), "n": 3,
             "at": datetime(2026, 11, 28, 6, 30, tzinfo=UTC)},
            {"what": "=1+1", "n": None, "at": None},
        ]

    register_dataset(Dataset("drinks", (Column("what", QT_TRANSLATE_NOOP("TestDrinks", "Drink")),
                                        Column("n", QT_TRANSLATE_NOOP("TestDrinks", "Count"),
                                               "int"),
                                        Column("at", QT_TRANSLATE_NOOP("TestDrinks", "Time"),
                                               "datetime")),
                             rows, label=QT_TRANSLATE_NOOP("TestDrinks", "Drinks")))
    assert "drinks" in dataset_names()
    assert get_dataset("drinks").title("en") == "Drinks"
    with pytest.raises(ValueError, match="already registered"):
        register_dataset(get_dataset("drinks"))
    target = tmp_path / "d.csv"
    assert export_to_file(services, "drinks", DAY, DAY, "csv", "zh_CN", target,
                          actor=TEST_ACTOR) == 2
    assert seen == [(DAY, DAY)]
    tea, formula = read_csv(target)
    assert tea == {"饮品": "茶", "数量": "3", "时间": "2026-11-28 14:30"}
    assert formula["饮品"] == "'=1+1"  # never a live formula in Excel
    book = tmp_path / "d.xlsx"
    export_to_file(services, "drinks", DAY, DAY, "xlsx", "en", book, actor=TEST_ACTOR)
    sheet = load_workbook(book).active
    assert sheet is not None
    assert sheet["A2"].value == "Tea"
    assert sheet["A3"].value == "=1+1" and sheet["A3"].data_type == "s"
    assert sheet["C2"].value == datetime(2026, 11, 28, 14, 30)
