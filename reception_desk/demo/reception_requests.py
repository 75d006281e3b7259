"""Demo reception requests: one or more in every status, written through `RequestService`.

`fill_demo_requests` plans each request's actions (save the draft, submit,
approvals, itinerary sent, visit, feedback, close; or a rejection or a
cancellation) at believable times around the demo days, sorts every action
of every request by time and replays them with a private clock, so numbers,
steps, audit entries and the expected parties look exactly like real work.
Past visits end closed, with feedback filed, or visited with the feedback
overdue; coming ones are scheduled (one arriving tomorrow with its itinerary
not yet sent), waiting for an approval, drafts, rejected back to draft or
cancelled. Two carry a short-notice reason. Earlier demo requests (and their
expected parties) are replaced; real requests are never touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from ..domain.reception_request import (
    FeedbackForm,
    Guest,
    ItineraryItem,
    Level,
    Preparation,
    RequestForm,
)
from ..domain.request_rules import notice_days
from ..domain.roles import Actor
from ..domain.timeutil import as_utc, local_date
from ..domain.workdays import feedback_due
from ..services.context import Services
from ..services.requests import RequestService
from ..store.demo_repo import DemoRepository

#: What each demo request ends as.
CLOSED, FILED, OVERDUE, VISITED = "closed", "feedback_filed", "overdue", "visited"
SCHEDULED, SCHEDULED_SENT, DEPT_APPROVED = "scheduled", "scheduled_sent", "dept_approved"
SUBMITTED, DRAFT, REJECTED, CANCELLED = "submitted", "draft", "rejected", "cancelled"


@dataclass(frozen=True)
class DemoVisit:
    organisation: str
    level: Level
    ends_as: str
    #: Arrival day relative to today (ignored for OVERDUE: placed so the feedback is late).
    day_offset: int
    purpose: str
    guests: tuple[Guest, ...]
    host: str = "周敏"
    department: str = "营销部"
    short_notice_reason: str = ""


def _g(*people: tuple[str, str]) -> tuple[Guest, ...]:
    return tuple(Guest(name, title) for name, title in people)


DEMO_VISITS: tuple[DemoVisit, ...] = (
    DemoVisit("华润置地华南大区", Level.A, CLOSED, -12, "合作开发项目考察",
              _g(("陈志远", "副总裁"), ("黄丽华", "投资总监"), ("林涛", "项目经理"))),
    DemoVisit("招商银行深圳分行", Level.B, CLOSED, -9, "按揭合作洽谈",
              _g(("吴晓明", "零售部总经理"), ("郭静", "客户经理")), host="孙丽",
              department="客服部"),
    DemoVisit("链家地产渠道部", Level.C, CLOSED, -7, "渠道带看培训",
              _g(("赵磊", "区域经理"), ("钱芳", "置业顾问"), ("何勇", "置业顾问"))),
    DemoVisit("中国建筑第八工程局", Level.B, FILED, -4, "工程质量巡检",
              _g(("马建军", "项目总工"), ("许文", "质量主管")), host="郑浩",
              department="工程部"),
    DemoVisit("深圳市住房和建设局", Level.A, OVERDUE, -6, "预售资金监管检查",
              _g(("周海峰", "处长"), ("冯敏", "科员")), department="总经办"),
    DemoVisit("平安银行按揭中心", Level.C, VISITED, -1, "按揭资料对接",
              _g(("蒋红", "业务经理"),), host="孙丽", department="客服部"),
    DemoVisit("万科集团采购中心", Level.B, SCHEDULED, 1, "供应商评估回访",
              _g(("沈俊", "采购经理"), ("韩雪", "采购专员")),
              short_notice_reason="客户临时调整行程，提前一天到访"),
    DemoVisit("碧桂园服务", Level.A, SCHEDULED_SENT, 3, "物业服务合作考察",
              _g(("唐伟", "区域总裁"), ("曹颖", "运营总监"), ("邓超", "品质经理"),
                 ("彭丽", "行政主管"))),
    DemoVisit("中海物业华南公司", Level.C, SCHEDULED, 2, "交付前物业对接",
              _g(("叶青", "项目经理"), ("罗斌", "工程主管")), host="郑浩",
              department="工程部"),
    DemoVisit("广发证券投资银行部", Level.A, DEPT_APPROVED, 5, "项目融资尽职调查",
              _g(("袁野", "董事总经理"), ("潘晓", "高级经理"), ("杜鹃", "分析师"))),
    DemoVisit("保利发展华南公司", Level.A, SUBMITTED, 2, "同业交流参观",
              _g(("蔡明", "副总经理"), ("田甜", "营销总监")),
              short_notice_reason="集团领导临时安排，需尽快接待"),
    DemoVisit("深圳大学建筑学院", Level.B, SUBMITTED, 4, "学生实地教学",
              _g(("董方", "副教授"), ("程亮", "讲师")), host="孙丽", department="客服部"),
    DemoVisit("世联行代理公司", Level.C, DRAFT, 6, "代理合同续签沟通",
              _g(("邱波", "项目总监"),)),
    DemoVisit("金地集团商业公司", Level.A, REJECTED, 8, "商业运营交流",
              _g(("谢军", "总经理"), ("苏婷", "招商经理"))),
    DemoVisit("富力地产华南区域", Level.B, CANCELLED, -2, "合作意向洽谈",
              _g(("莫刚", "投资经理"), ("姚琳", "法务")), host="郑浩", department="工程部"),
    DemoVisit("龙湖集团深圳公司", Level.C, CANCELLED, 3, "营销活动观摩",
              _g(("黎明", "营销经理"),), host="孙丽", department="客服部"),
)

REJECT_REASON = "接待规格偏高，请压缩陪同人数后重新提交"
CANCEL_REASON = "客户行程变更，来访取消"

FEEDBACK = FeedbackForm(
    summary="来访按行程进行，沙盘讲解和样板房参观顺利。",
    customer_opinion="对项目品质和服务评价较高，关注交付时间。",
    satisfaction="满意",
    follow_up="一周内发送合作方案",
    follow_up_by="周敏",
    expenses="午餐及礼品，票据已报销",
    items_returned="剩余资料和礼品已退回行政部",
)


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class _Run:
    service: RequestService
    clock: _Clock
    actors: dict[str, Actor]
    ids: dict[int, int] = field(default_factory=dict)


#: One action of a request's life; what the service returns is not kept.
Step = Callable[[_Run], object]


def _local(day: date, hour: int, minute: int, zone: tzinfo) -> datetime:
    return as_utc(datetime.combine(day, time(hour, minute), tzinfo=zone))


def _form(visit: DemoVisit, day: date, zone: tzinfo) -> RequestForm:
    arrive = _local(day, 9, 30, zone)
    lunch = _local(day, 12, 0, zone)
    return RequestForm(
        level=visit.level, host=visit.host, department=visit.department,
        organisation=visit.organisation, guests=visit.guests, headcount=len(visit.guests),
        purpose=visit.purpose, arrival_at=arrive, departure_at=_local(day, 16, 30, zone),
        itinerary=(
            ItineraryItem(arrive, "到达营销中心，欢迎致辞", "营销中心大堂", visit.host),
            ItineraryItem(arrive + timedelta(minutes=30), "沙盘及项目讲解", "沙盘区",
                          f"{visit.host}、置业顾问"),
            ItineraryItem(arrive + timedelta(hours=1, minutes=15), "参观样板房及工地",
                          "3号楼样板房", visit.host),
            ItineraryItem(lunch, "午餐", "公司餐厅", visit.host,
                          ends_at=lunch + timedelta(hours=1, minutes=15)),
            ItineraryItem(_local(day, 14, 0, zone), "座谈交流", "二楼会议室", "部门负责人"),
        ),
        route="营销中心 - 沙盘区 - 样板房 - 工地观摩区 - 会议室",
        meals=f"工作午餐 {len(visit.guests) + 2} 人",
        lodging="无" if visit.level is not Level.A else "市区酒店 1 晚（公司协议价）",
        vehicle="公司商务车站点接送" if visit.level is Level.A else "客户自驾，预留车位",
        preparations=frozenset({Preparation.NAME_PLATES, Preparation.MEETING_ROOM,
                                Preparation.PROJECTOR, Preparation.MATERIALS,
                                Preparation.WATER, Preparation.FRUIT}
                               | ({Preparation.BANNER, Preparation.GIFTS}
                                  if visit.level is Level.A else set())),
        budget={Level.A: 5000.0, Level.B: 1500.0, Level.C: 300.0}[visit.level],
        notes="演示数据",
        short_notice_reason=visit.short_notice_reason,
    )


def _overdue_day(today: date, services: Services) -> date:
    """The latest past day whose visit's feedback is already late today."""
    settings = services.settings.current()
    day = today - timedelta(days=1)
    while feedback_due(day, settings.feedback_working_days, settings.holidays,
                       settings.makeup_working_days) >= today:
        day -= timedelta(days=1)
    return day


