"""The rotation log on SQLite and PostgreSQL: it survives closing the database, replays to the
same queue, and is append-only (nothing the program does rewrites an entry)."""

from __future__ import annotations

import inspect
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.rotation import AssignMode, DutyStatus, EventKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.models import RotationEntry
from reception_desk.store.rotation_repo import RotationRepository
from tests.conftest import TEST_ACTOR, manager_actor

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)


def snapshot(services: Services) -> list[tuple[object, ...]]:
    """Every stored column of every log row, in id order."""
    columns = [c.key for c in RotationEntry.__table__.columns]
    with services.db.read() as session:
        rows = session.scalars(select(RotationEntry).order_by(RotationEntry.id)).all()
        return [tuple(getattr(r, c) for c in columns) for r in rows]


def busy_morning(services: Services, clock: FakeClock) -> dict[str, int]:
    rotation, arrivals = services.rotation, services.arrivals
    ids = {name: rotation.save_consultant(ConsultantDraft(name, f"XS{n:03d}"), actor=TEST_ACTOR).id
           for n, name in enumerate(("陈静", "刘洋", "张伟"), start=1)}
    for consultant in ids.values():
        rotation.sign_in(consultant, actor="前台")
    first = arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络",
                                         phone="13812345678")).id
    rotation.assign(first, ids["陈静"], actor="前台")
    clock.advance(minutes=3)
    second = arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN, "路过")).id
    rotation.assign(second, ids["刘洋"])
    clock.advance(minutes=2)
    arrivals.mark_invalid(second, InvalidReason.ASKING_WAY)
    rotation.set_status(ids["刘洋"], DutyStatus.BREAK)
    clock.advance(minutes=5)
    rotation.missed_turn(ids["张伟"])
    clock.advance(minutes=40)
    arrivals.move(first, Stage.DEPARTED)
    third = arrivals.register(PartyDraft("赵", Honorific.MR, 3, VisitKind.WALK_IN, "网络")).id
    rotation.assign(third, ids["张伟"], manager=manager_actor("李经理"), reason="客户指定置业顾问")
    rotation.move(ids["张伟"], 1, actor=manager_actor("李经理"), reason="新人带教")
    return ids | {"first": first, "second": second, "third": third}


def test_the_log_survives_reopening_and_replays_the_same(any_db_url: str,
                                                         clock: FakeClock) -> None:
    db, _ = open_database(any_db_url)
    try:
        services = Services.open(db, clock=clock)
        ids = busy_morning(services, clock)
        state = services.rotation.state()
        log = services.rotation.log(DAY, DAY)
        stats = services.rotation.stats(DAY, DAY)
        rows = snapshot(services)
    finally:
        db.dispose()
    assert [e.kind for e in log] == [
        EventKind.SIGN_IN, EventKind.SIGN_IN, EventKind.SIGN_IN, EventKind.ASSIGN,
        EventKind.ASSIGN, EventKind.RESTORE, EventKind.STATUS, EventKind.MISSED,
        EventKind.RELEASE, EventKind.ASSIGN, EventKind.MOVE]
    assert log[9].mode is AssignMode.OVERRIDE and log[9].actor == "李经理"
    assert state.order == [ids["张伟"], ids["刘洋"], ids["陈静"]]
    assert state.status[ids["张伟"]] is DutyStatus.RECEIVING

    again, _ = open_database(any_db_url)
    try:
        reopened = Services.open(again, clock=clock)
        assert reopened.rotation.state() == state
        assert reopened.rotation.log(DAY, DAY) == log
        assert reopened.rotation.stats(DAY, DAY) == stats
        assert snapshot(reopened) == rows
        assert all(entry.at.tzinfo is not None for entry in log)
        # The queue goes on from where it was.
        proposal = reopened.rotation.propose()
        assert proposal.consultant_id == ids["陈静"]
        assert proposal.mode is AssignMode.FILL_IN
    finally:
        again.dispose()


def test_the_log_is_append_only(any_db_url: str, clock: FakeClock) -> None:
    public = {name for name, _ in inspect.getmembers(RotationRepository, inspect.isfunction)
              if not name.startswith("_")}
    log_methods = {name for name in public if "consultant" not in name
                   and name not in ("by_staff_no", "by_name", "owner_since")}
    assert log_methods == {"rows_between", "events_between", "signature_between", "append"}

    db, _ = open_database(any_db_url)
    try:
        services = Services.open(db, clock=clock)
        ids = busy_morning(services, clock)
        before = snapshot(services)
        # Everything that changes a party or a consultant afterwards only adds entries.
        clock.advance(minutes=1)
        services.rotation.save_consultant(ConsultantDraft("陈静静", "XS001"), ids["陈静"],
                                          actor=TEST_ACTOR)
        services.arrivals.mark_invalid(ids["first"], None)
        services.arrivals.mark_invalid(ids["first"], InvalidReason.COMPETITOR, "迟到的标记")
        services.arrivals.undo_last_move(ids["first"])
        services.rotation.assign(ids["third"], ids["陈静"], manager=manager_actor("李经理"),
                                 reason="换人")
        services.rotation.set_status(ids["刘洋"], DutyStatus.OFF)
        after = snapshot(services)
        assert after[:len(before)] == before
        # The late invalid mark is logged (no turn restored), the undo resumes, then the rest.
        assert [r[2] for r in after[len(before):]] == [
            EventKind.INVALID_LATE.value, EventKind.RESUME.value, EventKind.ASSIGN.value,
            EventKind.STATUS.value]
        # A rename shows in the log (names are looked up), the entry itself is untouched.
        assert services.rotation.log(DAY, DAY)[3].consultant == "陈静静"
    finally:
        db.dispose()
