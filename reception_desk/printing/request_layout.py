"""The page frame and building blocks of the reception-request sheets (no Qt).

Every sheet of a request (the application, the itinerary, the feedback form)
prints on A4 with the same frame: a header on every page with the site name,
the request number and the printing date, and a footer with the sheet's title
and "第 X 页 / 共 Y 页". Several sheets can share one PDF (batch printing):
each sheet starts on a new page with a :class:`SheetMark`, and the footer
counts the pages of that sheet only, so a stack of printed paper still reads
"page 1 of 3" at the top of every sheet.

The page numbering reuses ``table_sheet``'s canvas that holds pages until the
end; the CJK font, its line-breaking rules (no line starts with ，。：；！？、）)
and the fake-bold headings come from ``fonts`` and ``table_sheet`` too.

The sheets are paper forms for a Chinese office: their labels are fixed
Chinese strings, like the other sheets in this package.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from ..domain.reception_request import Level, Preparation, Status
from .fonts import CJK_FONT_NAME, register_cjk_font
from .table_sheet import (
    CREATOR,
    GRID,
    HEADER_BG,
    INK,
    MARGIN_X,
    MUTED,
    RULE,
    ZEBRA,
    _FakeBoldParagraph,
    _fit,
    _NumberedCanvas,
    _styles,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 18 * mm
AVAILABLE = PAGE_WIDTH - 2 * MARGIN_X
ALERT = colors.HexColor("#B42318")
ALERT_BG = colors.HexColor("#FEF3F2")
LABEL_BG = ZEBRA
NO_TIME = "—"

LEVEL_ZH: dict[Level, str] = {Level.A: "A 级", Level.B: "B 级", Level.C: "C 级"}
LEVEL_DEFINITIONS_ZH: dict[Level, str] = {
    Level.A: "A 级（重要客户）：来访高层领导、供应商审核等；须总经理审批，行程须董事长确认。",
    Level.B: "B 级（商务来访）：合作伙伴、渠道机构等。",
    Level.C: "C 级（一般来访）。",
}
STATUS_ZH: dict[Status, str] = {
    Status.DRAFT: "草稿",
    Status.SUBMITTED: "已提交",
    Status.DEPARTMENT_APPROVED: "部门负责人已审批",
    Status.GM_APPROVED: "总经理已审批",
    Status.SCHEDULED: "已排期",
    Status.VISITED: "已到访",
    Status.FEEDBACK_FILED: "已反馈",
    Status.CLOSED: "已关闭",
    Status.CANCELLED: "已取消",
}
PREPARATION_ZH: dict[Preparation, str] = {
    Preparation.NAME_PLATES: "桌牌",
    Preparation.BANNER: "迎接横幅",
    Preparation.MEETING_ROOM: "会议室",
    Preparation.COMPUTER: "电脑",
    Preparation.PROJECTOR: "投影仪",
    Preparation.PRESENTER: "翻页笔",
    Preparation.MATERIALS: "公司资料",
    Preparation.WATER: "饮用水",
    Preparation.FRUIT: "水果",
    Preparation.GIFTS: "礼品",
}

#: Called as (sheets started, sheets in the document) while a PDF is laid out.
Progress = Callable[[int, int], None]

_SHEET_ATTR = "_request_sheet"


@dataclass(frozen=True)
class SheetInfo:
    """What the frame of one sheet prints: its title and the request number."""

    index: int
    title: str
    number: str


class SheetMark(Flowable):
    """Zero-size marker at the start of a sheet: later pages belong to it.

    When drawn it stores its :class:`SheetInfo` on the canvas; the page-holding
    canvas keeps that per page, so the frame knows each page's sheet. It also
    reports progress (and a progress callback may raise to cancel the build).
    """

    def __init__(self, info: SheetInfo, total: int, progress: Progress | None) -> None:
        super().__init__()
        self.info = info
        self.total = total
        self.progress = progress
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        setattr(self.canv, _SHEET_ATTR, self.info)
        if self.progress is not None:
            self.progress(self.info.index, self.total)


# -- text ----------------------------------------------------------------------------

def markup(text: object) -> str:
    """Plain text to Paragraph markup: escaped, newlines kept."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    # A full-width space is layout (between fields); ReportLab would fold it.
    return escape(value).replace("\n", "<br/>").replace("\u3000", "&nbsp;" * 4)


