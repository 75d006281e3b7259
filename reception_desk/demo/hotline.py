"""Demo hotline data: calls (some becoming appointments and visits, some competitors),
customers with owners, and two agencies' pre-registrations including one conflict.

Deterministic (seeded) and fast: a few calls a day, written through the real
services with a clock fixed at each moment. `delete_demo_hotline` removes it again.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ..domain.call_form import AppointmentForm, CallForm
from ..domain.customer_records import AppointmentSource
from ..domain.party import Honorific
from ..domain.stages import Stage
from ..domain.timeutil import local_date
from ..services.appointments import AppointmentService
from ..services.arrivals import ArrivalService
from ..services.calls import CallService
from ..services.context import Services
from ..store.demo_repo import DemoRepository
from ..store.session import Session
from .valid_values import mobile

SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明"]
AREAS = ["89", "105", "120", "143", "168"]
BUDGETS = ["200万以内", "200-300万", "300-400万", "500万以上"]
LAYOUTS = ["两室", "三室", "四室"]
AGENCIES = ("链家", "我爱我家")


def _at(day: date, hour: int, minute: int, services: Services) -> datetime:
    zone = services.settings.current().zone()
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def _phone(rng: random.Random) -> str:
    return mobile(rng)


def fill_demo_hotline(services: Services, days: int, seed: int = 6) -> int:
    """Write `days` days of hotline calls ending today; return the number of calls."""
    rng = random.Random(seed)
    today = local_date(services.clock(), services.settings.current().zone())
    with services.db.read() as session:
        consultants = DemoRepository(session).active_consultant_ids()
    count = 0
    known: list[tuple[str, str]] = []
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        for _ in range(rng.randint(2, 5)):
            moment = _at(day, rng.randint(9, 17), rng.randrange(60), services)
            if moment > services.clock():
                continue

            def clock_at(at: datetime = moment) -> datetime:  # this call's moment, bound now
                return at

            calls = CallService(services.db, services.bus, services.settings, clock_at)
            if rng.random() < 0.12:
                calls.log_call(CallForm(caller_name="", competitor=True,
                                        questions="询问价格和优惠", notes="同行调研"),
                               actor="前台", demo=True)
                count += 1
                continue
            name, phone = (rng.choice(known) if known and rng.random() < 0.2 else
                           (rng.choice(SURNAMES) + rng.choice(GIVEN), _phone(rng)))
            known.append((name, phone))
            visit = None
            if rng.random() < 0.35:
                visit = _at(day + timedelta(days=rng.randint(0, 2)), rng.randint(10, 17), 0,
                            services)
                if visit < moment:
                    visit = moment + timedelta(hours=1)
            calls.log_call(CallForm(
                phone=phone, caller_name=name, honorific=rng.choice(list(Honorific)),
                area=rng.choice(AREAS), budget=rng.choice(BUDGETS),
                layout=rng.choice(LAYOUTS), channel="网络",
                consultant_id=rng.choice(consultants) if consultants else None,
                visit_at=visit, visit_size=rng.randint(1, 4)), actor="前台", demo=True)
            count += 1
    _pre_registrations(services, rng, today, known)
    _check_in_past(services, today)
    return count


def _pre_registrations(services: Services, rng: random.Random, today: date,
                       known: list[tuple[str, str]]) -> None:
    """Each agency registers three customers for today and tomorrow; one clashes."""
    appointments = services.appointments
    first: tuple[str, str] | None = None
    for agency in AGENCIES:
        for index in range(3):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            phone = _phone(rng)
            if agency == AGENCIES[0] and index == 0:
                first = (name, phone)
            if agency == AGENCIES[1] and index == 0 and first is not None:
                name, phone = first  # registered by both agencies: a conflict (判客)
            appointments.add(AppointmentForm(
                day=today + timedelta(days=index % 2), name=name, phone=phone,
                size=rng.randint(1, 3), agency=agency, agent=rng.choice(["小李", "小王"])),
                source=AppointmentSource.IMPORT, demo=True)


class _Clock:
    def __init__(self) -> None:
        self.now = datetime.now().astimezone()

    def __call__(self) -> datetime:
        return self.now


def _check_in_past(services: Services, today: date) -> None:
    """Most appointments of past days arrived: check in at the expected time, leave later."""
    clock = _Clock()
    arrivals = ArrivalService(services.db, services.bus, services.settings, clock)
    frozen = AppointmentService(services.db, services.bus, services.settings, arrivals, clock)
    for record in services.appointments.between(today - timedelta(days=60),
                                                today - timedelta(days=1),
                                                include_done=False):
        if record.id % 4 == 0 or record.expected_at is None:
            continue  # a no-show
        clock.now = record.expected_at
        party = frozen.check_in(record.id)
        with services.db.write() as session:
            DemoRepository(session).mark_demo(party.id)
        clock.now = record.expected_at + timedelta(minutes=50)
        arrivals.move(party.id, Stage.DEPARTED)


def delete_demo_hotline(session: Session) -> int:
    """Remove demo calls, appointments and customers, and every link to demo consultants.

    Call it in the demo clean-up's transaction before demo parties and consultants go.
    """
    return DemoRepository(session).delete_demo_hotline()
