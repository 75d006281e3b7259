"""An invalid reception marked after the turn-back window (issue 15): no restore, but an
entry in the rotation log, shown in words in the export and the printed log, on SQLite and
PostgreSQL."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

import pdfplumber
import pytest

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.rotation import INVALID_TOO_LATE, EventKind
from reception_desk.i18n import translated
from reception_desk.printing.rotation_log import build_rotation_log_pdf
from reception_desk.services.context import Services
from reception_desk.services.export_rotation import rotation_log_row
from reception_desk.startup import open_database
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)  # the FakeClock starts at 10:00 Beijing time on this day


@pytest.fixture
def any_services(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


def test_a_late_invalid_mark_is_a_rotation_log_entry_without_a_restore(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    window = services.settings.current().invalid_restore_minutes
    chen, liu = (services.rotation.save_consultant(
        ConsultantDraft(name, f"XS{n:03d}"), actor=TEST_ACTOR).id
        for n, name in enumerate(("陈静", "刘洋"), start=1))
    services.rotation.sign_in(chen)
    services.rotation.sign_in(liu)
    party = services.arrivals.register(
        PartyDraft("赵", Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
    services.rotation.assign(party, chen)
    clock.advance(minutes=window, seconds=1)
    services.arrivals.mark_invalid(party, InvalidReason.COMPETITOR, "拍沙盘照片")

    state = services.rotation.state()
    assert state.order == [liu, chen]  # the turn is used: no restore
    assert (state.valid[chen], state.invalid[chen]) == (0, 1)
    log = services.rotation.log(DAY, DAY)
    entry = log[-1]
    assert (entry.kind, entry.party_id, entry.consultant, entry.reason,
            entry.position_before, entry.position_after) == (
        EventKind.INVALID_LATE, party, "陈静", INVALID_TOO_LATE, 2, 2)
    assert [e.kind for e in log].count(EventKind.RESTORE) == 0
    stats = {s.name: s for s in services.rotation.stats(DAY, DAY)}
    assert (stats["陈静"].valid, stats["陈静"].invalid) == (0, 1)

    # Marked again after clearing: still one entry.
    services.arrivals.mark_invalid(party, None)
    services.arrivals.mark_invalid(party, InvalidReason.COMPETITOR, "again")
    assert [e.kind for e in services.rotation.log(DAY, DAY)].count(EventKind.INVALID_LATE) == 1

    # The export and the printed log say it in words.
    row = rotation_log_row(entry)
    assert isinstance(row["kind"], str) and isinstance(row["reason"], str)
    assert (translated(row["kind"], "zh_CN"), translated(row["kind"], "en")) == (
        "无效不补轮", "Invalid, no restore")
    assert (translated(row["reason"], "zh_CN"), translated(row["reason"], "en")) == (
        "无效接待，已过补轮时限，不补轮",
        "Invalid reception, marked after the turn-back window: no restore")
    buffer = io.BytesIO()
    build_rotation_log_pdf(buffer, log, site_name="售楼处", date_from=DAY, date_to=DAY,
                           zone=services.settings.current().zone(),
                           generated_at=datetime(2026, 11, 28, 19, 0))
    buffer.seek(0)
    with pdfplumber.open(buffer) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "无效不补轮" in text and "已过补轮时限" in text
    assert INVALID_TOO_LATE not in text


def test_a_longer_window_still_restores(any_services: Services, clock: FakeClock) -> None:
    services = any_services
    services.settings.save(replace(services.settings.current(), invalid_restore_minutes=30),
                           TEST_ACTOR)
    chen = services.rotation.save_consultant(ConsultantDraft("陈静", "XS001"),
                                             actor=TEST_ACTOR).id
    services.rotation.sign_in(chen)
    party = services.arrivals.register(
        PartyDraft("钱", Honorific.MS, 1, VisitKind.WALK_IN, "路过")).id
    services.rotation.assign(party, chen)
    clock.advance(minutes=20)
    services.arrivals.mark_invalid(party, InvalidReason.ASKING_WAY)
    kinds = [e.kind for e in services.rotation.log(DAY, DAY)]
    assert EventKind.RESTORE in kinds and EventKind.INVALID_LATE not in kinds
