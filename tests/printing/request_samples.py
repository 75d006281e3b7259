"""Reception requests to print: a long, approved, short-notice one and a fresh one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from reception_desk.domain.reception_request import (
    FeedbackForm,
    Guest,
    ItineraryItem,
    Level,
    Preparation,
    RequestForm,
    RequestRecord,
    Status,
    Step,
)

ZONE = ZoneInfo("Asia/Shanghai")
SITE = "滨江壹号售楼处"
PRINTED_AT = datetime(2026, 12, 1, 2, 30, tzinfo=UTC)  # 2026-12-01 10:30 in Shanghai
ORGANISATION = "上海浦东新区城市更新投资发展集团有限公司考察团"
LONG_PURPOSE = (
    "考察本项目的规划设计、样板房装修标准与物业服务体系，洽谈团购合作意向；"
    "同时了解周边学校、医院、地铁等配套设施的建设进度，并与我方工程部进行技术交流。"
    "请各部门提前准备资料，确保讲解内容准确、完整！如有变化，请及时通知接待负责人。"
)
LONG_NOTES = ("来访方领队为集团副总裁，需安排总经理出面接待；用餐注意清淡，"
              "其中两位来宾不吃辣。会议室需提前一小时开空调，准备茶歇：水果、点心、咖啡。") * 3
DEPARTMENT_HEAD = "赵敏"
GENERAL_MANAGER = "钱伟"


def _local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZONE)


def guests(count: int) -> tuple[Guest, ...]:
    titles = ("副总裁", "投资部总监", "工程管理中心高级经理", "采购专员", "项目经理")
    return tuple(Guest(name=f"来宾{n:02d}号", title=titles[n % len(titles)],
                       phone=f"1380013{n:04d}" if n % 3 else "")
                 for n in range(1, count + 1))


def itinerary(count: int) -> tuple[ItineraryItem, ...]:
    activities = ("抵达售楼处，沙盘讲解项目规划与区位优势，"
                  "介绍周边配套及交通（地铁、学校、医院）。",
                  "参观样板房：三房、四房及顶层复式，讲解装修标准。",
                  "会议室座谈，技术交流；工程部、设计部参加。",
                  "午餐", "参观在建工地，安全员陪同，佩戴安全帽。")
    items = []
    start = _local(2026, 12, 3, 8, 30)
    for n in range(count):
        at = start + timedelta(days=n // 10, minutes=45 * (n % 10))
        items.append(ItineraryItem(starts_at=at, activity=activities[n % len(activities)],
                                   place=("售楼处沙盘区", "样板房 3 号楼", "二楼会议室",
                                          "滨江酒店", "工地")[n % 5],
                                   attendees="刘洋、陈静、王总",
                                   ends_at=at + timedelta(minutes=40)))
    return tuple(items)


def long_record(guest_count: int = 60, item_count: int = 30, *,
                approved: bool = True) -> RequestRecord:
    """An A-level request with many guests and items, short notice, approved by both."""
    form = RequestForm(
        level=Level.A, host="孙丽", department="营销中心", organisation=ORGANISATION,
        guests=guests(guest_count), headcount=guest_count, purpose=LONG_PURPOSE,
        arrival_at=_local(2026, 12, 3, 8, 30), departure_at=_local(2026, 12, 5, 17, 0),
        itinerary=itinerary(item_count), route="售楼处 → 沙盘 → 样板房 → 工地 → 会议室",
        meals="12 月 3 日午餐、晚餐在滨江酒店，共 60 人，标准每人 150 元。",
        lodging="滨江酒店大床房 30 间，两晚。", vehicle="大巴两辆，机场接送。",
        preparations=frozenset({Preparation.NAME_PLATES, Preparation.BANNER,
                                Preparation.MEETING_ROOM, Preparation.WATER}),
        budget=36500.0, notes=LONG_NOTES,
        short_notice_reason="客户临时决定提前来访，集团领导已同意。")
    created = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
    steps: list[Step] = [Step(created, "submit", Status.DRAFT, Status.SUBMITTED, "孙丽")]
    status = Status.SUBMITTED
    if approved:
        steps += [
            Step(datetime(2026, 11, 30, 3, 15, tzinfo=UTC), "approve_department",
                 Status.SUBMITTED, Status.DEPARTMENT_APPROVED, DEPARTMENT_HEAD),
            Step(datetime(2026, 11, 30, 6, 40, tzinfo=UTC), "approve_gm",
                 Status.DEPARTMENT_APPROVED, Status.GM_APPROVED, GENERAL_MANAGER),
        ]
        status = Status.GM_APPROVED
    return RequestRecord(
        id=7, number="JD20261203-01", status=status, form=form, created_by="孙丽",
        created_at=created, updated_at=created, steps=tuple(steps), submitted_at=created,
        feedback_due=date(2026, 12, 9),
        feedback=FeedbackForm(
            summary="接待顺利，客户对样板房和物业服务评价很高。" * 4,
            customer_opinion="希望提供更详细的团购方案；停车位偏少。",
            satisfaction="满意", follow_up="一周内发送团购方案。", follow_up_by="刘洋",
            expenses="餐费 9000 元，住宿 14400 元。", items_returned="横幅、桌牌已退还行政部。"),
        feedback_filed_at=datetime(2026, 12, 8, 2, 0, tzinfo=UTC),
    )
