"""The rotation keeps the last queue it replayed for the views, and never gives a stale one:
another PC's commit (no event here yet), a settings change and a new day all count. A
write made here hands the views the queue it left, so they do not replay the day again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.events import Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.rotation import DutyStatus, QueueState
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.rotation_repo import RotationRepository
from tests.conftest import TEST_ACTOR, FakeClock


@pytest.fixture
def two_desks(any_db_url: str, clock: FakeClock) -> Iterator[tuple[Services, Services]]:
    """Two PCs on one database: neither follows the other's change feed."""
    here_db, _ = open_database(any_db_url)
    there_db, _ = open_database(any_db_url)
    try:
        yield Services.open(here_db, clock=clock), Services.open(there_db, clock=clock)
    finally:
        here_db.dispose()
        there_db.dispose()


def test_another_pcs_sign_in_shows_at_once_without_an_event(
        two_desks: tuple[Services, Services]) -> None:
    here, there = two_desks
    ids = [here.rotation.save_consultant(ConsultantDraft(name, f"XS{n}"), actor=TEST_ACTOR).id
           for n, name in enumerate(("陈静", "刘洋"), start=1)]
    here.rotation.sign_in(ids[0])
    assert here.rotation.state().order == [ids[0]]
    assert here.rotation.state().order == [ids[0]]      # given again, the same queue
    there.rotation.sign_in(ids[1])                       # no event reaches `here`
    assert here.rotation.state().order == ids
    there.rotation.set_status(ids[0], DutyStatus.BREAK)
    assert here.rotation.state().status[ids[0]] is DutyStatus.BREAK
    assert here.rotation.state().up() == ids[1]


def test_a_kept_queue_is_a_copy_the_caller_may_change(
        two_desks: tuple[Services, Services]) -> None:
    here, _there = two_desks
    cid = here.rotation.save_consultant(ConsultantDraft("陈静", "XS1"), actor=TEST_ACTOR).id
    here.rotation.sign_in(cid)
    here.rotation.state().order.clear()
    assert here.rotation.state().order == [cid]


def test_a_new_day_and_changed_rules_replay_again(
        two_desks: tuple[Services, Services], clock: FakeClock) -> None:
    here, there = two_desks
    cid = here.rotation.save_consultant(ConsultantDraft("陈静", "XS1"), actor=TEST_ACTOR).id
    here.rotation.sign_in(cid)
    assert here.rotation.state().on_duty(cid)
    settings = there.settings.current()
    there.settings.save(replace(settings, fill_in_keeps_place=not settings.fill_in_keeps_place),
                        actor=TEST_ACTOR)
    assert here.rotation.state().on_duty(cid)            # rules read again, same log
    clock.advance(days=1)
    assert not here.rotation.state().on_duty(cid)        # a new day starts empty


def _replays(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the day's log is read for a replay (one entry per read)."""
    reads: list[int] = []
    original = RotationRepository.events_between

    def counted(self: RotationRepository, start: datetime, end: datetime) -> list[object]:
        reads.append(1)
        return original(self, start, end)  # type: ignore[return-value]

    monkeypatch.setattr(RotationRepository, "events_between", counted)
    return reads


def _queue_seen_on_event(services: Services, reads: list[int]) -> list[tuple[QueueState, int]]:
    """What a view reloading on each event gets, and how many replays that took."""
    seen: list[tuple[QueueState, int]] = []

    def reload(_event: Event) -> None:
        before = len(reads)
        seen.append((services.rotation.state(), len(reads) - before))

    services.bus.subscribe(reload)
    return seen


def test_an_own_write_gives_the_views_its_queue_without_replaying_the_day(
        two_desks: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch) -> None:
    here, there = two_desks
    ids = [here.rotation.save_consultant(ConsultantDraft(name, f"XS{n}"), actor=TEST_ACTOR).id
           for n, name in enumerate(("陈静", "刘洋"), start=1)]
    party = here.arrivals.register(
        PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
    reads = _replays(monkeypatch)
    seen = _queue_seen_on_event(here, reads)
    here.rotation.sign_in(ids[0])
    here.rotation.sign_in(ids[1])
    here.rotation.assign(party, ids[0], proposed=True)
    here.rotation.set_status(ids[1], DutyStatus.BREAK)
    assert [replays for _queue, replays in seen] == [0, 0, 0, 0]
    fresh = there.rotation.state()                       # replayed from the database
    assert seen[-1][0] == fresh
    assert fresh.assignments[party].consultant_id == ids[0]
    assert fresh.status[ids[1]] is DutyStatus.BREAK


def test_an_own_write_timed_before_another_pcs_replays_the_day(
        any_db_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PC whose clock runs ahead wrote later in the day: the log's order is by time,
    so the queue a write here computed is not trusted and the day is replayed."""
    ahead = FakeClock(clock.now + timedelta(minutes=5))
    here_db, _ = open_database(any_db_url)
    there_db, _ = open_database(any_db_url)
    try:
        here = Services.open(here_db, clock=clock)
        there = Services.open(there_db, clock=ahead)
        ids = [here.rotation.save_consultant(ConsultantDraft(name, f"XS{n}"),
                                             actor=TEST_ACTOR).id
               for n, name in enumerate(("陈静", "刘洋"), start=1)]
        there.rotation.sign_in(ids[1])
        reads = _replays(monkeypatch)
        seen = _queue_seen_on_event(here, reads)
        here.rotation.sign_in(ids[0])
        assert [replays for _queue, replays in seen] == [1]
        assert seen[0][0] == there.rotation.state()
        # By time, this desk's sign-in (10:00) comes before the other's (10:05); the
        # queue the write computed had it last.
        assert seen[0][0].order == [ids[0], ids[1]]
    finally:
        here_db.dispose()
        there_db.dispose()
