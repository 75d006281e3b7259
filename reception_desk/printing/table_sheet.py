"""A reusable A4 table sheet: heading, one long table, page numbers, signatures.

Every list that the office prints (the day's visits, the call log, the bar's
consumption count, stock requisitions) is a title over a table, so they all go
through :func:`build_table_pdf`::

    build_table_pdf(
        "visits.pdf",
        title="来访登记表",
        subtitle="2026-11-28 至 2026-11-28",
        site_name="某某项目售楼处",
        columns=[("到访时间", 1.2), ("客户", 1), ("备注", 3)],
        rows=[["10:05", "王先生", "看三房，预算三百万。"]],
        signature_lines=["销售经理签字：________  日期：________"],
    )

The sheet: site name, title and subtitle on page one; the table with its
header row repeated on every page, zebra rows and Chinese line breaking inside
cells; an optional note and signature lines after the table; "第 N 页 / 共 M 页"
and the generation time in every page footer, and a small running title on
pages after the first. An empty ``rows`` prints a single row reading "无记录".

All text is plain text (no markup): ``<``, ``&`` and the like print as typed,
and a newline in a cell starts a new line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_of
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reception_desk.printing.fonts import CJK_FONT_NAME, register_cjk_font

EMPTY_TEXT = "无记录"
CREATOR = "Reception Desk"

MARGIN_X = 15 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#B8C2CC")
HEADER_BG = colors.HexColor("#2F4A66")
HEADER_INK = colors.white
ZEBRA = colors.HexColor("#F1F4F8")
GRID = colors.HexColor("#D5DBE3")

#: A row taller than what is left of a page may be split across pages, as long
#: as each part is at least this tall (points); shorter rows move whole.
MIN_ROW_SPLIT = 1
CELL_PADDING_X = 4

PathOrBuffer = str | os.PathLike[str] | IO[bytes]


class _FakeBoldParagraph(Paragraph):
    """A paragraph drawn with filled-and-stroked glyphs: bold from a regular face.

    The bundled face has a single weight. Text render mode 2 (fill, then
    stroke) with a thin outline in the text colour thickens the strokes; the
    glyphs stay real text, so they remain selectable and extractable.
    """

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.style.textColor)
        canv.setLineWidth(self.style.fontSize * 0.035)
        canv.setLineJoin(1)
        mode = canv.beginText()
        mode.setTextRenderMode(2)
        canv.drawText(mode)  # "BT 2 Tr ET": Tr is graphics state and lasts until restore
        super().draw()
        canv.restoreState()


class _NumberedCanvas(Canvas):
    """Holds every page until the end so each footer can say "of M pages"."""

    # Canvas internals used below, not in ReportLab's type stubs.
    _pageNumber: int
    _startPage: Callable[[], None]

    def __init__(
        self,
        *args: Any,
        decorate: Callable[[Canvas, int, int], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._decorate(self, self._pageNumber, total)
            super().showPage()
        super().save()


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "sheet-base",
        fontName=font,
        fontSize=9,
        leading=12.5,
        textColor=INK,
        wordWrap="CJK",
        alignment=TA_LEFT,
    )
    return {
        "site": ParagraphStyle(
            "sheet-site",
            parent=base,
            fontSize=10,
            leading=14,
            textColor=MUTED,
            alignment=TA_CENTER,
        ),
        "title": ParagraphStyle(
            "sheet-title",
            parent=base,
            fontSize=17,
            leading=23,
            alignment=TA_CENTER,
            spaceBefore=1 * mm,
            spaceAfter=1 * mm,
        ),
        "subtitle": ParagraphStyle(
            "sheet-subtitle",
            parent=base,
            fontSize=9.5,
            leading=13,
            textColor=MUTED,
            alignment=TA_CENTER,
        ),
        "head": ParagraphStyle(
            "sheet-head",
            parent=base,
            fontSize=9.5,
            leading=12.5,
            textColor=HEADER_INK,
            alignment=TA_CENTER,
        ),
        "cell": base,
        "empty": ParagraphStyle(
            "sheet-empty",
            parent=base,
            fontSize=10,
            leading=14,
            textColor=MUTED,
            alignment=TA_CENTER,
        ),
        "note": ParagraphStyle(
            "sheet-note",
            parent=base,
            fontSize=8.5,
            leading=12,
            textColor=MUTED,
        ),
        "signature": ParagraphStyle(
            "sheet-signature",
            parent=base,
            fontSize=10.5,
            leading=15,
        ),
    }


def _markup(text: object) -> str:
    """Plain text to Paragraph markup: escaped, newlines kept."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return escape(value).replace("\n", "<br/>")


def _keep_spaces(text: str) -> str:
    """Markup for a line whose runs of spaces are layout (signature blanks)."""
    return _markup(text).replace("  ", "&nbsp;&nbsp;")


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of at most ``width`` points, cut with "…" if needed."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _format_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _column_widths(columns: Sequence[tuple[str, float]], available: float) -> list[float]:
    weights = [float(weight) for _, weight in columns]
    if any(w <= 0 for w in weights):
        raise ValueError("column widths must be positive")
    total = sum(weights)
    return [available * w / total for w in weights]


