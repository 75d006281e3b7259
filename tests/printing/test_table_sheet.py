"""The A4 table sheet: Chinese text that survives into the PDF, paging, wrapping, fonts.

Each sheet is read back with pdfplumber, so the assertions are about what a
person would see printed (and what a PDF reader can search), not about
ReportLab internals.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pdfplumber
import pytest

from reception_desk.printing import fonts
from reception_desk.printing.table_sheet import build_table_pdf

COLUMNS: list[tuple[str, float]] = [
    ("到访时间", 1.4),
    ("客户", 1.0),
    ("来源", 1.0),
    ("置业顾问", 1.0),
    ("备注", 4.0),
]
LONG_NOTE = (
    "客户对三房户型很感兴趣，预算约三百万，希望下周带家人再来看样板房。"
    "需要提前准备停车位，并安排同一位置业顾问接待；不要更换人员！可以吗？"
)
FORBIDDEN_STARTS = tuple(fonts.CJK_CANNOT_START)


def page_texts(pdf: Path | io.BytesIO) -> list[str]:
    with pdfplumber.open(pdf) as document:
        return [page.extract_text() or "" for page in document.pages]


def lines_of(texts: list[str]) -> Iterator[str]:
    for text in texts:
        yield from text.splitlines()


def sample_rows(count: int) -> list[list[str]]:
    return [
        [f"2026-11-28 10:{i % 60:02d}", f"客户{i:04d}", "自然到访", "刘洋", LONG_NOTE]
        for i in range(count)
    ]


def test_chinese_title_headers_and_cells_are_printed(tmp_path: Path) -> None:
    path = tmp_path / "visits.pdf"
    build_table_pdf(
        path,
        title="来访登记表",
        subtitle="日期：2026-11-28",
        site_name="滨江壹号售楼处",
        columns=COLUMNS,
        rows=[
            ["2026-11-28 10:05", "王先生", "渠道报备", "陈静", LONG_NOTE],
            ["2026-11-28 10:40", "A&B <公司>", "自然到访", "刘洋", "同行调研，未透露价格。"],
        ],
        footer_note="说明：无效接待已标注。",
        generated_at=datetime(2026, 11, 28, 18, 55),
        signature_lines=["销售经理签字：________  日期：________"],
    )

    [text] = page_texts(path)
    for expected in (
        "滨江壹号售楼处",
        "来访登记表",
        "日期：2026-11-28",
        "到访时间",
        "置业顾问",
        "备注",
        "王先生",
        "A&B <公司>",  # plain text, not markup
        "同行调研，未透露价格。",
        "说明：无效接待已标注。",
        "销售经理签字：",
        "打印时间：2026-11-28 18:55",
        "第 1 页 / 共 1 页",
    ):
        assert expected in text, expected
    # The long note wraps inside its cell but none of it is lost.
    assert "".join(text.split()).count("需要提前准备停车位") == 1


def test_every_glyph_uses_the_embedded_cjk_font(tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    build_table_pdf(path, title="水吧物耗", columns=[("物品", 1)], rows=[["矿泉水"], ["x"]])

    with pdfplumber.open(path) as document:
        names = {char["fontname"] for page in document.pages for char in page.chars}
    assert names
    assert all("WenQuanYi" in name for name in names), names


def test_long_sheet_repeats_the_header_row_on_every_page() -> None:
    buffer = io.BytesIO()
    build_table_pdf(buffer, title="来访登记表", columns=COLUMNS, rows=sample_rows(500))

    texts = page_texts(buffer)
    total = len(texts)
    assert total > 1
    header = "到访时间 客户 来源 置业顾问 备注"
    for number, text in enumerate(texts, start=1):
        assert header in text.splitlines(), number
        assert f"第 {number} 页 / 共 {total} 页" in text
    everything = "\n".join(texts)
    assert "客户0000" in texts[0]
    assert "客户0499" in texts[-1]
    assert all(f"客户{i:04d}" in everything for i in range(500))


def test_no_line_starts_with_full_width_punctuation() -> None:
    # One wide column, so each extracted line is one printed line of a cell.
    # Prefixes of every length move the commas and full stops across the line
    # ends, so some of them fall exactly where a line would break. ReportLab
    # breaks a one-line value and a value with a newline by different code, so
    # both kinds are printed.
    sentence = "这是一段测试文字，句号在这里。" * 6
    rows = [["字" * shift + "，" + sentence] for shift in range(1, 41)]
    rows += [["第一行\n" + "字" * shift + "，" + sentence] for shift in range(1, 41)]
    buffer = io.BytesIO()
    build_table_pdf(buffer, title="换行测试", columns=[("备注", 1)], rows=rows)

    lines = list(lines_of(page_texts(buffer)))
    offenders = [line for line in lines if line.startswith(FORBIDDEN_STARTS)]
    assert offenders == []
    # The rule was exercised: punctuation was kept at the end of a full line.
    assert any(line.endswith(("，", "。")) and len(line) > 20 for line in lines)


def test_empty_rows_print_no_records(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    build_table_pdf(path, title="来电登记表", columns=COLUMNS, rows=[], landscape=True)

    with pdfplumber.open(path) as document:
        assert len(document.pages) == 1
        page = document.pages[0]
        assert page.width > page.height
        text = page.extract_text() or ""
    assert "无记录" in text
    assert "到访时间" in text
    assert "第 1 页 / 共 1 页" in text


def test_writes_to_a_binary_buffer() -> None:
    buffer = io.BytesIO()
    build_table_pdf(buffer, title="表", columns=[("列", 1)], rows=[["值"]])
    assert buffer.getvalue().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("columns", "rows"),
    [
        ([], [["x"]]),
        ([("列", 0)], [["x"]]),
        ([("甲", 1), ("乙", 1)], [["只有一格"]]),
    ],
)
def test_rejects_malformed_tables(columns: list[tuple[str, float]], rows: list[list[str]]) -> None:
    with pytest.raises(ValueError):
        build_table_pdf(io.BytesIO(), title="表", columns=columns, rows=rows)


@pytest.fixture
def fresh_registration(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Forget that the font was registered; record each time it is parsed."""
    calls: list[Path] = []
    real_load = fonts._load_font

    def counting_load(path: Path) -> object:
        calls.append(path)
        return real_load(path)

    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "_load_font", counting_load)
    return calls


