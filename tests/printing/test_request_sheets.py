"""The reception request's sheets: application, itinerary, feedback form and batches.

Each sheet is read back with pdfplumber / pypdf, so the assertions are about what
a manager sees on paper: the Chinese content, the approvals in their boxes, the
page numbers of each sheet, and Chinese line breaking.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab import rl_config

from reception_desk.domain.reception_request import Level, Status
from reception_desk.printing import fonts
from reception_desk.printing.request_sheets import (
    SheetKind,
    build_batch_pdf,
    build_feedback_pdf,
    build_itinerary_pdf,
    build_request_pdf,
)
from tests.printing.request_samples import (
    DEPARTMENT_HEAD,
    GENERAL_MANAGER,
    ORGANISATION,
    PRINTED_AT,
    SITE,
    ZONE,
    long_record,
)

FORBIDDEN_STARTS = tuple(fonts.CJK_CANNOT_START)


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """ReportLab's invariant mode: no creation date or random document id."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


def lines_of(texts: list[str]) -> Iterator[str]:
    for text in texts:
        yield from (line.strip() for line in text.splitlines())


def flat(texts: list[str]) -> str:
    """All text without line breaks (a cell's text may wrap anywhere)."""
    return "".join("".join(text.split()) for text in texts)


def test_request_sheet_prints_every_part_over_several_pages() -> None:
    pdf = build_request_pdf(long_record(), SITE, PRINTED_AT, ZONE)
    texts = page_texts(pdf)
    total = len(texts)
    assert total >= 3  # 60 guests and 30 itinerary items do not fit on two pages
    everything = flat(texts)
    for expected in ("客户来访接待申请单", ORGANISATION, "来宾01号", "来宾60号",
                     "工程管理中心高级经理",
                     "短时通知/shortnotice", "客户临时决定提前来访", "A级（重要客户）",
                     "36,500.00元", "部门负责人审批", "总经理审批", "审批意见：同意",
                     "2026-12-0308:30", "抵达售楼处", "接待准备", "✓桌牌"):
        assert expected in everything, expected
    # Every page carries the frame: site, request number, printing date, page X of Y.
    for number, text in enumerate(texts, start=1):
        assert SITE in text and "申请编号：JD20261203-01" in text
        assert "打印日期：2026-12-01" in text
        assert f"第 {number} 页 / 共 {total} 页" in text
    # The approvers' names and times (site time) are in the last page's boxes.
    last = flat(texts[-1:])
    assert f"审批人：{DEPARTMENT_HEAD}" in last and "审批时间：2026-11-3011:15" in last
    assert f"审批人：{GENERAL_MANAGER}" in last and "审批时间：2026-11-3014:40" in last


def test_before_approval_the_boxes_wait_for_a_wet_signature() -> None:
    record = replace(long_record(3, 2, approved=False), form=replace(
        long_record(3, 2).form, short_notice_reason=""))
    texts = page_texts(build_request_pdf(record, SITE, PRINTED_AT, ZONE))
    everything = flat(texts)
    assert "审批人：" not in everything and "同意" not in everything
    assert everything.count("签字：") == 2 and everything.count("日期：") >= 2
    assert "短时通知" not in everything
    assert "状态：已提交" in everything


def test_a_scheduled_b_request_without_gm_step_says_none_was_needed() -> None:
    record = long_record(3, 2)
    record = replace(record, status=Status.SCHEDULED, steps=record.steps[:2],
                     form=replace(record.form, level=Level.B))
    everything = flat(page_texts(build_request_pdf(record, SITE, PRINTED_AT, ZONE)))
    assert f"审批人：{DEPARTMENT_HEAD}" in everything
    assert GENERAL_MANAGER not in everything and "按规定无需此级审批" in everything


def test_itinerary_sheet_lists_the_plan_in_site_time() -> None:
    texts = page_texts(build_itinerary_pdf(long_record(), SITE, PRINTED_AT, ZONE))
    assert len(texts) >= 2
    everything = flat(texts)
    for expected in ("商务考察行程安排表", ORGANISATION, "08:30–09:10", "2026-12-05",
                     "参观在建工地", "来宾01号（投资部总监）", "滨江酒店大床房30间",
                     "董事长确认"):  # A level: the chairman confirms the itinerary
        assert expected in everything, expected
    assert f"第 1 页 / 共 {len(texts)} 页" in texts[0]
    assert all("申请编号：JD20261203-01" in text for text in texts)


