"""Planning demo days: who arrives when, which stages and place, and the team's duty.

A plan is pure data; `demo.fill` replays the plans through the services.
Which consultant receives a party is not planned: the rotation decides it at
the moment of reception during the replay. The plan only says who is on duty
(signed in, in which order), when lunch breaks and errands happen, and marks
the rare moments the desk deviates (a missed turn, the manager's override).
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from ..domain.party import Honorific, InvalidReason, VisitKind
from ..domain.rotation import DutyStatus
from ..domain.site_settings import SiteSettings
from ..domain.stages import Stage
from ..domain.timeutil import as_utc
from .plan_records import Plan as Plan  # re-exported: the planner hands these out
from .plan_records import Visitor as Visitor
from .sample_values import (
    APPOINTMENT_NOTES,
    CARS,
    CHANNEL_WEIGHTS,
    CLOSE,
    CONSULTANTS,
    DEFAULT_CHANNEL_WEIGHT,
    HOUR_WEIGHTS,
    INVALID_NOTES,
    INVALID_WEIGHTS,
    OPEN,
    PEOPLE_NOTES,
    PLATE_LETTERS,
    PLATE_PREFIXES,
    SIZE_WEIGHTS,
    SURNAMES,
)
from .valid_values import mobile

#: Recent customers kept as candidates to come back (about a month of visits).
POOL_SIZE = 1500
#: Invalid visits a consultant talks to before they are marked (the others never reach one).
RECEIVED_INVALID = frozenset({InvalidReason.COMPETITOR, InvalidReason.LOOKING_FOR_SOMEONE,
                              InvalidReason.OTHER})
ROSTER_SIZE = len(CONSULTANTS)
SIGN_IN = time(8, 30)
LUNCH_START = time(11, 30)
LUNCH_END = time(13, 0)
MISSED_TURN_SHARE = 0.06
#: A lunch or errand postponed because everyone was busy starts at the latest this
#: long before its planned end.
LATEST_START = timedelta(minutes=15)
#: Parties a day (issue 14): weekdays 20-40, weekends 60-120.
WEEKDAY_PARTIES = (20, 40)
WEEKEND_PARTIES = (60, 120)


def day_volume(rng: random.Random, day: date) -> int:
    """How many parties come on `day` (a weekend is busier)."""
    low, high = WEEKEND_PARTIES if day.weekday() >= 5 else WEEKDAY_PARTIES
    return rng.randint(low, high)


@dataclass
class Absence:
    """A consultant away for a while: lunch (休息) or an errand (外出)."""

    start: datetime
    end: datetime
    status: DutyStatus
    #: Roster index of who would like to go; if they are busy then, another
    #: free consultant goes instead (decided during the replay).
    prefer: int
    #: The consultant who actually went (set during the replay).
    who: int | None = None
    #: Nobody could be spared at `start`: goes as soon as two are free (before `end`).
    pending: bool = False

    def may_start(self, at: datetime) -> bool:
        """A postponed absence still makes sense (at least LATEST_START before its end)."""
        return at <= self.end - LATEST_START


@dataclass
class Duty:
    """One day of the team: signing in sets the first queue order."""

    day: date
    #: (when, roster index), in the order they sign in.
    sign_ins: list[tuple[datetime, int]]
    absences: list[Absence]
    #: Everyone still on duty signs off (下班); None for today.
    sign_off: datetime | None


def _minutes(rng: random.Random, low: float, high: float) -> timedelta:
    return timedelta(seconds=round(rng.uniform(low, high) * 60))


K = TypeVar("K")


#: The keys and running totals of the constant weight tables (`constant_weights`), by id:
#: the tables are module constants that live as long as the program, so an id stays theirs.
_PREPARED: dict[int, tuple[list[Any], list[float]]] = {}


def constant_weights(weights: Mapping[K, float]) -> Mapping[K, float]:
    """Mark a module-level weight table that never changes: `_weighted` then sums it once."""
    _PREPARED[id(weights)] = (list(weights), list(accumulate(weights.values())))
    return weights


def _weighted(rng: random.Random, weights: Mapping[K, float]) -> K:
    """One key drawn by weight: what `rng.choices(keys, weights)[0]` draws (the same one
    random() and the same arithmetic, so a seed gives the same demo), without its set-up."""
    prepared = _PREPARED.get(id(weights))
    if prepared is None:
        keys: list[Any] = list(weights)
        cumulative = list(accumulate(weights.values()))
    else:
        keys, cumulative = prepared
    found: K = keys[bisect(cumulative, rng.random() * (cumulative[-1] + 0.0), 0,
                           len(keys) - 1)]
    return found


constant_weights(SIZE_WEIGHTS)
constant_weights(HOUR_WEIGHTS)
constant_weights(INVALID_WEIGHTS)


class Planner:
    def __init__(self, rng: random.Random, settings: SiteSettings,
                 blocked_places: set[str]) -> None:
        self.rng = rng
        self.settings = settings
        self.zone: ZoneInfo = settings.zone()
        self.places = [p for p in settings.places if p not in blocked_places]
        self.channels = list(settings.channels)
        self.phones: set[str] = set()
        #: Customers with a phone from earlier days: candidates to come back.
        self.pool: list[Visitor] = []
        self.taken: dict[str, list[tuple[datetime, datetime | None]]] = {}
        #: Returning customers already planned today (nobody comes twice a day).
        self.day_phones: set[str] = set()

    # -- who -------------------------------------------------------------------
    def _phone(self) -> str:
        return mobile(self.rng, self.phones)

    def _plate(self) -> str:
        names = [p for p, _ in PLATE_PREFIXES]
        prefix = self.rng.choices(names, weights=[w for _, w in PLATE_PREFIXES])[0]
        if self.rng.random() < 0.2:  # new energy: D/F and five digits
            body = self.rng.choice("DF") + "".join(self.rng.choice("0123456789")
                                                  for _ in range(5))
        else:
            body = "".join(self.rng.choice("0123456789") for _ in range(5))
            if self.rng.random() < 0.5:
                spot = self.rng.randrange(5)
                body = body[:spot] + self.rng.choice(PLATE_LETTERS) + body[spot + 1:]
        return f"{prefix}·{body}"

    def _channel(self, appointment: bool) -> str:
        weights = {c: CHANNEL_WEIGHTS.get(c, DEFAULT_CHANNEL_WEIGHT) for c in self.channels}
        if appointment:
            for name in ("渠道/中介", "来电"):
                if name in weights:
                    weights[name] *= 2
            if "路过" in weights and len(weights) > 1:
                weights["路过"] = 0
        return _weighted(self.rng, weights)

    def _description(self, size: int, honorific: Honorific, plate: str) -> str:
        notes = [text for least, most, who, text in PEOPLE_NOTES
                 if least <= size <= most and who in (None, honorific)]
        text = self.rng.choice(notes)
        if plate and self.rng.random() < 0.7:
            return f"{self.rng.choice(CARS)} {text}"
        return text

    def remember(self, plans: list[Plan]) -> None:
        """Customers with a phone from a finished day: they may come back."""
        self.pool.extend(Visitor(p.phone, p.surname, p.honorific, p.channel, p.plate)
                         for p in plans if p.phone and p.invalid is None)
        del self.pool[:-POOL_SIZE]

    def _returning(self) -> Visitor | None:
        """A recent customer not seen today yet (most come back within weeks)."""
        for _ in range(5):
            if not self.pool:
                return None
            before = self.pool[self.rng.randrange(len(self.pool))]
            if before.phone not in self.day_phones:
                return before
        return None

    def new_party(self, arrive: datetime, *, returning_ok: bool) -> Plan:
        rng = self.rng
        before = self._returning() if returning_ok and rng.random() < 0.3 else None
        if before is not None:
            self.day_phones.add(before.phone)
            plate = before.plate or (self._plate() if rng.random() < 0.3 else "")
            size = _weighted(rng, SIZE_WEIGHTS)
            return Plan(
                arrive=arrive, surname=before.surname, honorific=before.honorific,
                size=size, kind=VisitKind.APPOINTMENT if rng.random() < 0.7
                else VisitKind.WALK_IN,
                channel=before.channel, phone=before.phone, plate=plate,
                description=self._description(size, before.honorific, plate),
                note=rng.choice(("复访，带家人再看", "复访，想看样板房", "复访，谈价格")),
                returning=True,
            )
        names = [s for s, _ in SURNAMES]
        surname = rng.choices(names, weights=[w for _, w in SURNAMES])[0]
        appointment = rng.random() < 0.4
        channel = self._channel(appointment)
        size = _weighted(rng, SIZE_WEIGHTS)
        plate = self._plate() if rng.random() < 0.35 else ""
        phone = self._phone() if appointment or rng.random() < 0.5 else ""
        note = ""
        if appointment and channel in APPOINTMENT_NOTES and rng.random() < 0.6:
            note = rng.choice(APPOINTMENT_NOTES[channel])
        honorific = Honorific.MR if rng.random() < 0.55 else Honorific.MS
        return Plan(
            arrive=arrive, surname=surname, honorific=honorific,
            size=size, kind=VisitKind.APPOINTMENT if appointment else VisitKind.WALK_IN,
            channel=channel, phone=phone, plate=plate,
            description=self._description(size, honorific, plate), note=note,
        )

    def invalid_party(self, arrive: datetime, *, received: bool | None = None) -> Plan:
        """A visit that is no sale; `received`: a consultant talks to them first."""
        rng = self.rng
        weights = INVALID_WEIGHTS
        if received is not None:
            weights = {r: w for r, w in INVALID_WEIGHTS.items()
                       if (r in RECEIVED_INVALID) is received}
        reason = _weighted(rng, weights)
        names = [s for s, _ in SURNAMES]
        channel = next((c for c in ("路过", "其他") if c in self.channels), self.channels[0])
        plan = Plan(
            arrive=arrive, surname=rng.choices(names, weights=[w for _, w in SURNAMES])[0],
            honorific=Honorific.MR if rng.random() < 0.6 else Honorific.MS,
            size=rng.choice((1, 1, 2)), kind=VisitKind.WALK_IN, channel=channel,
            description=rng.choice(("穿深色夹克", "骑电动车", "拿着手机拍照", "穿工作服")),
        )
        plan.invalid = (arrive, reason, rng.choice(INVALID_NOTES[reason]))
        return plan

    # -- when ------------------------------------------------------------------
    def local(self, day: date, at: time) -> datetime:
        return as_utc(datetime.combine(day, at, tzinfo=self.zone))

    def arrival_times(self, day: date, count: int, start: datetime,
                      end: datetime) -> list[datetime]:
        """`count` arrivals within [start, end), following the hourly pattern."""
        span = (end - start).total_seconds()
        if span <= 0:
            return []
        times: list[datetime] = []
        for _ in range(count * 20):
            if len(times) == count:
                break
            hour = _weighted(self.rng, HOUR_WEIGHTS)
            moment = self.local(day, time(hour)) + timedelta(seconds=self.rng.randrange(3600))
            if start <= moment < end:
                times.append(moment)
        while len(times) < count:  # a short window: spread evenly
            times.append(start + timedelta(seconds=self.rng.uniform(0, span)))
        return sorted(times)

    # -- what happens ------------------------------------------------------------
    def full_visit(self, plan: Plan, stay: timedelta, *, seat: bool = True,
                   tour: bool | None = None) -> None:
        """Gate -> (parking) -> door -> consultant -> sand table -> seated -> (tour) -> gone."""
        rng = self.rng
        t = plan.arrive
        steps: list[tuple[datetime, Stage]] = []
        if plan.plate:
            t += _minutes(rng, 0.7, 2.5)
            steps.append((t, Stage.PARKED))
        t += _minutes(rng, 0.4, 1.5)
        steps.append((t, Stage.GREETED))
        t += _minutes(rng, 0.3, 2.5) if rng.random() < 0.9 else _minutes(rng, 2.2, 4.0)
        steps.append((t, Stage.RECEIVED))
        t += _minutes(rng, 1, 3)
        steps.append((t, Stage.SAND_TABLE))
        depart = plan.arrive + stay
        remaining = (depart - t).total_seconds() / 60
        if tour is None:
            tour = rng.random() < 0.5 and remaining >= 40
        sand = min(rng.uniform(5, 15), max(remaining * 0.3, 2))
        t += timedelta(seconds=round(sand * 60))
        tour_minutes = rng.uniform(10, 25) if tour else 0
        seated_minutes = (depart - t).total_seconds() / 60 - tour_minutes
        if seat and seated_minutes >= 4:
            steps.append((t, Stage.SEATED))
            t += timedelta(seconds=round(seated_minutes * 60))
        if tour:
            steps.append((t, Stage.SHOW_FLAT))
        steps.append((max(depart, t + timedelta(minutes=2)), Stage.DEPARTED))
        plan.steps = steps

    def invalid_visit(self, plan: Plan) -> None:
        assert plan.invalid is not None
        rng = self.rng
        _, reason, note = plan.invalid
        t = plan.arrive + _minutes(rng, 0.3, 1.2)
        steps = [(t, Stage.GREETED)]
        if reason in RECEIVED_INVALID:
            t += _minutes(rng, 0.3, 1.5)
            steps.append((t, Stage.RECEIVED))
        t += _minutes(rng, 1, 6)
        plan.invalid = (t, reason, note)
        t += _minutes(rng, 0.5, 4)
        steps.append((t, Stage.DEPARTED))
        plan.steps = steps

    # -- places and consultants ---------------------------------------------------
    def _forget(self, before: datetime) -> None:
        """Seatings that ended before `before` can block nobody any more (keeps seating fast)."""
        for place, spans in self.taken.items():
            self.taken[place] = [(start, end) for start, end in spans
                                 if end is None or end >= before]

    def _free(self, place: str, start: datetime, end: datetime | None) -> bool:
        for busy_from, busy_to in self.taken.get(place, []):
            if (busy_to is None or start < busy_to) and (end is None or busy_from < end):
                return False
        return True

    def seat(self, plan: Plan, *, prefer_vip: bool = False) -> bool:
        """Give the party a place free for its whole seated time, or drop the seating."""
        start = plan.time_of(Stage.SEATED)
        if start is None:
            return True
        end = plan.leaves(Stage.SEATED)
        options = [p for p in self.places if self._free(p, start, end)]
        if not options:
            plan.steps = [(at, s) for at, s in plan.steps if s is not Stage.SEATED]
            return False
        vip = [p for p in options if "VIP" in p.upper()]
        if (prefer_vip or plan.kind is VisitKind.APPOINTMENT or plan.returning) and vip:
            options = vip
        place = self.rng.choice(options)
        # Strictly after the previous party stood up: never two at one moment.
        self.taken.setdefault(place, []).append(
            (start - timedelta(seconds=1), end + timedelta(seconds=1) if end else None))
        plan.place = place
        return True

    # -- the team ------------------------------------------------------------------
    def _mark_missed_turns(self, plans: list[Plan]) -> None:
        """Now and then the up consultant is not at the desk when called (过号)."""
        for plan in plans:
            if (not plan.returning and plan.invalid is None
                    and plan.time_of(Stage.RECEIVED) is not None
                    and self.rng.random() < MISSED_TURN_SHARE):
                plan.miss_turn = True

    def choose_override(self, plans: list[Plan]) -> Plan | None:
        """The one party of the period a manager gives to a consultant of the customer's choice."""
        candidates = [p for p in plans if not p.returning and p.invalid is None
                      and not p.miss_turn and p.time_of(Stage.RECEIVED) is not None
                      and p.arrive.astimezone(self.zone).time() >= time(10, 30)]
        if not candidates:
            candidates = [p for p in plans if not p.returning and p.invalid is None
                          and p.time_of(Stage.RECEIVED) is not None]
        if not candidates:
            return None
        chosen = self.rng.choice(candidates)
        chosen.override = True
        return chosen

    def duty(self, day: date, plans: list[Plan], now: datetime) -> Duty:
        """Who signs in (7-9 of the roster on a weekday, everyone at the weekend and
        today, in a new order), lunch and errands, sign-off."""
        rng = self.rng
        today = now.astimezone(self.zone).date()
        # Today the whole team is in: the board holds seven or eight parties at once.
        everyone = day >= today or day.weekday() >= 5
        size = ROSTER_SIZE if everyone else min(ROSTER_SIZE, rng.choice((7, 8, 8, 9)))
        team = rng.sample(range(ROSTER_SIZE), k=size)
        earliest = min((p.arrive for p in plans), default=self.local(day, OPEN))
        moment = min(self.local(day, SIGN_IN), earliest - timedelta(minutes=25))
        sign_ins: list[tuple[datetime, int]] = []
        for index in team:
            sign_ins.append((moment, index))
            moment += _minutes(rng, 0.3, 2.5)
        absences: list[Absence] = []
        lunch_end = self.local(day, LUNCH_END)
        for _ in range(2):  # lunch in turns (11:30-13:00)
            start = self.local(day, LUNCH_START) + _minutes(rng, 0, 40)
            end = min(start + _minutes(rng, 35, 50), lunch_end)
            absences.append(Absence(start, end, DutyStatus.BREAK, rng.choice(team)))
        if rng.random() < 0.6:  # out on an errand (bank, property office)
            start = self.local(day, time(14)) + _minutes(rng, 0, 150)
            absences.append(Absence(start, start + _minutes(rng, 20, 50), DutyStatus.OUT,
                                    rng.choice(team)))
        departures = [p.departed for p in plans]
        sign_off = None
        if day < today and all(departures):
            last = max([d for d in departures if d is not None],
                       default=self.local(day, CLOSE))
            sign_off = max(last, self.local(day, CLOSE)) + _minutes(rng, 3, 15)
        return Duty(day, sign_ins, absences, sign_off)

    # -- days --------------------------------------------------------------------
    def past_day(self, day: date, returning_ok: bool) -> list[Plan]:
        rng = self.rng
        self.day_phones = set()
        self._forget(self.local(day, OPEN) - timedelta(hours=6))
        count = day_volume(rng, day)
        start, end = self.local(day, OPEN), self.local(day, CLOSE)
        invalid_count = rng.choice((1, 2))
        times = self.arrival_times(day, count + invalid_count, start, end)
        invalid_at = sorted(rng.sample(range(len(times)), k=min(invalid_count, len(times))))
        plans: list[Plan] = []
        for index, moment in enumerate(times):
            if index in invalid_at:
                # The day's first one talks to a consultant, who gets the turn back (补轮).
                plan = self.invalid_party(moment, received=index == invalid_at[0])
                self.invalid_visit(plan)
            else:
                plan = self.new_party(moment, returning_ok=returning_ok)
                browsing = rng.random() < 0.1  # looked at the model and left
                stay = _minutes(rng, 20, 35) if browsing else _minutes(rng, 20, 120)
                self.full_visit(plan, stay, seat=not browsing, tour=False if browsing else None)
            plans.append(plan)
        for plan in plans:
            self.seat(plan)
        self._mark_missed_turns(plans)
        return plans

    def today(self, day: date, now: datetime) -> list[Plan]:
        """Today up to `now`: departed parties, then a board with every kind of state."""
        rng = self.rng
        self.day_phones = set()
        open_at = self.local(day, OPEN)
        if now - open_at >= timedelta(hours=1):
            window_start = open_at
        else:
            # Before 10:00 (or just after midnight): the last hour, so the board is
            # alive whenever the demo is made; the hour may begin the evening before.
            window_start = now - timedelta(minutes=60)
        window = now - window_start  # at least an hour

        def ago(minutes: float) -> datetime:
            return now - timedelta(seconds=round(minutes * 60))

        plans: list[Plan] = []
        # The board now. Seated ones first so they get their places before anyone else.
        seated_now = rng.choice((3, 4))
        for index in range(seated_now):
            # The first to come has sat long enough for a refill round to fall due.
            minutes = 46 + rng.uniform(0, 5) if index == seated_now - 1 else \
                20 + index * 9 + rng.uniform(0, 4)
            plan = self.new_party(ago(minutes), returning_ok=True)
            self.full_visit(plan, now - plan.arrive + timedelta(hours=1), tour=False)
            plan.steps = [(at, s) for at, s in plan.steps
                          if s is not Stage.DEPARTED and at < now - timedelta(seconds=30)]
            plans.append(plan)
        touring = self.new_party(ago(56), returning_ok=True)
        self.full_visit(touring, now - touring.arrive + timedelta(minutes=1), tour=True)
        touring.steps = [(at, s) for at, s in touring.steps
                         if s is not Stage.DEPARTED and at < now]
        plans.append(touring)
        for plan in plans:
            self.seat(plan, prefer_vip=True)
        # Got up from its table a few minutes ago and left: the bar still has to clear it.
        just_left = self.new_party(ago(45 + rng.uniform(0, 10)), returning_ok=True)
        # (full_visit leaves two minutes after the planned stay.)
        self.full_visit(just_left, now - just_left.arrive - _minutes(rng, 4, 6), tour=False)
        self.seat(just_left)
        plans.append(just_left)
        at_sand = self.new_party(ago(13), returning_ok=True)
        at_sand.steps = self._first_steps(at_sand, until=Stage.SAND_TABLE, now=now)
        plans.append(at_sand)
        for minutes in (8, 5.5):
            with_consultant = self.new_party(ago(minutes), returning_ok=True)
            with_consultant.steps = self._first_steps(with_consultant, until=Stage.RECEIVED,
                                                      now=now)
            plans.append(with_consultant)
        waiting = self.new_party(ago(self.settings.wait_alert_minutes + 1.6), returning_ok=False)
        waiting.plate = ""
        waiting.steps = [(waiting.arrive + timedelta(seconds=40), Stage.GREETED)]
        plans.append(waiting)
        parked = self.new_party(ago(2.2), returning_ok=False)
        parked.plate = parked.plate or self._plate()
        parked.steps = [(parked.arrive + timedelta(seconds=70), Stage.PARKED)]
        plans.append(parked)
        at_gate = self.new_party(ago(0.6), returning_ok=False)
        at_gate.kind = VisitKind.APPOINTMENT
        plans.append(at_gate)
        # Earlier today: parties that came and went before the current ones.
        board_start = min(p.arrive for p in plans)
        elapsed = (now - open_at) / (self.local(day, CLOSE) - open_at)
        full_day = day_volume(rng, day)
        gone_count = max(2, round(full_day * min(1.0, max(0.0, elapsed))))
        latest = board_start - timedelta(minutes=8)
        gone_times = self.arrival_times(day, gone_count, window_start,
                                        max(window_start + timedelta(minutes=15),
                                            latest - timedelta(minutes=20)))
        invalid_index = (rng.randrange(len(gone_times))
                         if window >= timedelta(hours=3) and gone_times else None)
        for index, moment in enumerate(gone_times):
            limit = now - timedelta(minutes=1) - moment
            if index == invalid_index:
                plan = self.invalid_party(moment, received=True)
                self.invalid_visit(plan)
                if (plan.departed or now) < now:
                    plans.append(plan)
                continue
            plan = self.new_party(moment, returning_ok=True)
            stay = min(_minutes(rng, 20, 120), limit)
            self.full_visit(plan, stay, seat=stay >= timedelta(minutes=15),
                            tour=None if stay >= timedelta(minutes=40) else False)
            if any(at >= now for at, _ in plan.steps):
                plan.steps = self._first_steps(plan, until=Stage.RECEIVED, now=now)
                plan.steps.append((plan.steps[-1][0] + timedelta(seconds=20), Stage.DEPARTED))
                if plan.steps[-1][0] >= now:
                    continue
            plans.append(plan)
            self.seat(plan)
        plans.sort(key=lambda p: p.arrive)
        self._mark_missed_turns(plans)
        return plans

    def _first_steps(self, plan: Plan, until: Stage,
                     now: datetime) -> list[tuple[datetime, Stage]]:
        """The stages from the gate up to `until`, squeezed between arrival and now."""
        rng = self.rng
        gaps: list[tuple[float, Stage]] = []
        if plan.plate:
            gaps.append((rng.uniform(0.7, 2.0), Stage.PARKED))
        gaps += [(rng.uniform(0.4, 1.2), Stage.GREETED), (rng.uniform(0.3, 1.5), Stage.RECEIVED),
                 (rng.uniform(1.0, 3.0), Stage.SAND_TABLE)]
        gaps = gaps[: [s for _, s in gaps].index(until) + 1]
        span = (now - plan.arrive).total_seconds() / 60
        squeeze = min(1.0, span * 0.8 / sum(g for g, _ in gaps))
        steps: list[tuple[datetime, Stage]] = []
        t = plan.arrive
        for gap, stage in gaps:
            t += timedelta(seconds=max(1, round(gap * squeeze * 60)))
            steps.append((t, stage))
        return steps


