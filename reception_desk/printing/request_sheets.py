"""The printed sheets of a reception request, built from a ``RequestRecord`` (no Qt).

* 客户来访接待申请单 (:func:`build_request_pdf`): every field of the form, the
  guest list, the itinerary, the preparations ticked, the level with its
  definition, a "短时通知 / short notice" mark with the reason, and the
  approval boxes of the department head and the general manager: the
  approver's name and time once approved, an empty box with signature and date
  lines for a wet signature before that.
* 商务考察行程安排表 (:func:`build_itinerary_pdf`): the plan sent to the visiting
  leader the day before arrival (A level: with the chairman's confirmation line).
* 客户接待信息反馈表 (:func:`build_feedback_pdf`): filled from ``record.feedback``
  or blank, to be written by hand.
* :func:`build_batch_pdf`: several sheets of several requests in one PDF (one
  print job); each sheet starts on a new page and counts its own pages.

Each function returns the PDF as bytes. ``printed_at`` is the printing moment
(aware, shown in ``zone``); every time of the record is shown in ``zone``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.privacy import MaskKind, Purpose, mask_value, may_see_full
from ..domain.reception_request import Level, Preparation, RequestRecord, Status, Step
from ..domain.roles import Actor
from .fonts import CJK_FONT_NAME
from .request_layout import (
    AVAILABLE,
    LEVEL_DEFINITIONS_ZH,
    LEVEL_ZH,
    NO_TIME,
    PREPARATION_ZH,
    STATUS_ZH,
    Progress,
    SheetInfo,
    alert_box,
    build_document,
    checklist,
    field_grid,
    format_date,
    format_money,
    format_time,
    local,
    markup,
    section,
    styles,
    title_block,
)
from .table_sheet import INK, _column_widths, _table

REQUEST_TITLE = "客户来访接待申请单"
ITINERARY_TITLE = "商务考察行程安排表"
FEEDBACK_TITLE = "客户接待信息反馈表"
SHORT_NOTICE = "短时通知 / short notice"
APPROVE_DEPARTMENT = "approve_department"
APPROVE_GM = "approve_gm"
SIGN_LINE = "签字：______________　　日期：______________"
GUEST_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.5), ("姓名", 1.4), ("职务", 2.0), ("电话", 1.5))
ITINERARY_COLUMNS: tuple[tuple[str, float], ...] = (
    ("日期", 1.0), ("时间", 1.0), ("活动内容", 2.6), ("地点", 1.4), ("我方陪同人员", 1.4))
#: Statuses past the approvals: a missing GM step there means none was needed.
_PAST_APPROVAL = (Status.SCHEDULED, Status.VISITED, Status.FEEDBACK_FILED, Status.CLOSED)
SATISFACTION_CHOICES = ("非常满意", "满意", "一般", "不满意")


class SheetKind(StrEnum):
    REQUEST = "request"
    ITINERARY = "itinerary"
    FEEDBACK = "feedback"


SHEET_TITLES: dict[SheetKind, str] = {
    SheetKind.REQUEST: REQUEST_TITLE,
    SheetKind.ITINERARY: ITINERARY_TITLE,
    SheetKind.FEEDBACK: FEEDBACK_TITLE,
}


def _visit_period(record: RequestRecord, zone: ZoneInfo) -> tuple[str, str]:
    form = record.form
    return format_time(form.arrival_at, zone), format_time(form.departure_at, zone)


def _headcount(record: RequestRecord) -> str:
    form = record.form
    count = form.headcount if form.headcount is not None else len(form.guests)
    return f"{count} 人" if count else ""


def _guest_rows(record: RequestRecord) -> list[list[str]]:
    return [[str(n), g.name, g.title, g.phone] for n, g in enumerate(record.form.guests, 1)]


def _itinerary_rows(record: RequestRecord, zone: ZoneInfo) -> list[list[str]]:
    rows: list[list[str]] = []
    for item in sorted(record.form.itinerary, key=lambda i: i.starts_at):
        start = local(item.starts_at, zone)
        assert start is not None
        end = local(item.ends_at, zone)
        when = start.strftime("%H:%M") + (f"–{end.strftime('%H:%M')}" if end else "")
        rows.append([start.strftime("%Y-%m-%d"), when, item.activity, item.place,
                     item.attendees])
    return rows


def _table_of(columns: Sequence[tuple[str, float]], rows: list[list[str]],
              found: dict[str, ParagraphStyle]) -> Flowable:
    return _table(columns, rows, _column_widths(columns, AVAILABLE), found, CJK_FONT_NAME)


def _approval_cell(title: str, step: Step | None, zone: ZoneInfo, not_needed: bool,
                   found: dict[str, ParagraphStyle]) -> list[Flowable]:
    box = found["box"]
    cell: list[Flowable] = [Paragraph(markup(title), found["box-head"]), Spacer(1, 1 * mm)]
    if step is not None:
        lines = ["审批意见：同意", f"审批人：{step.actor}",
                 f"审批时间：{format_time(step.at, zone)}"]
        if step.reason.strip():
            lines.append(f"备注：{step.reason.strip()}")
    elif not_needed:
        lines = ["按规定无需此级审批"]
    else:
        lines = ["审批意见：", "", SIGN_LINE]
    cell += [Paragraph(markup(line) or "&nbsp;", box) for line in lines]
    return cell


def _approval_subject(record: RequestRecord, zone: ZoneInfo,
                      found: dict[str, ParagraphStyle]) -> Flowable:
    """What the signatures approve, above the boxes: a page with them names its request."""
    arrival, _departure = _visit_period(record, zone)
    form = record.form
    parts = [f"申请编号 {record.number}", form.organisation.strip() or "—",
             f"到访 {arrival}", LEVEL_ZH[form.level]]
    if record.short_notice:
        parts.append(SHORT_NOTICE)
    return Paragraph(markup("审批对象：" + "　·　".join(parts)), found["box"])


def _approval_boxes(record: RequestRecord, zone: ZoneInfo,
                    found: dict[str, ParagraphStyle]) -> list[Flowable]:
    department = record.approval_step(APPROVE_DEPARTMENT)
    gm = record.approval_step(APPROVE_GM)
    gm_not_needed = (gm is None and record.form.level is not Level.A
                     and record.status in _PAST_APPROVAL)
    cells = [[
        _approval_cell("部门负责人审批", department, zone, False, found),
        _approval_cell("总经理审批", gm, zone, gm_not_needed, found),
    ]]
    table = Table(cells, colWidths=[AVAILABLE / 2] * 2, rowHeights=[32 * mm], hAlign="CENTER",
                  style=TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT_NAME),
                                    ("GRID", (0, 0), (-1, -1), 0.8, INK),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return [section("五、审批", found), _approval_subject(record, zone, found),
            Spacer(1, 1.5 * mm), table]


def _subtitle(record: RequestRecord) -> str:
    return f"申请编号：{record.number}　　状态：{STATUS_ZH.get(record.status, record.status)}"


def request_story(record: RequestRecord, zone: ZoneInfo) -> list[Flowable]:
    """The flowables of the application sheet (for a batch or a single PDF)."""
    found = styles()
    form = record.form
    story = title_block(REQUEST_TITLE, _subtitle(record), found)
    story.append(Spacer(1, 3 * mm))
    if record.short_notice:
        story += [alert_box(f"{SHORT_NOTICE}　原因：{form.short_notice_reason.strip()}", found),
                  Spacer(1, 3 * mm)]
    arrival, departure = _visit_period(record, zone)
    story += [section("一、基本信息", found), field_grid([
        [("接待负责人", form.host), ("部门", form.department)],
        [("来访单位", form.organisation)],
        [("来访人数", _headcount(record)), ("接待级别", LEVEL_ZH[form.level])],
        [("级别说明", LEVEL_DEFINITIONS_ZH[form.level])],
        [("来访目的", form.purpose)],
        [("到达时间", arrival), ("离开时间", departure)],
        [("参观路线", form.route)],
        [("用餐安排", form.meals), ("住宿安排", form.lodging)],
        [("车辆 / 接送", form.vehicle), ("预算", format_money(form.budget))],
        [("备注", form.notes)],
        [("申请人", record.created_by),
         ("提交时间", format_time(record.submitted_at, zone, NO_TIME))],
    ], found)]
    story += [section(f"二、来访人员名单（共 {len(form.guests)} 人）", found),
              _table_of(GUEST_COLUMNS, _guest_rows(record), found)]
    story += [section("三、行程安排", found),
              _table_of(ITINERARY_COLUMNS, _itinerary_rows(record, zone), found)]
    ticks = [(PREPARATION_ZH[p], p in form.preparations) for p in Preparation]
    # The approval boxes never stand alone on a page: they keep the preparations and a
    # line naming the request with them, so a signature page cannot drift away loose.
    story.append(KeepTogether([section("四、接待准备", found), checklist(ticks),
                               *_approval_boxes(record, zone, found)]))
    return story


def itinerary_story(record: RequestRecord, zone: ZoneInfo) -> list[Flowable]:
    """The flowables of the itinerary (商务考察行程安排表)."""
    found = styles()
    form = record.form
    story = title_block(ITINERARY_TITLE, f"申请编号：{record.number}", found)
    story.append(Spacer(1, 3 * mm))
    arrival, departure = _visit_period(record, zone)
    leaders = "、".join(f"{g.name}（{g.title}）" if g.title else g.name for g in form.guests)
    story += [field_grid([
        [("来访单位", form.organisation)],
        [("来访人数", _headcount(record)), ("接待级别", LEVEL_ZH[form.level])],
        [("到达时间", arrival), ("离开时间", departure)],
        [("来访人员", leaders)],
        [("接待负责人", form.host), ("部门", form.department)],
    ], found)]
    story += [section("行程安排", found),
              _table_of(ITINERARY_COLUMNS, _itinerary_rows(record, zone), found)]
    story += [section("其他安排", found), field_grid([
        [("参观路线", form.route)],
        [("用餐安排", form.meals)],
        [("住宿安排", form.lodging)],
        [("车辆 / 接送", form.vehicle)],
    ], found)]
    sent = format_time(record.itinerary_sent_at, zone)
    note = ("本行程于客户到达前一天发送给来访方领队。"
            + (f"已于 {sent} 发送。" if sent else ""))
    closing: list[Flowable] = [Spacer(1, 3 * mm), Paragraph(markup(note), found["note"])]
    if form.level is Level.A:
        closing += [Spacer(1, 6 * mm),
                    Paragraph(markup("董事长确认：______________　　日期：______________"),
                              found["signature"])]
    story.append(KeepTogether(closing))
    return story


def feedback_story(record: RequestRecord, zone: ZoneInfo, blank: bool) -> list[Flowable]:
    """The flowables of the feedback form; ``blank`` leaves the answers empty."""
    found = styles()
    form = record.form
    story = title_block(FEEDBACK_TITLE, f"申请编号：{record.number}", found)
    story.append(Spacer(1, 3 * mm))
    visited = record.visited_at or form.arrival_at
    filed = "" if blank else format_time(record.feedback_filed_at, zone)
    story += [field_grid([
        [("来访单位", form.organisation)],
        [("接待负责人", form.host), ("部门", form.department)],
        [("到访日期", format_date(visited, zone)), ("来访人数", _headcount(record))],
        [("接待级别", LEVEL_ZH[form.level]),
         ("反馈截止", format_date(record.feedback_due, zone))],
        [("填写时间", filed)],
    ], found)]
    answers = record.feedback
    satisfaction = ("\u3000".join(f"□ {choice}" for choice in SATISFACTION_CHOICES)
                    if blank or not answers.satisfaction.strip() else answers.satisfaction)

    def value(text: str) -> str:
        return "" if blank else text

    rows = [
        [("接待情况总结", value(answers.summary))],
        [("客户意见", value(answers.customer_opinion))],
        [("客户满意度", satisfaction)],
        [("后续跟进事项", value(answers.follow_up))],
        [("跟进人", value(answers.follow_up_by))],
        [("费用报销", value(answers.expenses))],
        [("物品退还", value(answers.items_returned))],
    ]
    space = [42 * mm, 32 * mm, 0, 32 * mm, 0, 18 * mm, 18 * mm] if blank else []
    story += [section("反馈内容", found), field_grid(rows, found, space)]
    story.append(KeepTogether([
        Spacer(1, 8 * mm),
        Paragraph(markup(f"接待负责人{SIGN_LINE}"), found["signature"]),
        Spacer(1, 6 * mm),
        Paragraph(markup(f"销售部负责人{SIGN_LINE}"), found["signature"]),
    ]))
    return story


def sheet_story(record: RequestRecord, kind: SheetKind, zone: ZoneInfo,
                blank: bool = False) -> list[Flowable]:
    if kind is SheetKind.REQUEST:
        return request_story(record, zone)
    if kind is SheetKind.ITINERARY:
        return itinerary_story(record, zone)
    return feedback_story(record, zone, blank)


def sheet_record(record: RequestRecord, viewer: Actor | None) -> RequestRecord:
    """The record as a sheet printed by ``viewer`` shows it: the guests' phones masked
    unless a manager or admin prints it (domain/privacy.py's one rule)."""
    if may_see_full(viewer, Purpose.SHEET) or not any(g.phone for g in record.form.guests):
        return record
    guests = tuple(replace(g, phone=str(mask_value(g.phone, MaskKind.PHONE)))
                   for g in record.form.guests)
    return replace(record, form=replace(record.form, guests=guests))


def build_request_pdf(record: RequestRecord, site_name: str, printed_at: datetime,
                      zone: ZoneInfo) -> bytes:
    """The application sheet (客户来访接待申请单) with its approval boxes."""
    return build_batch_pdf([record], [SheetKind.REQUEST], site_name, printed_at, zone)


def build_itinerary_pdf(record: RequestRecord, site_name: str, printed_at: datetime,
                        zone: ZoneInfo) -> bytes:
    """The itinerary (商务考察行程安排表)."""
    return build_batch_pdf([record], [SheetKind.ITINERARY], site_name, printed_at, zone)


def build_feedback_pdf(record: RequestRecord, site_name: str, printed_at: datetime,
                       zone: ZoneInfo, blank: bool = False) -> bytes:
    """The feedback form (客户接待信息反馈表), filled from the record or blank."""
    return build_batch_pdf([record], [SheetKind.FEEDBACK], site_name, printed_at, zone,
                           blank_feedback=blank)


def build_batch_pdf(records: Sequence[RequestRecord], kinds: Sequence[SheetKind | str],
                    site_name: str, printed_at: datetime, zone: ZoneInfo, *,
                    blank_feedback: bool = False, progress: Progress | None = None) -> bytes:
    """One PDF with, for each record in order, one sheet of each of ``kinds``.

    ``progress(done, total)`` is called as each sheet is laid out and once at
    the end with ``done == total``; an exception it raises (e.g. the user
    cancelled) stops the build and propagates. Raises :class:`ValueError`
    without records or kinds.
    """
    wanted = [SheetKind(kind) for kind in kinds]
    if not records or not wanted:
        raise ValueError("a batch needs at least one request and one kind of sheet")
    sheets: list[tuple[SheetInfo, list[Flowable]]] = []
    for record in records:
        for kind in wanted:
            info = SheetInfo(len(sheets), SHEET_TITLES[kind], record.number)
            sheets.append((info, sheet_story(record, kind, zone, blank_feedback)))
    title = (SHEET_TITLES[wanted[0]] if len(sheets) == 1
             else f"接待申请打印（{len(records)} 份）")
    return build_document(sheets, site_name=site_name, printed_at=printed_at, zone=zone,
                          title=title, progress=progress)
