"""The request workflow table: every allowed and every refused transition, and who may."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from reception_desk.domain.errors import DomainError
from reception_desk.domain.reception_request import Level, RequestForm, RequestRecord, Status
from reception_desk.domain.request_workflow import (
    TRANSITIONS,
    Action,
    allowed_actions,
    approval_action,
    check_transition,
    gm_required,
    is_own,
    schedules_now,
)
from reception_desk.domain.roles import Actor, ApprovalLevel, PermissionDenied, Role
from reception_desk.domain.site_settings import SiteSettings

NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
RECEPTIONIST = Actor("王静", Role.RECEPTIONIST, account_id=1)
DEPT_HEAD = Actor("陈部长", Role.MANAGER, account_id=2, approval=ApprovalLevel.DEPARTMENT_HEAD)
GM = Actor("赵总", Role.MANAGER, account_id=3, approval=ApprovalLevel.GENERAL_MANAGER)
BAR = Actor("吧台小李", Role.BAR, account_id=4)
MANAGER = Actor("孙经理", Role.MANAGER, account_id=5)


def record(status: Status, level: Level = Level.A, **changes: Any) -> RequestRecord:
    base = RequestRecord(id=7, number="JD20261128-01", status=status,
                         form=RequestForm(level=level, host="刘经理"), created_by="王静",
                         created_at=NOW, updated_at=NOW, created_by_account_id=1)
    return replace(base, **changes)


#: Someone who may take each transition from each of its statuses (not the owner
#: for approvals).
ALLOWED_ACTOR: dict[tuple[Action, Status], Actor] = {
    (Action.SUBMIT, Status.DRAFT): RECEPTIONIST,
    (Action.APPROVE_DEPARTMENT, Status.SUBMITTED): DEPT_HEAD,
    (Action.APPROVE_GM, Status.DEPARTMENT_APPROVED): GM,
    (Action.SCHEDULE, Status.DEPARTMENT_APPROVED): DEPT_HEAD,
    (Action.SCHEDULE, Status.GM_APPROVED): GM,
    (Action.REJECT, Status.SUBMITTED): DEPT_HEAD,
    (Action.REJECT, Status.DEPARTMENT_APPROVED): GM,
    **{(Action.CANCEL, s): RECEPTIONIST for s in TRANSITIONS[Action.CANCEL].sources},
    (Action.MARK_VISITED, Status.SCHEDULED): BAR,
    (Action.FILE_FEEDBACK, Status.VISITED): RECEPTIONIST,
    (Action.CLOSE, Status.FEEDBACK_FILED): RECEPTIONIST,
}

EXPECTED_TARGET: dict[Action, Status] = {
    Action.SUBMIT: Status.SUBMITTED,
    Action.APPROVE_DEPARTMENT: Status.DEPARTMENT_APPROVED,
    Action.APPROVE_GM: Status.GM_APPROVED,
    Action.SCHEDULE: Status.SCHEDULED,
    Action.REJECT: Status.DRAFT,
    Action.CANCEL: Status.CANCELLED,
    Action.MARK_VISITED: Status.VISITED,
    Action.FILE_FEEDBACK: Status.FEEDBACK_FILED,
    Action.CLOSE: Status.CLOSED,
}

ALL_PAIRS = [(a, s) for a in Action for s in Status]


def test_the_table_is_what_the_tests_expect() -> None:
    assert {(a, s) for a, t in TRANSITIONS.items() for s in t.sources} == set(ALLOWED_ACTOR)
    assert {a: t.target for a, t in TRANSITIONS.items()} == EXPECTED_TARGET


@pytest.mark.parametrize(("action", "status"), sorted(ALLOWED_ACTOR))
def test_every_allowed_transition(action: Action, status: Status) -> None:
    actor = ALLOWED_ACTOR[(action, status)]
    assert check_transition(action, record(status), actor, reason="客户改期") == \
        EXPECTED_TARGET[action]


@pytest.mark.parametrize(("action", "status"),
                         [p for p in ALL_PAIRS if p not in ALLOWED_ACTOR])
def test_every_refused_transition(action: Action, status: Status) -> None:
    system = Actor.system("root")   # holds every permission: only the status refuses
    with pytest.raises(DomainError) as caught:
        check_transition(action, record(status), system, reason="客户改期")
    assert not isinstance(caught.value, PermissionDenied)
    assert caught.value.params["number"] == "JD20261128-01"


@pytest.mark.parametrize(("action", "status", "actor"), [
    (Action.SUBMIT, Status.DRAFT, BAR),
    (Action.APPROVE_DEPARTMENT, Status.SUBMITTED, RECEPTIONIST),
    (Action.APPROVE_DEPARTMENT, Status.SUBMITTED, GM),
    (Action.APPROVE_DEPARTMENT, Status.SUBMITTED, MANAGER),
    (Action.APPROVE_GM, Status.DEPARTMENT_APPROVED, DEPT_HEAD),
    (Action.APPROVE_GM, Status.DEPARTMENT_APPROVED, RECEPTIONIST),
    (Action.REJECT, Status.SUBMITTED, GM),
    (Action.REJECT, Status.DEPARTMENT_APPROVED, DEPT_HEAD),
    (Action.REJECT, Status.SUBMITTED, RECEPTIONIST),
    (Action.CANCEL, Status.SCHEDULED, BAR),
    (Action.CANCEL, Status.SUBMITTED, Actor("吧台小张", Role.BAR, account_id=6)),
    (Action.FILE_FEEDBACK, Status.VISITED, BAR),
    (Action.CLOSE, Status.FEEDBACK_FILED, BAR),
])
def test_the_wrong_role_is_refused(action: Action, status: Status, actor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        check_transition(action, record(status), actor, reason="理由")


def test_a_manager_may_cancel_anyones_request_and_close_it() -> None:
    assert check_transition(Action.CANCEL, record(Status.SCHEDULED), MANAGER, "改期") \
        is Status.CANCELLED
    assert check_transition(Action.CLOSE, record(Status.FEEDBACK_FILED), MANAGER) \
        is Status.CLOSED


def test_the_host_may_cancel_and_file_feedback_by_name() -> None:
    host = Actor("刘经理", Role.RECEPTIONIST, account_id=9)
    assert check_transition(Action.CANCEL, record(Status.SUBMITTED), host, "取消") \
        is Status.CANCELLED
    assert check_transition(Action.FILE_FEEDBACK, record(Status.VISITED), host) \
        is Status.FEEDBACK_FILED


@pytest.mark.parametrize("action", [Action.REJECT, Action.CANCEL])
def test_reject_and_cancel_need_a_reason(action: Action) -> None:
    with pytest.raises(DomainError, match="reason"):
        check_transition(action, record(Status.SUBMITTED), Actor.system("root"), "  ")


@pytest.mark.parametrize(("own", "approver", "status", "action"), [
    ({"created_by_account_id": 2}, DEPT_HEAD, Status.SUBMITTED, Action.APPROVE_DEPARTMENT),
    ({"host_account_id": 3}, GM, Status.DEPARTMENT_APPROVED, Action.APPROVE_GM),
    ({"form": RequestForm(host="陈部长")}, DEPT_HEAD, Status.SUBMITTED,
     Action.APPROVE_DEPARTMENT),
    ({"created_by": "赵总", "created_by_account_id": None}, GM, Status.DEPARTMENT_APPROVED,
     Action.REJECT),
])
def test_nobody_approves_or_rejects_their_own_request(own: dict[str, Any], approver: Actor,
                                                      status: Status, action: Action) -> None:
    mine = record(status, **own)
    assert is_own(mine, approver)
    with pytest.raises(DomainError, match="may not approve"):
        check_transition(action, mine, approver, reason="不同意")


def test_gm_required_for_a_and_by_setting_for_b_and_c() -> None:
    settings = SiteSettings()
    assert [gm_required(level, settings) for level in Level] == [True, False, False]
    strict = replace(settings, gm_approval_b=True, gm_approval_c=True)
    assert [gm_required(level, strict) for level in Level] == [True, True, True]


def test_scheduling_follows_the_last_required_approval() -> None:
    settings = SiteSettings()
    assert not schedules_now(Status.DEPARTMENT_APPROVED, Level.A, settings)
    assert schedules_now(Status.DEPARTMENT_APPROVED, Level.B, settings)
    assert schedules_now(Status.GM_APPROVED, Level.A, settings)
    assert not schedules_now(Status.DEPARTMENT_APPROVED, Level.B,
                             replace(settings, gm_approval_b=True))
    assert not schedules_now(Status.SUBMITTED, Level.C, settings)


def test_pending_approval_per_status() -> None:
    assert approval_action(Status.SUBMITTED) is Action.APPROVE_DEPARTMENT
    assert approval_action(Status.DEPARTMENT_APPROVED) is Action.APPROVE_GM
    assert approval_action(Status.SCHEDULED) is None


def test_allowed_actions_drive_the_panel_buttons() -> None:
    assert allowed_actions(record(Status.SUBMITTED), DEPT_HEAD) == [
        Action.APPROVE_DEPARTMENT, Action.REJECT, Action.CANCEL]
    assert allowed_actions(record(Status.SUBMITTED), RECEPTIONIST) == [Action.CANCEL]
    assert allowed_actions(record(Status.SCHEDULED), BAR) == [Action.MARK_VISITED]
    assert allowed_actions(record(Status.CLOSED), Actor.system("root")) == []
