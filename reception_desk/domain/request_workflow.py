"""The reception request's workflow: which action moves it from which status, and who may.

    draft -> submitted -> dept_approved -> [gm_approved] -> scheduled -> visited
          -> feedback_filed -> closed

The general manager's approval is required for level A and, when the settings
say so (gm_approval_b / gm_approval_c), for B and C. Scheduling is automatic:
when the last required approval is given the service records a second step,
"schedule", by the same person, and the visit appears as an expected party on
the arrival board of its day. Reject (with a reason) sends a submitted or
department-approved request back to draft; cancel (with a reason) ends any
request that has not been visited yet.

`TRANSITIONS` is the one table: per action, the statuses it starts from (with
the permission needed from each), the status it leads to and who may act.
`check_transition` applies it and raises `DomainError` with a clear message.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import DomainError
from .i18n import QT_TRANSLATE_NOOP
from .reception_request import STATUS_LABELS, Level, RequestRecord, Status
from .roles import Actor, Permission, require
from .site_settings import SiteSettings
from .text import checked_text

#: A reject or cancel reason, at most this long.
MAX_REASON = 500


class Action(StrEnum):
    SUBMIT = "submit"
    APPROVE_DEPARTMENT = "approve_department"
    APPROVE_GM = "approve_gm"
    SCHEDULE = "schedule"
    REJECT = "reject"
    CANCEL = "cancel"
    MARK_VISITED = "mark_visited"
    FILE_FEEDBACK = "file_feedback"
    CLOSE = "close"


ACTION_LABELS: dict[Action, str] = {
    Action.SUBMIT: QT_TRANSLATE_NOOP("Messages", "submitted"),
    Action.APPROVE_DEPARTMENT: QT_TRANSLATE_NOOP("Messages", "approved by the department head"),
    Action.APPROVE_GM: QT_TRANSLATE_NOOP("Messages", "approved by the general manager"),
    Action.SCHEDULE: QT_TRANSLATE_NOOP("Messages", "scheduled"),
    Action.REJECT: QT_TRANSLATE_NOOP("Messages", "rejected"),
    Action.CANCEL: QT_TRANSLATE_NOOP("Messages", "cancelled"),
    Action.MARK_VISITED: QT_TRANSLATE_NOOP("Messages", "marked visited"),
    Action.FILE_FEEDBACK: QT_TRANSLATE_NOOP("Messages", "given its feedback form"),
    Action.CLOSE: QT_TRANSLATE_NOOP("Messages", "closed"),
}


class Who(StrEnum):
    """Who may take a transition, beyond holding its permission."""

    #: Anyone holding the permission (None: anyone at the desk).
    ANYONE = "anyone"
    #: Holds the permission and neither created nor hosts the request.
    APPROVER = "approver"
    #: The creator or the host of the request, or anyone holding the permission.
    OWNER_OR = "owner_or"


@dataclass(frozen=True)
class Transition:
    #: From which statuses, and the permission needed from each (None: none needed).
    sources: dict[Status, Permission | None]
    target: Status
    who: Who
    #: A reason must be given (reject, cancel).
    needs_reason: bool = False


OPEN_STATUSES: frozenset[Status] = frozenset({
    Status.DRAFT, Status.SUBMITTED, Status.DEPARTMENT_APPROVED, Status.GM_APPROVED,
    Status.SCHEDULED,
})

#: The one table of the workflow.
TRANSITIONS: dict[Action, Transition] = {
    Action.SUBMIT: Transition(
        {Status.DRAFT: Permission.REQUEST_CREATE}, Status.SUBMITTED, Who.ANYONE),
    Action.APPROVE_DEPARTMENT: Transition(
        {Status.SUBMITTED: Permission.REQUEST_APPROVE_DEPARTMENT},
        Status.DEPARTMENT_APPROVED, Who.APPROVER),
    Action.APPROVE_GM: Transition(
        {Status.DEPARTMENT_APPROVED: Permission.REQUEST_APPROVE_GM},
        Status.GM_APPROVED, Who.APPROVER),
    # Taken automatically right after the last required approval (see gm_required).
    Action.SCHEDULE: Transition(
        {Status.DEPARTMENT_APPROVED: Permission.REQUEST_APPROVE_DEPARTMENT,
         Status.GM_APPROVED: Permission.REQUEST_APPROVE_GM},
        Status.SCHEDULED, Who.APPROVER),
    # The approver whose box is pending may send it back.
    Action.REJECT: Transition(
        {Status.SUBMITTED: Permission.REQUEST_APPROVE_DEPARTMENT,
         Status.DEPARTMENT_APPROVED: Permission.REQUEST_APPROVE_GM},
        Status.DRAFT, Who.APPROVER, needs_reason=True),
    Action.CANCEL: Transition(
        dict.fromkeys(sorted(OPEN_STATUSES), Permission.REQUEST_CANCEL_ANY),
        Status.CANCELLED, Who.OWNER_OR, needs_reason=True),
    # The receptionist links the arriving party at the shared desk: no permission.
    Action.MARK_VISITED: Transition({Status.SCHEDULED: None}, Status.VISITED, Who.ANYONE),
    Action.FILE_FEEDBACK: Transition(
        {Status.VISITED: Permission.REQUEST_CANCEL_ANY}, Status.FEEDBACK_FILED, Who.OWNER_OR),
    Action.CLOSE: Transition(
        {Status.FEEDBACK_FILED: Permission.REQUEST_CANCEL_ANY}, Status.CLOSED, Who.OWNER_OR),
}


def gm_required(level: Level, settings: SiteSettings) -> bool:
    """Level A always; B and C when the settings ask for it."""
    return {Level.A: True, Level.B: settings.gm_approval_b,
            Level.C: settings.gm_approval_c}[Level(level)]


def schedules_now(status: Status, level: Level, settings: SiteSettings) -> bool:
    """True right after the last required approval: the request is scheduled at once."""
    if status is Status.GM_APPROVED:
        return True
    return status is Status.DEPARTMENT_APPROVED and not gm_required(level, settings)


def approval_action(status: Status) -> Action | None:
    """Which approval is pending in this status (None: none)."""
    return {Status.SUBMITTED: Action.APPROVE_DEPARTMENT,
            Status.DEPARTMENT_APPROVED: Action.APPROVE_GM}.get(status)


def is_own(record: RequestRecord, actor: Actor) -> bool:
    """The actor created or hosts the request (by account, else by name)."""
    if actor.account_id is not None and actor.account_id in (
            record.created_by_account_id, record.host_account_id):
        return True
    name = actor.name.strip()
    return bool(name) and name in (record.created_by.strip(), record.form.host.strip())


def check_transition(action: Action, record: RequestRecord, actor: Actor,
                     reason: str = "") -> Status:
    """The status the action leads to; DomainError (or PermissionDenied) when refused."""
    transition = TRANSITIONS[action]
    if record.status not in transition.sources:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Messages", "Request {number} is “{status}”: it cannot be {action} now."),
            number=record.number, status=STATUS_LABELS[record.status],
            action=ACTION_LABELS[action])
    if transition.needs_reason and not checked_text("reason", reason, MAX_REASON,
                                                    multiline=True):
        raise DomainError(QT_TRANSLATE_NOOP("Messages", "Give a reason."))
    permission = transition.sources[record.status]
    if transition.who is Who.OWNER_OR:
        if permission is not None and not is_own(record, actor):
            require(actor, permission)
    elif permission is not None:
        require(actor, permission)
    if transition.who is Who.APPROVER and is_own(record, actor):
        raise DomainError(QT_TRANSLATE_NOOP(
            "Messages", "{name} created or hosts request {number} and may not approve or "
                        "reject it; another approver must."),
            name=actor.name, number=record.number)
    return transition.target


def allowed_actions(record: RequestRecord, actor: Actor) -> list[Action]:
    """The actions this person may take now (for the panel's buttons); SCHEDULE is automatic."""
    allowed: list[Action] = []
    for action in TRANSITIONS:
        if action is Action.SCHEDULE:
            continue
        try:
            check_transition(action, record, actor, reason="-")
        except DomainError:
            continue
        allowed.append(action)
    return allowed