def test_feedback_form_filled_and_blank() -> None:
    record = long_record()
    filled = flat(page_texts(build_feedback_pdf(record, SITE, PRINTED_AT, ZONE)))
    assert "客户接待信息反馈表" in filled and "一周内发送团购方案" in filled
    assert "横幅、桌牌已退还行政部" in filled and "2026-12-0810:00" in filled
    blank_texts = page_texts(build_feedback_pdf(record, SITE, PRINTED_AT, ZONE, blank=True))
    blank = flat(blank_texts)
    assert ORGANISATION in blank and "接待情况总结" in blank and "□非常满意" in blank
    assert "一周内发送团购方案" not in blank and "横幅、桌牌已退还" not in blank
    assert "第 1 页 / 共 1 页" in blank_texts[0]


def test_batch_counts_the_pages_of_each_sheet_and_reports_progress() -> None:
    first = long_record(60, 30)
    second = replace(long_record(2, 1), id=8, number="JD20261204-02")
    seen: list[tuple[int, int]] = []
    pdf = build_batch_pdf([first, second], [SheetKind.REQUEST, SheetKind.FEEDBACK], SITE,
                          PRINTED_AT, ZONE, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    texts = page_texts(pdf)
    alone = len(page_texts(build_request_pdf(first, SITE, PRINTED_AT, ZONE)))
    assert texts[0].count(f"第 1 页 / 共 {alone} 页") == 1
    feedback_first = texts[alone]
    assert "客户接待信息反馈表" in feedback_first and "第 1 页 / 共 1 页" in feedback_first
    second_pages = [t for t in texts if "JD20261204-02" in t]
    assert "客户来访接待申请单" in second_pages[0] and "第 1 页 / 共" in second_pages[0]
    assert "客户接待信息反馈表" in second_pages[-1]


def test_a_progress_callback_can_cancel_the_batch() -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 1:
            raise Stop

    with pytest.raises(Stop):
        build_batch_pdf([long_record(3, 2)] * 3, ["request"], SITE, PRINTED_AT, ZONE,
                        progress=progress)
    with pytest.raises(ValueError):
        build_batch_pdf([], ["request"], SITE, PRINTED_AT, ZONE)


def test_no_line_starts_with_forbidden_punctuation() -> None:
    record = long_record()
    for pdf in (build_request_pdf(record, SITE, PRINTED_AT, ZONE),
                build_itinerary_pdf(record, SITE, PRINTED_AT, ZONE),
                build_feedback_pdf(record, SITE, PRINTED_AT, ZONE)):
        offenders = [line for line in lines_of(page_texts(pdf))
                     if line.startswith(FORBIDDEN_STARTS)]
        assert offenders == []


def test_invariant_mode_gives_identical_bytes_and_embeds_a_subset(invariant: None) -> None:
    record = long_record()
    one = build_request_pdf(record, SITE, PRINTED_AT, ZONE)
    two = build_request_pdf(record, SITE, PRINTED_AT, ZONE)
    assert one == two
    reader = PdfReader(io.BytesIO(one))
    resources = reader.pages[0]["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    page_fonts = resources["/Font"].get_object()
    assert isinstance(page_fonts, DictionaryObject)
    names = {str(font.get_object()["/BaseFont"]) for font in page_fonts.values()}
    assert names and all("+" in name for name in names)  # embedded subsets only


def test_page_one_renders_to_png(tmp_path: Path) -> None:
    """Rasterise page 1 with poppler (also to look at: /tmp/request-sheet-page1.png)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian package poppler-utils) is not installed")
    source = tmp_path / "request.pdf"
    source.write_bytes(build_request_pdf(long_record(), SITE, PRINTED_AT, ZONE))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(source), str(tmp_path / "page1")], check=True, timeout=60)
    png = tmp_path / "page1.png"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert abs(height / width - 297 / 210) < 0.01  # A4 portrait
    shutil.copyfile(png, Path("/tmp/request-sheet-page1.png"))


@pytest.mark.parametrize(("guest_count", "item_count"), [(1, 0), (2, 3), (9, 4), (24, 11)])
def test_the_approval_boxes_never_stand_alone_on_a_page(guest_count: int,
                                                        item_count: int) -> None:
    """Issue 15: A-level short-notice sheets put the two boxes alone on page 2, where a loose
    signature page could be separated from what it approves."""
    pdf = build_request_pdf(long_record(guest_count, item_count), SITE, PRINTED_AT, ZONE)
    texts = page_texts(pdf)
    (page,) = [t for t in texts if "部门负责人审批" in t]
    assert "接待准备" in page, "the boxes keep the preparations with them"
    subject = flat([page]).split("审批对象")[-1]
    assert "JD20261203-01" in subject and "A级" in subject and "shortnotice" in subject