def _delete_demo_requests(services: Services) -> int:
    with services.db.write() as session:
        return DemoRepository(session).delete_demo_requests()


def fill_demo_requests(services: Services, actors: dict[str, Actor], days: int) -> int:
    """Create the demo requests around the `days` demo days ending today; return how many.

    `actors` holds "receptionist", "department_head" and "general_manager"
    (demo.accounts.demo_actors); the receptionist fills and files for the hosts.
    """
    _delete_demo_requests(services)
    settings = services.settings.current()
    zone = settings.zone()
    now = as_utc(services.clock())
    today = local_date(now, zone)
    first_day = today - timedelta(days=max(days, 1) - 1)
    clock = _Clock(now)
    run = _Run(RequestService(services.db, services.bus, services.settings, clock), clock,
               actors)
    actions: list[tuple[datetime, int, Step]] = []
    for index, visit in enumerate(DEMO_VISITS):
        for at, step in _plan(index, visit, today, first_day, now, services):
            if at <= now:
                actions.append((at, len(actions), step))
    actions.sort(key=lambda a: (a[0], a[1]))
    for at, _, step in actions:
        clock.now = at
        step(run)
    return len(run.ids)


def _plan(index: int, visit: DemoVisit, today: date, first_day: date, now: datetime,
          services: Services) -> list[tuple[datetime, Step]]:
    zone = services.settings.current().zone()
    if visit.ends_as == OVERDUE:
        day = _overdue_day(today, services)
    elif visit.day_offset < 0:
        lowest = {CLOSED: 3, FILED: 2}.get(visit.ends_as, 1)
        day = max(today + timedelta(days=visit.day_offset), first_day)
        day = min(day, today - timedelta(days=lowest))
    else:
        day = today + timedelta(days=visit.day_offset)
    form = _form(visit, day, zone)
    arrival = form.arrival_at
    assert arrival is not None
    if visit.short_notice_reason:
        start = min(now - timedelta(hours=3),
                    arrival - timedelta(days=max(notice_days(visit.level, services.settings
                                                             .current()) - 1, 0)))
    elif visit.day_offset < 0 or visit.ends_as == OVERDUE:
        notice = notice_days(visit.level, services.settings.current())
        start = _local(day - timedelta(days=notice + 2), 10, 0, zone)
    else:
        start = now - timedelta(hours=26)
    steps: list[tuple[datetime, Step]] = []

    def add(at: datetime, step: Step) -> None:
        steps.append((at, step))

    def save(run: _Run) -> None:
        run.ids[index] = run.service.save_draft(run.actors["receptionist"], form, demo=True).id

    add(start, save)
    if visit.ends_as == DRAFT:
        return steps
    submit_at = start + timedelta(minutes=15)
    add(submit_at, lambda run: run.service.submit(run.actors["receptionist"], run.ids[index]))
    if visit.ends_as == SUBMITTED:
        return steps
    dept_at = submit_at + timedelta(hours=1, minutes=40)
    add(dept_at, lambda run: run.service.approve(run.actors["department_head"], run.ids[index]))
    gm_at = dept_at + timedelta(hours=2)
    if visit.ends_as == REJECTED:
        add(gm_at, lambda run: run.service.reject(
            run.actors["general_manager"], run.ids[index], REJECT_REASON))
        return steps
    if visit.ends_as == DEPT_APPROVED:
        return steps
    if visit.level is Level.A:
        add(gm_at, lambda run: run.service.approve(run.actors["general_manager"],
                                                  run.ids[index]))
    if visit.ends_as == CANCELLED:
        cancel_at = min(gm_at + timedelta(hours=20), now - timedelta(minutes=20),
                        arrival - timedelta(hours=12))
        add(max(cancel_at, gm_at + timedelta(minutes=5)), lambda run: run.service.cancel(
            run.actors["receptionist"], run.ids[index], CANCEL_REASON))
        return steps
    if visit.ends_as != SCHEDULED:
        sent_at = max(gm_at + timedelta(minutes=10),
                      min(_local(day - timedelta(days=1), 16, 0, zone),
                          now - timedelta(minutes=30)))
        add(sent_at, lambda run: run.service.mark_itinerary_sent(run.actors["receptionist"],
                                                                 run.ids[index]))
    if visit.ends_as in (SCHEDULED, SCHEDULED_SENT):
        return steps
    add(arrival + timedelta(minutes=7), lambda run: run.service.mark_visited(
        run.actors["receptionist"], run.ids[index]))
    if visit.ends_as in (VISITED, OVERDUE):
        return steps
    filed_at = _local(day + timedelta(days=1), 17, 10, zone)
    add(filed_at, lambda run: run.service.file_feedback(run.actors["receptionist"],
                                                        run.ids[index], FEEDBACK))
    if visit.ends_as == CLOSED:
        add(filed_at + timedelta(hours=16), lambda run: run.service.close(
            run.actors["department_head"], run.ids[index]))
    return steps
