"""The reception request (客户来访接待申请单) as plain values: the form and its record.

`RequestForm` is what the host types (every field optional until submit);
`RequestRecord` is a stored request with its status and workflow steps,
handed from the services to the panel and to the printed sheets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from .i18n import QT_TRANSLATE_NOOP
from .timeutil import local_date


class Level(StrEnum):
    A = "A"   # VIP: visiting executives, supplier audit
    B = "B"   # business
    C = "C"   # ordinary


LEVEL_DEFINITIONS: dict[Level, str] = {
    Level.A: QT_TRANSLATE_NOOP(
        "Messages", "A — VIP: visiting executives, supplier audit; the general manager "
        "approves and the chairman confirms the itinerary."),
    Level.B: QT_TRANSLATE_NOOP("Messages", "B — business visit: partners, channel agencies."),
    Level.C: QT_TRANSLATE_NOOP("Messages", "C — ordinary visit."),
}


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    DEPARTMENT_APPROVED = "dept_approved"
    GM_APPROVED = "gm_approved"
    SCHEDULED = "scheduled"
    VISITED = "visited"
    FEEDBACK_FILED = "feedback_filed"
    CLOSED = "closed"
    CANCELLED = "cancelled"


STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Messages", "Draft"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Messages", "Submitted"),
    Status.DEPARTMENT_APPROVED: QT_TRANSLATE_NOOP("Messages", "Approved by department head"),
    Status.GM_APPROVED: QT_TRANSLATE_NOOP("Messages", "Approved by general manager"),
    Status.SCHEDULED: QT_TRANSLATE_NOOP("Messages", "Scheduled"),
    Status.VISITED: QT_TRANSLATE_NOOP("Messages", "Visited"),
    Status.FEEDBACK_FILED: QT_TRANSLATE_NOOP("Messages", "Feedback filed"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Messages", "Closed"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Messages", "Cancelled"),
}


class Preparation(StrEnum):
    NAME_PLATES = "name_plates"
    BANNER = "banner"
    MEETING_ROOM = "meeting_room"
    COMPUTER = "computer"
    PROJECTOR = "projector"
    PRESENTER = "presenter"
    MATERIALS = "materials"
    WATER = "water"
    FRUIT = "fruit"
    GIFTS = "gifts"


PREPARATION_LABELS: dict[Preparation, str] = {
    Preparation.NAME_PLATES: QT_TRANSLATE_NOOP("Messages", "Name plates"),
    Preparation.BANNER: QT_TRANSLATE_NOOP("Messages", "Welcome banner"),
    Preparation.MEETING_ROOM: QT_TRANSLATE_NOOP("Messages", "Meeting room"),
    Preparation.COMPUTER: QT_TRANSLATE_NOOP("Messages", "Computer"),
    Preparation.PROJECTOR: QT_TRANSLATE_NOOP("Messages", "Projector"),
    Preparation.PRESENTER: QT_TRANSLATE_NOOP("Messages", "Presenter (clicker)"),
    Preparation.MATERIALS: QT_TRANSLATE_NOOP("Messages", "Company materials"),
    Preparation.WATER: QT_TRANSLATE_NOOP("Messages", "Drinking water"),
    Preparation.FRUIT: QT_TRANSLATE_NOOP("Messages", "Fruit"),
    Preparation.GIFTS: QT_TRANSLATE_NOOP("Messages", "Gifts"),
}


#: Submitted and until the visit: the itinerary matters and may be marked sent.
BEFORE_VISIT: frozenset[Status] = frozenset({
    Status.SUBMITTED, Status.DEPARTMENT_APPROVED, Status.GM_APPROVED, Status.SCHEDULED,
})


@dataclass(frozen=True)
class Guest:
    name: str
    title: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ItineraryItem:
    starts_at: datetime
    activity: str
    place: str = ""
    attendees: str = ""
    ends_at: datetime | None = None


@dataclass(frozen=True)
class RequestForm:
    """What the host typed. Times are aware datetimes (UTC or site zone)."""

    level: Level = Level.C
    host: str = ""
    department: str = ""
    organisation: str = ""
    guests: tuple[Guest, ...] = ()
    headcount: int | None = None
    purpose: str = ""
    arrival_at: datetime | None = None
    departure_at: datetime | None = None
    itinerary: tuple[ItineraryItem, ...] = ()
    route: str = ""
    meals: str = ""
    lodging: str = ""
    vehicle: str = ""
    preparations: frozenset[Preparation] = frozenset()
    budget: float | None = None
    notes: str = ""
    #: Required when the notice is shorter than the level's notice period.
    short_notice_reason: str = ""


@dataclass(frozen=True)
class Step:
    """One workflow step as recorded: who moved the request from which status to which."""

    at: datetime
    action: str
    from_status: Status
    to_status: Status
    actor: str
    reason: str = ""


@dataclass(frozen=True)
class FeedbackForm:
    """The feedback form (客户接待信息反馈表) the host files after the visit."""

    summary: str = ""
    customer_opinion: str = ""
    satisfaction: str = ""
    follow_up: str = ""
    follow_up_by: str = ""
    expenses: str = ""
    items_returned: str = ""


@dataclass(frozen=True)
class RequestRecord:
    id: int
    number: str
    status: Status
    form: RequestForm
    created_by: str
    created_at: datetime
    updated_at: datetime
    steps: tuple[Step, ...] = ()
    submitted_at: datetime | None = None
    itinerary_sent_at: datetime | None = None
    visited_at: datetime | None = None
    feedback_due: date | None = None
    feedback_filed_at: datetime | None = None
    feedback: FeedbackForm = field(default_factory=FeedbackForm)
    party_id: int | None = None
    #: Account id of the host / of whoever created it (None for the command line).
    host_account_id: int | None = None
    created_by_account_id: int | None = None
    #: The version of the form's fields (optimistic locking; see domain/edits.py).
    version: int = 1

    @property
    def short_notice(self) -> bool:
        return bool(self.form.short_notice_reason.strip())

    def itinerary_due(self, now: datetime, zone: ZoneInfo, days_before: int) -> bool:
        """The itinerary must go out: arrival still ahead, within `days_before` site-local
        days (today included), and not marked sent."""
        arrival = self.form.arrival_at
        if self.status not in BEFORE_VISIT or self.itinerary_sent_at is not None \
                or arrival is None or arrival < now:
            return False
        return (local_date(arrival, zone) - local_date(now, zone)).days <= days_before

    def feedback_overdue(self, today: date) -> bool:
        """Visited, the feedback form not filed, and its due day (site-local) has passed."""
        return (self.status is Status.VISITED and self.feedback_filed_at is None
                and self.feedback_due is not None and self.feedback_due < today)

    def last_step(self, action: str) -> Step | None:
        """The latest step of a kind (e.g. "approve_department"), for the approval boxes."""
        return next((s for s in reversed(self.steps) if s.action == action), None)

    def approval_step(self, action: str) -> Step | None:
        """The approval ("approve_department" / "approve_gm") given since the latest submit
        or rejection: an approval before a rejection no longer counts."""
        for step in reversed(self.steps):
            if step.action == action:
                return step
            if step.action in ("submit", "reject"):
                return None
        return None
