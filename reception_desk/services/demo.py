"""Demo data: a few weeks of realistic visits, written the way the desk writes them.

`fill_demo` plans every party of every day first (arrival, stages with times,
consultant by rotation, a place that no other party holds at that moment),
then replays all actions in time order through `ArrivalService`, with a
private clock set to each action's time. So the stored rows, moves and
change-feed entries look exactly like a real day's work, and the database's
own rules (one party per place) check the plan.

Past days end with every party gone; today stops at the clock's current time
with parties at the gate, waiting, with consultants, seated and on a tour.
Refuses to mix with real data unless forced; earlier demo parties are replaced.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete

from ..domain.errors import DomainError
from ..domain.events import EVERYTHING, PARTIES, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import PartyDraft
from ..domain.stages import Stage
from ..domain.timeutil import as_utc
from ..store.models import Party
from ..store.parties import PartyRepository
from .arrivals import ArrivalService
from .context import Services
from .demo_plan import Plan, Planner

DEMO_FLAG = "demo_offered"
MAX_DAYS = 365



class DemoRefusedError(DomainError):
    """The database holds real visits; demo data would mix with them."""

    def __init__(self, real_parties: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages",
            "The database already holds {count} real visits; demo data would mix with them. "
            "Use another database, or force it if you are sure."), count=real_parties)
        self.real_parties = real_parties


@dataclass(frozen=True)
class DemoSummary:
    days: int
    first_day: date
    last_day: date
    parties: int
    people: int
    today_parties: int
    in_building: int
    deleted: int


class _SettableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _delete_demo(services: Services) -> int:
    with services.db.write() as session:
        result = session.execute(delete(Party).where(Party.demo.is_(True)))
        count = int(getattr(result, "rowcount", 0) or 0)
        if count:
            services.db.record_change(session, PARTIES, (), {"kind": "demo_cleared"})
    return count


def fill_demo(
    services: Services,
    days: int,
    force: bool,
    rng_seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Replace earlier demo parties with `days` days of new ones, ending today.

    Refuses (DemoRefusedError) when the database holds real visits, unless
    `force`. Deterministic for a given seed and clock. progress(done, total)
    reports the writes, for a progress bar.
    """
    if not 1 <= days <= MAX_DAYS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Messages", "Demo data covers 1 to {max} days."), max=MAX_DAYS)
    with services.db.read() as session:
        real = PartyRepository(session).count_real()
    if real and not force:
        raise DemoRefusedError(real)
    deleted = _delete_demo(services)

    settings = services.settings.current()
    now = as_utc(services.clock())
    zone = settings.zone()
    today = now.astimezone(zone).date()
    rng = random.Random(rng_seed)
    planner = Planner(rng, settings, set(services.arrivals.occupied_places()))
    plans_by_day: list[tuple[date, list[Plan]]] = []
    for back in range(days - 1, 0, -1):
        day = today - timedelta(days=back)
        plans = planner.past_day(day, returning_ok=bool(plans_by_day))
        plans_by_day.append((day, plans))
        planner.pool.extend(p for p in plans if p.phone and p.invalid is None)
    plans_by_day.append((today, planner.today(today, now)))

    actions = _actions([p for _, plans in plans_by_day for p in plans])
    clock = _SettableClock(now)
    writer = ArrivalService(services.db, EventBus(), services.settings, clock)
    total = len(actions)
    for done, (at, _order, action) in enumerate(actions, start=1):
        clock.now = at
        action(writer)
        if progress is not None and (done % 25 == 0 or done == total):
            progress(done, total)
    services.settings.set_flag(DEMO_FLAG, True)
    services.bus.publish(Event(EVERYTHING, data={"kind": "demo"}))

    all_plans = [p for _, plans in plans_by_day for p in plans]
    today_plans = plans_by_day[-1][1]
    return DemoSummary(
        days=days,
        first_day=plans_by_day[0][0],
        last_day=today,
        parties=len(all_plans),
        people=sum(p.size for p in all_plans),
        today_parties=len(today_plans),
        in_building=sum(1 for p in today_plans if p.departed is None),
        deleted=deleted,
    )


Action = Callable[[ArrivalService], None]


def _actions(plans: list[Plan]) -> list[tuple[datetime, tuple[int, int], Action]]:
    """Every write of every plan, in the order they happen."""
    out: list[tuple[datetime, tuple[int, int], Action]] = []
    for index, plan in enumerate(sorted(plans, key=lambda p: p.arrive)):
        seq = 0

        def add(at: datetime, action: Action, index: int = index) -> None:
            nonlocal seq
            out.append((at, (index, seq), action))
            seq += 1

        add(plan.arrive, lambda svc, plan=plan: _register(svc, plan))
        for at, stage in plan.steps:
            place = plan.place if stage is Stage.SEATED else None
            add(at, lambda svc, plan=plan, stage=stage, place=place:
                svc.move(_id(plan), stage, place))
            if stage is Stage.RECEIVED and plan.consultant:
                add(at, lambda svc, plan=plan: _consultant(svc, plan))
        if plan.invalid is not None:
            at, reason, note = plan.invalid
            add(at, lambda svc, plan=plan, reason=reason, note=note:
                svc.mark_invalid(_id(plan), reason, note))
    # Time first; within a party its own order. Ties between parties never involve
    # one place (seating keeps a second either side).
    out.sort(key=lambda item: (item[0], item[1]))
    return out


def _id(plan: Plan) -> int:
    assert plan.party_id is not None
    return plan.party_id


def _register(svc: ArrivalService, plan: Plan) -> None:
    record = svc.register(PartyDraft(
        surname=plan.surname, honorific=plan.honorific, size=plan.size, kind=plan.kind,
        channel=plan.channel, phone=plan.phone, plate=plan.plate,
        description=plan.description, note=plan.note,
    ), demo=True, at=plan.arrive)
    plan.party_id = record.id


def _consultant(svc: ArrivalService, plan: Plan) -> None:
    if svc.get(_id(plan)).consultant != plan.consultant:
        svc.set_consultant(_id(plan), plan.consultant)
