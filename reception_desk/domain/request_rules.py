"""What a reception request must hold before it goes for approval.

`validate_request` checks a `RequestForm` field by field. A draft may be
saved with anything missing (`for_submit=False` checks only the values that
are there); submitting (`for_submit=True`) also checks the fields the level
requires (`REQUIRED_FIELDS`) and the notice period. Nothing here raises on a
bad value: every problem is a `FieldProblem` named after the form field
("guests.2.phone" for the third guest's phone, "itinerary.0.starts_at" for
the first itinerary line's time).

`storage_problems` lists only what cannot be stored at all (too long for its
column, a time without a time zone): a draft with such a value is refused.

The notice period and the daily capacity are settings per level;
`capacity_warning` warns (naming the other requests of the day) but never
refuses.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from .errors import FieldProblem
from .i18n import QT_TRANSLATE_NOOP
from .phone import normalise_phone
from .reception_request import FeedbackForm, Guest, ItineraryItem, Level, RequestForm
from .site_settings import SiteSettings
from .text import check_text
from .timeutil import local_date

#: Headcount limits (one party on the board holds at most this many people).
MIN_HEADCOUNT = 1
MAX_HEADCOUNT = 200
#: The budget must be between 0 and this (yuan).
MAX_BUDGET = 10_000_000

COMMON_REQUIRED: frozenset[str] = frozenset({
    "host", "department", "organisation", "purpose", "headcount", "arrival_at", "departure_at",
})

#: The one table of required fields per level, checked on submit. For A and B the
#: guest list needs every guest's title too.
REQUIRED_FIELDS: dict[Level, frozenset[str]] = {
    Level.A: COMMON_REQUIRED | {"guests", "itinerary", "route", "meals", "lodging", "vehicle"},
    Level.B: COMMON_REQUIRED | {"guests", "itinerary"},
    Level.C: COMMON_REQUIRED,
}

#: Longest text per form field; the store's columns are no shorter.
MAX_LENGTHS: dict[str, int] = {
    "host": 40, "department": 40, "organisation": 100, "purpose": 2000,
    "route": 2000, "meals": 1000, "lodging": 1000, "vehicle": 1000, "notes": 2000,
    "short_notice_reason": 500,
}
#: Fields typed in several lines; every other text field is one line.
MULTILINE: frozenset[str] = frozenset({
    "purpose", "route", "meals", "lodging", "vehicle", "notes", "short_notice_reason",
})
GUEST_LENGTHS: dict[str, int] = {"name": 40, "title": 60, "phone": 20}
ITINERARY_LENGTHS: dict[str, int] = {"activity": 200, "place": 100, "attendees": 200}
MAX_GUESTS = MAX_HEADCOUNT
MAX_ITINERARY = 100

REQUIRED_MESSAGES: dict[str, str] = {
    "host": QT_TRANSLATE_NOOP("Messages", "Enter the host (接待负责人)."),
    "department": QT_TRANSLATE_NOOP("Messages", "Enter the host's department."),
    "organisation": QT_TRANSLATE_NOOP("Messages", "Enter the visiting organisation."),
    "purpose": QT_TRANSLATE_NOOP("Messages", "Enter the purpose of the visit."),
    "headcount": QT_TRANSLATE_NOOP("Messages", "Enter how many guests come."),
    "arrival_at": QT_TRANSLATE_NOOP("Messages", "Enter the planned arrival."),
    "departure_at": QT_TRANSLATE_NOOP("Messages", "Enter the planned departure."),
    "guests": QT_TRANSLATE_NOOP("Messages", "A level {level} visit needs the guest list."),
    "itinerary": QT_TRANSLATE_NOOP("Messages", "A level {level} visit needs an itinerary."),
    "route": QT_TRANSLATE_NOOP("Messages", "A level {level} visit needs the tour route."),
    "meals": QT_TRANSLATE_NOOP("Messages", "A level {level} visit needs the meal plan."),
    "lodging": QT_TRANSLATE_NOOP(
        "Messages", "A level {level} visit needs the lodging (write “none” if none)."),
    "vehicle": QT_TRANSLATE_NOOP(
        "Messages", "A level {level} visit needs the vehicle / pick-up (write “none” if none)."),
}

TOO_LONG = QT_TRANSLATE_NOOP("Messages", "Too long: at most {max} characters.")
NEEDS_ZONE = QT_TRANSLATE_NOOP("Messages", "The time has no time zone; enter it again.")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(problems: list[FieldProblem], name: str, value: object, limit: int,
          multiline: bool = False) -> None:
    """The free-text rule (control characters, bidi controls, invisible-only, length)."""
    check_text(problems, name, value, limit, multiline=multiline)


def _aware(value: object) -> bool:
    return isinstance(value, datetime) and value.tzinfo is not None \
        and value.utcoffset() is not None


# -- what cannot be stored ----------------------------------------------------------

def storage_problems(form: RequestForm) -> list[FieldProblem]:
    """Values no draft may hold: too long for the store, naive times, absurd numbers."""
    problems: list[FieldProblem] = []
    if form.level not in tuple(Level):
        problems.append(FieldProblem("level", QT_TRANSLATE_NOOP(
            "Messages", "Choose the level: A, B or C.")))
    for name, limit in MAX_LENGTHS.items():
        value = getattr(form, name)
        if not isinstance(value, str):
            problems.append(FieldProblem(name, QT_TRANSLATE_NOOP(
                "Messages", "This must be text.")))
        else:
            _text(problems, name, value, limit, name in MULTILINE)
    for name in ("arrival_at", "departure_at"):
        value = getattr(form, name)
        if value is not None and not _aware(value):
            problems.append(FieldProblem(name, NEEDS_ZONE))
    headcount = form.headcount
    if headcount is not None and (isinstance(headcount, bool) or not isinstance(headcount, int)
                                  or not 0 <= headcount <= 10 * MAX_HEADCOUNT):
        problems.append(_headcount_problem())
    budget = form.budget
    if budget is not None and (isinstance(budget, bool) or not isinstance(budget, int | float)
                               or not math.isfinite(budget)):
        problems.append(_budget_problem())
    if len(form.guests) > MAX_GUESTS:
        problems.append(FieldProblem("guests", QT_TRANSLATE_NOOP(
            "Messages", "At most {max} guests."), {"max": MAX_GUESTS}))
    for index, guest in enumerate(form.guests[:MAX_GUESTS]):
        for name, limit in GUEST_LENGTHS.items():
            _text(problems, f"guests.{index}.{name}", getattr(guest, name, ""), limit)
    if len(form.itinerary) > MAX_ITINERARY:
        problems.append(FieldProblem("itinerary", QT_TRANSLATE_NOOP(
            "Messages", "At most {max} itinerary lines."), {"max": MAX_ITINERARY}))
    for index, item in enumerate(form.itinerary[:MAX_ITINERARY]):
        for name, limit in ITINERARY_LENGTHS.items():
            _text(problems, f"itinerary.{index}.{name}", getattr(item, name, ""), limit)
        if not _aware(item.starts_at):
            problems.append(FieldProblem(f"itinerary.{index}.starts_at", NEEDS_ZONE))
        if item.ends_at is not None and not _aware(item.ends_at):
            problems.append(FieldProblem(f"itinerary.{index}.ends_at", NEEDS_ZONE))
    return problems


def _headcount_problem() -> FieldProblem:
    return FieldProblem("headcount", QT_TRANSLATE_NOOP(
        "Messages", "The headcount must be a whole number from {low} to {high}."),
        {"low": MIN_HEADCOUNT, "high": MAX_HEADCOUNT})


def _budget_problem() -> FieldProblem:
    return FieldProblem("budget", QT_TRANSLATE_NOOP(
        "Messages", "The budget must be an amount from 0 to {max} yuan."), {"max": MAX_BUDGET})


# -- the full check -----------------------------------------------------------------

def validate_request(form: RequestForm, settings: SiteSettings, now: datetime, *,
                     for_submit: bool) -> list[FieldProblem]:
    """Every problem of the form, in field order; [] when it may be saved / submitted."""
    problems = storage_problems(form)
    bad = {p.field for p in problems}
    if for_submit:
        problems += _missing(form, bad)
        bad |= {p.field for p in problems}
    problems += _headcount(form, bad)
    problems += _times(form, now, bad, for_submit)
    problems += _guests(form, bad, for_submit)
    problems += _itinerary(form, bad)
    if form.budget is not None and "budget" not in bad and \
            not 0 <= float(form.budget) <= MAX_BUDGET:
        problems.append(_budget_problem())
    if for_submit and not ({"arrival_at", "level"} & {p.field for p in problems}):
        problems += notice_problems(form, settings, now)
    return problems


def _level(form: RequestForm) -> Level:
    try:
        return Level(form.level)
    except ValueError:
        return Level.A   # an unknown level is checked as strictly as the strictest


def _missing(form: RequestForm, bad: set[str]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    level = _level(form)
    required = REQUIRED_FIELDS[level]
    for name in ("host", "department", "organisation", "purpose", "headcount", "arrival_at",
                 "departure_at", "guests", "itinerary", "route", "meals", "lodging", "vehicle"):
        if name not in required or name in bad:
            continue
        value = getattr(form, name)
        empty = len(value) == 0 if isinstance(value, tuple) else _blank(value)
        if empty:
            problems.append(FieldProblem(name, REQUIRED_MESSAGES[name], {"level": level.value}))
    return problems


def _headcount(form: RequestForm, bad: set[str]) -> list[FieldProblem]:
    if form.headcount is None or "headcount" in bad:
        return []
    if not MIN_HEADCOUNT <= form.headcount <= MAX_HEADCOUNT:
        return [_headcount_problem()]
    if form.guests and len(form.guests) != form.headcount:
        return [FieldProblem("headcount", QT_TRANSLATE_NOOP(
            "Messages", "The headcount is {headcount} but the guest list names {guests}."),
            {"headcount": form.headcount, "guests": len(form.guests)})]
    return []


def _times(form: RequestForm, now: datetime, bad: set[str],
           for_submit: bool) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    arrival, departure = form.arrival_at, form.departure_at
    arrival_ok = arrival is not None and "arrival_at" not in bad
    departure_ok = departure is not None and "departure_at" not in bad
    if arrival_ok and departure_ok and departure <= arrival:   # type: ignore[operator]
        problems.append(FieldProblem("departure_at", QT_TRANSLATE_NOOP(
            "Messages", "The departure must be after the arrival.")))
    if for_submit and arrival_ok and arrival < now:   # type: ignore[operator]
        problems.append(FieldProblem("arrival_at", QT_TRANSLATE_NOOP(
            "Messages", "The arrival time has already passed.")))
    return problems


def _guests(form: RequestForm, bad: set[str], for_submit: bool) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    needs_titles = for_submit and "guests" in REQUIRED_FIELDS[_level(form)]
    for index, guest in enumerate(form.guests[:MAX_GUESTS]):
        problems += _guest(index, guest, bad, needs_titles)
    return problems


def _guest(index: int, guest: Guest, bad: set[str], needs_title: bool) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    prefix = f"guests.{index}"
    if _blank(guest.name) and f"{prefix}.name" not in bad:
        problems.append(FieldProblem(f"{prefix}.name", QT_TRANSLATE_NOOP(
            "Messages", "Enter guest {n}'s name."), {"n": index + 1}))
    if needs_title and _blank(guest.title) and f"{prefix}.title" not in bad:
        problems.append(FieldProblem(f"{prefix}.title", QT_TRANSLATE_NOOP(
            "Messages", "Enter guest {n}'s title (职务)."), {"n": index + 1}))
    phone = guest.phone if isinstance(guest.phone, str) else ""
    if phone.strip() and f"{prefix}.phone" not in bad and normalise_phone(phone) is None:
        problems.append(FieldProblem(f"{prefix}.phone", QT_TRANSLATE_NOOP(
            "Messages", "“{phone}” is not a valid phone number."), {"phone": phone.strip()}))
    return problems


def _itinerary(form: RequestForm, bad: set[str]) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    arrival, departure = form.arrival_at, form.departure_at
    window = (arrival is not None and departure is not None and "arrival_at" not in bad
              and "departure_at" not in bad and arrival < departure)
    for index, item in enumerate(form.itinerary[:MAX_ITINERARY]):
        problems += _itinerary_item(index, item, bad, (arrival, departure) if window else None)
    return problems


def _itinerary_item(index: int, item: ItineraryItem, bad: set[str],
                    window: tuple[datetime | None, datetime | None] | None
                    ) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    prefix = f"itinerary.{index}"
    if _blank(item.activity) and f"{prefix}.activity" not in bad:
        problems.append(FieldProblem(f"{prefix}.activity", QT_TRANSLATE_NOOP(
            "Messages", "Enter what happens at line {n} of the itinerary."), {"n": index + 1}))
    starts_ok = f"{prefix}.starts_at" not in bad
    ends_ok = item.ends_at is not None and f"{prefix}.ends_at" not in bad
    if starts_ok and ends_ok and item.ends_at <= item.starts_at:   # type: ignore[operator]
        problems.append(FieldProblem(f"{prefix}.ends_at", QT_TRANSLATE_NOOP(
            "Messages", "Line {n} of the itinerary must end after it starts."),
            {"n": index + 1}))
        ends_ok = False
    if window is not None:
        arrival, departure = window
        outside = (starts_ok and not arrival <= item.starts_at <= departure)   # type: ignore[operator]
        outside = outside or (ends_ok and item.ends_at > departure)   # type: ignore[operator]
        if outside:
            problems.append(FieldProblem(f"{prefix}.starts_at", QT_TRANSLATE_NOOP(
                "Messages", "Line {n} of the itinerary lies outside the visit."),
                {"n": index + 1}))
    return problems


# -- notice period ------------------------------------------------------------------

def notice_days(level: Level, settings: SiteSettings) -> int:
    """Days of notice the level needs (settings notice_days_a/b/c)."""
    return {Level.A: settings.notice_days_a, Level.B: settings.notice_days_b,
            Level.C: settings.notice_days_c}[Level(level)]


def notice_given(arrival_at: datetime, now: datetime, settings: SiteSettings) -> int:
    """Calendar days from today to the arrival day, both in the site's time zone."""
    zone = settings.zone()
    return (local_date(arrival_at, zone) - local_date(now, zone)).days