def test_building_twice_registers_the_font_once(fresh_registration: list[Path]) -> None:
    for _ in range(2):
        build_table_pdf(io.BytesIO(), title="表", columns=[("列", 1)], rows=[["值"]])

    assert len(fresh_registration) == 1
    assert fresh_registration[0].name == fonts.FONT_FILE
    assert fonts.register_cjk_font() == fonts.CJK_FONT_NAME


def test_concurrent_first_use_registers_the_font_once(
    fresh_registration: list[Path],
) -> None:
    barrier = threading.Barrier(6)
    names: list[str] = []

    def first_use() -> None:
        barrier.wait()
        names.append(fonts.register_cjk_font())

    threads = [threading.Thread(target=first_use) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert names == [fonts.CJK_FONT_NAME] * 6
    assert len(fresh_registration) == 1


def test_the_face_copies_each_table_out_of_the_collection_once() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts.register_cjk_font()
    plain = pdfmetrics.getFont(fonts.CJK_FONT_NAME)
    bold = pdfmetrics.getFont(fonts.CJK_BOLD_FONT_NAME)
    assert isinstance(plain, TTFont) and isinstance(bold, TTFont)
    face = plain.face
    build_table_pdf(io.BytesIO(), title="表", columns=[("列", 1)], rows=[["值"]])

    assert face.get_table("glyf") is face.get_table("glyf")
    assert bold.face is face


def test_kept_tables_leave_the_embedded_subset_byte_for_byte_the_same() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFace

    path = str(fonts.font_path())
    plain = TTFontFace(path, subfontIndex=fonts.SUBFONT_INDEX)
    kept = TTFontFace(path, subfontIndex=fonts.SUBFONT_INDEX)
    fonts.keep_tables(kept)
    subset = [0] * 32 + list(range(32, 128)) + [ord(c) for c in "客户来访接待申请单，。"]

    assert kept.makeSubset(subset) == plain.makeSubset(subset)
    assert kept.makeSubset(subset) == plain.makeSubset(subset)


def test_full_width_punctuation_may_not_start_a_line() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    fonts.register_cjk_font()
    for char in "，。：；！？、）》」』”’":
        assert char in textsplit.ALL_CANNOT_START
        # reportlab's stubs leave out the name paragraph imports from textsplit.
        assert char in paragraph.ALL_CANNOT_START  # type: ignore[attr-defined]
