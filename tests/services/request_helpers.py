"""Shared by the request service tests: accounts with roles, and a complete form."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from reception_desk.domain.reception_request import (
    Guest,
    ItineraryItem,
    Level,
    Preparation,
    RequestForm,
)
from reception_desk.domain.roles import Actor, ApprovalLevel, Role
from reception_desk.store.database import Database
from reception_desk.store.models_people import Account

BJ = ZoneInfo("Asia/Shanghai")

#: key -> (account name, role, approval level)
PEOPLE: dict[str, tuple[str, Role, ApprovalLevel]] = {
    "admin": ("管理员", Role.ADMIN, ApprovalLevel.NONE),
    "receptionist": ("王静", Role.RECEPTIONIST, ApprovalLevel.NONE),
    "bar": ("李梅", Role.BAR, ApprovalLevel.NONE),
    "department_head": ("陈建国", Role.MANAGER, ApprovalLevel.DEPARTMENT_HEAD),
    "general_manager": ("赵志强", Role.MANAGER, ApprovalLevel.GENERAL_MANAGER),
    "host": ("刘洋", Role.RECEPTIONIST, ApprovalLevel.NONE),
}


def make_actors(db: Database) -> dict[str, Actor]:
    """Insert one account per role straight into the store; return their actors."""
    actors: dict[str, Actor] = {}
    with db.write() as session:
        for key, (name, role, approval) in PEOPLE.items():
            account = Account(name=name, role=role.value, approval=approval.value,
                              department="营销部", pin_hash="test$not-a-pin",
                              created_at=datetime(2026, 11, 1, tzinfo=UTC))
            session.add(account)
            session.flush()
            actors[key] = Actor(name, role, account_id=account.id, approval=approval)
    return actors


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BJ)


def full_form(level: Level = Level.A, **changes: Any) -> RequestForm:
    """A complete request arriving on Tuesday 1 December, hosted by 刘洋."""
    form = RequestForm(
        level=level, host="刘洋", department="营销部", organisation="华润置地华南大区",
        guests=(Guest("张伟", "副总裁", "138 1234 5678"), Guest("李娜", "采购总监")),
        headcount=2, purpose="供应商考察", arrival_at=at(1, 9), departure_at=at(1, 17),
        itinerary=(ItineraryItem(at(1, 9, 30), "沙盘讲解", "营销中心", "刘洋"),
                   ItineraryItem(at(1, 12), "午餐", "公司餐厅", ends_at=at(1, 13))),
        route="营销中心-样板房-工地", meals="午餐 4 人", lodging="无", vehicle="机场接机",
        preparations=frozenset({Preparation.NAME_PLATES, Preparation.WATER}), budget=3000.0)
    return replace(form, **changes)
