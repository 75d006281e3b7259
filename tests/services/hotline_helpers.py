"""Helpers of the hotline tests: consultants on the roster, a call form, a party's row."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reception_desk.domain.call_form import CallForm
from reception_desk.domain.party import Honorific
from reception_desk.services.context import Services
from reception_desk.store.models import Consultant, Party

PHONE = "13812345678"


def add_consultant(services: Services, name: str, staff_no: str) -> int:
    with services.db.write() as session:
        row = Consultant(name=name, staff_no=staff_no, phone="", active=True,
                         created_at=datetime(2026, 1, 1, tzinfo=UTC))
        session.add(row)
        session.flush()
        return row.id


def call_form(phone: str = PHONE, **values: Any) -> CallForm:
    values.setdefault("caller_name", "张伟")
    values.setdefault("honorific", Honorific.MR)
    return CallForm(phone=phone, **values)


def party_row(services: Services, party_id: int) -> Party:
    with services.db.read() as session:
        row = session.get(Party, party_id)
        assert row is not None
        session.expunge(row)
        return row