def _table(
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[object]],
    widths: list[float],
    styles: dict[str, ParagraphStyle],
    font: str,
) -> Table:
    n = len(columns)
    data: list[list[Flowable | str]] = [
        [_FakeBoldParagraph(_markup(text), styles["head"]) for text, _ in columns]
    ]
    cell_style = styles["cell"]
    size = cell_style.fontSize
    # A value that fits on one line is drawn as a plain string, which is several
    # times cheaper than a Paragraph (matters for sheets of thousands of rows).
    room = [width - 2 * CELL_PADDING_X - 0.5 for width in widths]
    for index, row in enumerate(rows):
        if len(row) != n:
            raise ValueError(f"row {index} has {len(row)} cells, expected {n}")
        cells: list[Flowable | str] = []
        for value, fits in zip(row, room, strict=True):
            text = "" if value is None else str(value)
            if (
                "\n" not in text
                and "\r" not in text
                and (not text or stringWidth(text, font, size) <= fits)
            ):
                cells.append(text)
            else:
                cells.append(Paragraph(_markup(text), cell_style))
        data.append(cells)

    commands: list[tuple[Any, ...]] = [
        # Plain-string cells use the table's font settings; without FONTNAME the
        # PDF would also reference an unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTSIZE", (0, 0), (-1, -1), cell_style.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell_style.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5.5),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
        ("LINEAFTER", (0, 0), (-2, 0), 0.4, colors.HexColor("#4C6782")),
        ("LINEAFTER", (0, 1), (-2, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, HEADER_BG),
    ]
    if rows:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    else:
        data.append([Paragraph(EMPTY_TEXT, styles["empty"]), *[""] * (n - 1)])
        commands += [
            ("SPAN", (0, 1), (-1, 1)),
            ("TOPPADDING", (0, 1), (-1, 1), 10),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
        ]
    return Table(
        data,
        colWidths=widths,
        repeatRows=1,
        splitInRow=MIN_ROW_SPLIT,
        style=TableStyle(commands),
        hAlign="CENTER",
    )


def _signature_block(lines: Sequence[str], style: ParagraphStyle, available: float) -> KeepTogether:
    # Sit in the right half when every line fits there, as on a paper form.
    half = available / 2
    widest = max(stringWidth(line, style.fontName, style.fontSize) for line in lines)
    indent = half if widest <= half - 2 * mm else 0
    line_style = ParagraphStyle(
        "sheet-signature-line", parent=style, leftIndent=indent, spaceBefore=7 * mm
    )
    flowables: list[Flowable] = [Spacer(1, 4 * mm)]
    flowables += [Paragraph(_keep_spaces(line), line_style) for line in lines]
    return KeepTogether(flowables)


def build_table_pdf(
    path_or_buffer: PathOrBuffer,
    *,
    title: str,
    subtitle: str = "",
    site_name: str = "",
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str]],
    footer_note: str = "",
    landscape: bool = False,
    generated_at: datetime | None = None,
    signature_lines: Sequence[str] = (),
) -> None:
    """Write an A4 table sheet to a file path or a binary buffer.

    ``columns`` are (header text, relative width) pairs; widths are scaled to
    the printable width. Each row must have one value per column (``None``
    prints as blank; other values go through ``str``). ``generated_at`` is
    printed as given (pass the site's local time); it defaults to the local
    time now. Raises :class:`ValueError` for no columns, a non-positive width
    or a row of the wrong length.
    """
    if not columns:
        raise ValueError("a table sheet needs at least one column")
    font = register_cjk_font()
    styles = _styles(font)
    pagesize = landscape_of(A4) if landscape else A4
    page_width, page_height = pagesize
    available = page_width - 2 * MARGIN_X
    widths = _column_widths(columns, available)
    printed_at = _format_time(generated_at or datetime.now())

    story: list[Flowable] = []
    if site_name:
        story.append(Paragraph(_markup(site_name), styles["site"]))
    story.append(_FakeBoldParagraph(_markup(title), styles["title"]))
    if subtitle:
        story.append(Paragraph(_markup(subtitle), styles["subtitle"]))
    story.append(Spacer(1, 5 * mm))
    story.append(_table(columns, rows, widths, styles, font))
    if footer_note:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(_markup(footer_note), styles["note"]))
    if signature_lines:
        story.append(_signature_block(signature_lines, styles["signature"], available))

    running_title = _fit(
        " · ".join(part for part in (site_name, title) if part), font, 8, available * 0.7
    )

    def decorate(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.setFillColor(MUTED)
        canv.setFont(CJK_FONT_NAME, 8)
        left, right = MARGIN_X, page_width - MARGIN_X
        footer_y = MARGIN_BOTTOM - 9 * mm
        canv.line(left, footer_y + 3.5 * mm, right, footer_y + 3.5 * mm)
        canv.drawString(left, footer_y, f"打印时间：{printed_at}")
        canv.drawRightString(right, footer_y, f"第 {page} 页 / 共 {total} 页")
        if page > 1:
            header_y = page_height - MARGIN_TOP + 5 * mm
            canv.drawString(left, header_y, running_title)
            canv.line(left, header_y - 2 * mm, right, header_y - 2 * mm)
        canv.restoreState()

    target: Any = (
        os.fspath(path_or_buffer) if isinstance(path_or_buffer, os.PathLike) else path_or_buffer
    )
    doc = SimpleDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subtitle,
        author=site_name,
        creator=CREATOR,
        lang="zh-CN",
        initialFontName=font,
    )

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, decorate=decorate, **kwargs)

    doc.build(story, canvasmaker=canvas_maker)