@dataclass(frozen=True)
class NoticeShortfall:
    level: Level
    required: int
    given: int


def notice_shortfall(form: RequestForm, settings: SiteSettings,
                     now: datetime) -> NoticeShortfall | None:
    """The shortfall when the arrival is nearer than the level's notice period, else None."""
    if form.arrival_at is None or not _aware(form.arrival_at):
        return None
    level = _level(form)
    required = notice_days(level, settings)
    given = notice_given(form.arrival_at, now, settings)
    return NoticeShortfall(level, required, given) if given < required else None


def notice_problems(form: RequestForm, settings: SiteSettings,
                    now: datetime) -> list[FieldProblem]:
    """A short notice needs a reason; the problem is shown at both fields."""
    short = notice_shortfall(form, settings, now)
    if short is None or not _blank(form.short_notice_reason):
        return []
    params: dict[str, object] = {"level": short.level.value, "required": short.required,
                                 "given": max(short.given, 0)}
    return [
        FieldProblem("arrival_at", QT_TRANSLATE_NOOP(
            "Messages", "Short notice: level {level} needs {required} days, this gives "
                        "{given}."), params),
        FieldProblem("short_notice_reason", QT_TRANSLATE_NOOP(
            "Messages", "Level {level} needs {required} days' notice and this gives {given}: "
                        "give the reason for the short notice."), params),
    ]


