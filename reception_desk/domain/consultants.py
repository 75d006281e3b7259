"""Consultants of the roster (置业顾问): validation and the plain record views use."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .phone import normalise_phone
from .text import check_text

MAX_NAME = 20
_STAFF_NO = re.compile(r"^[A-Za-z0-9\-]{1,20}$")


@dataclass(frozen=True)
class ConsultantDraft:
    name: str
    staff_no: str
    phone: str = ""
    active: bool = True


@dataclass(frozen=True)
class ConsultantRecord:
    id: int
    name: str
    staff_no: str
    phone: str
    active: bool
    version: int = 1


def validate_consultant(draft: ConsultantDraft) -> ConsultantDraft:
    problems: list[FieldProblem] = []
    name = check_text(problems, "name", draft.name, MAX_NAME)
    if problems:
        pass
    elif not name:
        problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
            "Messages", "Enter the consultant's name.")))
    elif len(name) > MAX_NAME:
        problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
            "Messages", "The name is too long (at most {max} characters)."), {"max": MAX_NAME}))
    before = len(problems)
    staff_no = check_text(problems, "staff_no", draft.staff_no, MAX_NAME).upper()
    if len(problems) == before and not _STAFF_NO.match(staff_no):
        problems.append(FieldProblem("staff_no", QT_TRANSLATE_NOOP(
            "Messages", "Enter the staff number: 1-20 letters, digits or dashes.")))
    before = len(problems)
    phone = check_text(problems, "phone", draft.phone, 40)
    if phone and len(problems) == before:
        normal = normalise_phone(phone)
        if normal is None:
            problems.append(FieldProblem("phone", QT_TRANSLATE_NOOP(
                "Messages", "Not a valid phone number: use an 11-digit mobile "
                "(138 1234 5678) or a landline with area code (010-12345678).")))
        else:
            phone = normal
    if problems:
        raise ValidationError(problems)
    return ConsultantDraft(name=name, staff_no=staff_no, phone=phone, active=draft.active)