def local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(zone) if moment.tzinfo is not None else moment


def format_time(moment: datetime | None, zone: ZoneInfo, blank: str = "") -> str:
    shown = local(moment, zone)
    return shown.strftime("%Y-%m-%d %H:%M") if shown is not None else blank


def format_date(day: date | datetime | None, zone: ZoneInfo) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        shown = local(day, zone)
        assert shown is not None
        return shown.strftime("%Y-%m-%d")
    return day.isoformat()


def format_money(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.2f} 元"


# -- styles and blocks -----------------------------------------------------------------

def styles() -> dict[str, ParagraphStyle]:
    """The table sheet's styles plus the ones these forms add."""
    font = register_cjk_font()
    found = _styles(font)
    base = found["cell"]
    found["label"] = ParagraphStyle("request-label", parent=base, textColor=MUTED)
    found["section"] = ParagraphStyle("request-section", parent=base, fontSize=11,
                                      leading=15, spaceBefore=3 * mm, spaceAfter=1.5 * mm)
    found["alert"] = ParagraphStyle("request-alert", parent=base, fontSize=10, leading=14,
                                    textColor=ALERT)
    found["box"] = ParagraphStyle("request-box", parent=base, fontSize=10, leading=15)
    found["box-head"] = ParagraphStyle("request-box-head", parent=base, fontSize=10.5,
                                       leading=14, alignment=TA_CENTER)
    return found


def title_block(title: str, subtitle: str, found: dict[str, ParagraphStyle]) -> list[Flowable]:
    blocks: list[Flowable] = [_FakeBoldParagraph(markup(title), found["title"])]
    if subtitle:
        blocks.append(Paragraph(markup(subtitle), found["subtitle"]))
    return blocks


def section(text: str, found: dict[str, ParagraphStyle]) -> Flowable:
    return _FakeBoldParagraph(markup(text), found["section"])


def field_grid(rows: Sequence[Sequence[tuple[str, str]]], found: dict[str, ParagraphStyle],
               min_heights: Sequence[float] = ()) -> Table:
    """Label/value pairs, two per row (one pair spans the whole row).

    ``min_heights`` gives a row an empty writing space (blank forms).
    """
    widths = [AVAILABLE * w for w in (0.15, 0.35, 0.15, 0.35)]
    data: list[list[Flowable | str]] = []
    cell = found["cell"]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), CJK_FONT_NAME),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("TEXTCOLOR", (2, 0), (2, -1), MUTED),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, HEADER_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    heights: list[float | None] = []
    for r, pairs in enumerate(rows):
        cells: list[Flowable | str] = []
        value_width = widths[1] if len(pairs) > 1 else widths[1] + widths[2] + widths[3]
        for label, value in pairs:
            cells += [label, _cell(value, value_width, found["cell"])]
        commands.append(("BACKGROUND", (0, r), (0, r), LABEL_BG))
        if len(pairs) == 1:
            cells += ["", ""]
            commands.append(("SPAN", (1, r), (3, r)))
        else:
            commands.append(("BACKGROUND", (2, r), (2, r), LABEL_BG))
        data.append(cells)
        heights.append(min_heights[r] if r < len(min_heights) and min_heights[r] else None)
    commands += [("VALIGN", (1, r), (-1, r), "TOP")
                 for r, h in enumerate(heights) if h]
    return Table(data, colWidths=widths, rowHeights=heights, style=TableStyle(commands),
                 splitInRow=1, hAlign="CENTER")


def _cell(text: str, width: float, style: ParagraphStyle) -> Flowable | str:
    """A plain string when it fits on one line (several times cheaper), else a Paragraph."""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 12.5:
        return text
    return Paragraph(markup(text), style)