# -- daily capacity -----------------------------------------------------------------

@dataclass(frozen=True)
class OtherRequest:
    """A request already on the same day, named in the capacity warning."""

    number: str
    organisation: str


def capacity_limit(level: Level, settings: SiteSettings) -> int:
    """Requests of the level allowed per day; 0 means no limit."""
    return {Level.A: settings.capacity_a, Level.B: settings.capacity_b,
            Level.C: settings.capacity_c}[Level(level)]


def capacity_warning(level: Level, day: date, others_that_day: Sequence[OtherRequest],
                     settings: SiteSettings) -> FieldProblem | None:
    """A warning (never a refusal) when this request would exceed the day's capacity."""
    limit = capacity_limit(level, settings)
    if limit <= 0 or len(others_that_day) + 1 <= limit:
        return None
    names = "、".join(f"{o.number} {o.organisation}".strip() for o in others_that_day)
    # Two messages, so that the English reads right for one visit and for several.
    if limit == 1:
        message = QT_TRANSLATE_NOOP(
            "Messages", "Level {level} allows 1 visit a day; {day} already has {count}: "
                        "{others}.")
    else:
        message = QT_TRANSLATE_NOOP(
            "Messages", "Level {level} allows {limit} visits a day; {day} already has "
                        "{count}: {others}.")
    return FieldProblem("arrival_at", message,
                        {"level": Level(level).value, "limit": limit, "day": day.isoformat(),
                         "count": len(others_that_day), "others": names})


# -- the feedback form --------------------------------------------------------------

FEEDBACK_MAX = 2000


def validate_feedback(feedback: object) -> list[FieldProblem]:
    """The feedback form needs at least the summary; every answer is text of bounded length."""
    if not isinstance(feedback, FeedbackForm):
        return [FieldProblem("summary", QT_TRANSLATE_NOOP(
            "Messages", "Fill in the feedback form."))]
    problems: list[FieldProblem] = []
    for name in FeedbackForm.__dataclass_fields__:
        value = getattr(feedback, name)
        if not isinstance(value, str):
            problems.append(FieldProblem(name, QT_TRANSLATE_NOOP(
                "Messages", "This must be text.")))
        else:
            _text(problems, name, value, FEEDBACK_MAX, multiline=True)
    if isinstance(feedback.summary, str) and not feedback.summary.strip():
        problems.append(FieldProblem("summary", QT_TRANSLATE_NOOP(
            "Messages", "Write how the visit went.")))
    return problems
