"""Account values: the form an admin fills in and the record the UI lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .roles import Actor, ApprovalLevel, Role
from .text import check_text

MAX_NAME = 40
MAX_DEPARTMENT = 40


@dataclass(frozen=True)
class AccountRecord:
    id: int
    name: str
    role: Role
    approval: ApprovalLevel
    department: str
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    demo: bool = False

    def actor(self) -> Actor:
        return Actor(name=self.name, role=self.role, account_id=self.id, approval=self.approval)


def clean_account(name: str, role: Role | str, approval: ApprovalLevel | str,
                  department: str) -> tuple[str, Role, ApprovalLevel, str]:
    """Trimmed, checked account fields; only managers and admins carry an approval level."""
    problems: list[FieldProblem] = []
    name = check_text(problems, "name", name)
    department = check_text(problems, "department", department, MAX_DEPARTMENT)
    if problems and problems[0].field == "name":
        pass
    elif not name or len(name) > MAX_NAME:
        problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
            "Messages", "Enter the person's name (at most {max} characters)."),
            {"max": MAX_NAME}))
    try:
        chosen_role = Role(role)
    except ValueError:
        problems.append(FieldProblem("role", QT_TRANSLATE_NOOP("Messages", "Choose a role.")))
        chosen_role = Role.RECEPTIONIST
    try:
        level = ApprovalLevel(approval)
    except ValueError:
        problems.append(FieldProblem("approval", QT_TRANSLATE_NOOP(
            "Messages", "Choose an approval level.")))
        level = ApprovalLevel.NONE
    if level is not ApprovalLevel.NONE and chosen_role not in (Role.MANAGER, Role.ADMIN):
        problems.append(FieldProblem("approval", QT_TRANSLATE_NOOP(
            "Messages", "Only a manager or an administrator signs approvals.")))
    if problems:
        raise ValidationError(problems)
    return name, chosen_role, level, department
