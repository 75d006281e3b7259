"""The board's search on SQLite and PostgreSQL answers what a plain reading of every
party gives: the same parties, newest first, as many as asked, each record equal to
the one read whole (fields, stage times and their order), by surname, phone digits
and plate; and the UTC column reads SQLite's texts as the general conversion does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.dialects import sqlite

from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.store.types import UtcDateTime
from tests.conftest import FakeClock


def _draft(surname: str, honorific: Honorific, phone: str, plate: str,
           kind: VisitKind = VisitKind.WALK_IN) -> PartyDraft:
    return PartyDraft(surname, honorific, 3, kind, "网络", phone=phone, plate=plate,
                      description="灰色外套", note="带小孩")


def _history(services: Services, clock: FakeClock) -> list[int]:
    """Parties of several days in every state a record can show."""
    arrivals = services.arrivals
    ids: list[int] = []
    people = [("王", "13900001111", "粤B12345"), ("李", "13800002222", ""),
              ("王", "13900001111", "京A12340"), ("欧阳", "13712345678", "粤B99999"),
              ("张", "", "沪C55555"), ("王", "13612341234", "")]
    for n, (surname, phone, plate) in enumerate(people * 2):
        honorific = Honorific.MS if n % 2 else Honorific.MR
        kind = VisitKind.APPOINTMENT if n % 3 == 0 else VisitKind.WALK_IN
        party = arrivals.register(_draft(surname, honorific, phone, plate, kind),
                                  at=clock.now - timedelta(days=12 - n, minutes=n))
        ids.append(party.id)
        for _ in range(n % 4):
            arrivals.advance(party.id)
        if n % 5 == 1:
            arrivals.undo_last_move(party.id)  # an undone move is no stage time
        if n % 4 == 2:
            arrivals.mark_invalid(party.id, InvalidReason.DELIVERY)
        if n % 3 == 2:
            arrivals.move(party.id, Stage.DEPARTED)
        clock.advance(seconds=30)
    return ids


def _reference(services: Services, ids: list[int], text: str, limit: int) -> list[PartyRecord]:
    """Every party read whole, filtered and ordered in Python."""
    digits = "".join(ch for ch in text if ch.isdigit())
    plate = text.upper().replace(" ", "").replace("·", "")

    def matches(record: PartyRecord) -> bool:
        return (text in record.surname or (bool(plate) and plate in record.plate)
                or (len(digits) >= 3 and digits in record.phone))

    records = [services.arrivals.get(party_id) for party_id in ids]
    found = sorted((r for r in records if matches(r)),
                   key=lambda r: (r.arrived_at, r.id), reverse=True)
    return found[:limit]


def test_the_search_answers_as_every_party_read_whole(
        any_services: Services, clock: FakeClock) -> None:
    ids = _history(any_services, clock)
    for text in ("王", "1111", "138", "粤b", "b12", "京A", "欧阳", "没有这个人"):
        for limit in (200, 3):
            found = any_services.arrivals.search(text, limit=limit)
            expected = _reference(any_services, ids, text, limit)
            assert found == expected, (text, limit)
            # The stage times in the order the moves reached them (the tooltip's order).
            assert [list(r.stage_times.items()) for r in found] == \
                [list(r.stage_times.items()) for r in expected]
    assert len(any_services.arrivals.search("王")) == 6


def test_the_records_found_carry_every_state(any_services: Services, clock: FakeClock) -> None:
    ids = _history(any_services, clock)
    found = any_services.arrivals.search("王")
    assert {r.honorific for r in found} == set(Honorific)
    assert {r.kind for r in found} == set(VisitKind)
    assert any(r.invalid_reason is InvalidReason.DELIVERY for r in found)
    assert any(r.departed_at is not None for r in found)
    assert any(r.previous_party_id is not None and r.returning for r in found)
    assert all(r.arrived_at.tzinfo is UTC and r.stage_at.tzinfo is UTC for r in found)
    assert all(at.tzinfo is UTC for r in found for at in r.stage_times.values())
    assert len(ids) == 12


@pytest.mark.parametrize("stored", [
    "2023-12-10 01:00:59.000000", "2023-12-10 01:00:59", "2023-12-10 01:00",
    "2023-12-10T01:00:59.123456", "2023-12-10", "2023-12-10 09:00:59+08:00",
    "2023-12-10 01:00:59Z",
])
def test_sqlite_texts_read_as_the_general_conversion_reads_them(stored: str) -> None:
    dialect = sqlite.dialect()
    read = UtcDateTime().dialect_impl(dialect).result_processor(dialect, None)
    assert read is not None
    general = UtcDateTime().process_result_value(datetime.fromisoformat(stored), dialect)
    moment = read(stored)
    assert moment == general and moment.tzinfo is UTC
    assert read(None) is None