def alert_box(text: str, found: dict[str, ParagraphStyle]) -> Table:
    return Table([[_FakeBoldParagraph(markup(text), found["alert"])]], colWidths=[AVAILABLE],
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT_NAME),
                                   ("BOX", (0, 0), (-1, -1), 1.2, ALERT),
                                   ("BACKGROUND", (0, 0), (-1, -1), ALERT_BG),
                                   ("TOPPADDING", (0, 0), (-1, -1), 5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6)]),
                 hAlign="CENTER")


class TickBox(Flowable):
    """A checkbox drawn as a square, with a tick (a real "✓" glyph) when ticked."""

    SIZE = 3.6 * mm

    def __init__(self, label: str, ticked: bool, font_size: float = 10) -> None:
        super().__init__()
        self.label = label
        self.ticked = ticked
        self.font_size = font_size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.SIZE + 2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        size = self.SIZE
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.7)
        canv.rect(0, 1, size, size, stroke=1, fill=0)
        canv.setFont(CJK_FONT_NAME, self.font_size)
        canv.setFillColor(INK)
        if self.ticked:
            canv.drawCentredString(size / 2, 1 + size * 0.16, "✓")
        canv.drawString(size + 1.6 * mm, 1 + size * 0.16, self.label)
        canv.restoreState()


def checklist(items: Sequence[tuple[str, bool]], columns: int = 5) -> Table:
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(items), columns):
        chunk: list[Flowable | str] = [TickBox(label, ticked)
                                       for label, ticked in items[start:start + columns]]
        rows.append(chunk + [""] * (columns - len(chunk)))
    return Table(rows, colWidths=[AVAILABLE / columns] * columns, hAlign="CENTER",
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT_NAME),
                                   ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8)]))


# -- the document ------------------------------------------------------------------------

def _decorate(site_name: str, printed_on: str) -> Callable[[Canvas, int, int], None]:
    def decorate(canv: Canvas, page: int, total: int) -> None:
        pages: list[SheetInfo | None] = [state.get(_SHEET_ATTR)
                                         for state in canv._saved_pages]  # type: ignore[attr-defined]
        info: SheetInfo | None = getattr(canv, _SHEET_ATTR, None)
        in_sheet = pages[:page].count(info)
        of_sheet = pages.count(info)
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.setFillColor(MUTED)
        canv.setFont(CJK_FONT_NAME, 8.5)
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        header_y = PAGE_HEIGHT - MARGIN_TOP + 9 * mm
        number = info.number if info is not None else ""
        right_text = f"申请编号：{number}　　打印日期：{printed_on}"
        canv.drawRightString(right, header_y, right_text)
        room = AVAILABLE - canv.stringWidth(right_text, CJK_FONT_NAME, 8.5) - 6 * mm
        canv.drawString(left, header_y, _fit(site_name, CJK_FONT_NAME, 8.5, room))
        canv.line(left, header_y - 2.2 * mm, right, header_y - 2.2 * mm)
        footer_y = MARGIN_BOTTOM - 9 * mm
        canv.line(left, footer_y + 3.5 * mm, right, footer_y + 3.5 * mm)
        canv.setFont(CJK_FONT_NAME, 8)
        if info is not None:
            canv.drawString(left, footer_y, info.title)
        canv.drawRightString(right, footer_y, f"第 {in_sheet} 页 / 共 {of_sheet} 页")
        canv.restoreState()

    return decorate


def build_document(sheets: Sequence[tuple[SheetInfo, list[Flowable]]], *, site_name: str,
                   printed_at: datetime, zone: ZoneInfo, title: str,
                   progress: Progress | None = None) -> bytes:
    """Lay out the sheets one after the other (each from a new page) into PDF bytes."""
    from reportlab.platypus import PageBreak

    register_cjk_font()
    story: list[Flowable] = []
    total = len(sheets)
    for position, (info, flowables) in enumerate(sheets):
        if position:
            story.append(PageBreak())
        story.append(SheetMark(info, total, progress))
        story += flowables
    printed_on = format_date(printed_at, zone)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=site_name, creator=CREATOR,
        lang="zh-CN", initialFontName=CJK_FONT_NAME)
    decorate = _decorate(site_name, printed_on)

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, decorate=decorate, **kwargs)

    doc.build(story, canvasmaker=canvas_maker)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()
