"""The board's day is read once and then followed from the events: after every action,
here or on another PC, it is what a fresh read of the database says (services/day_cache.py)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace
from datetime import timedelta

import pytest

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.change_feed import ChangeFeed
from reception_desk.store.database import Database
from tests.conftest import TEST_ACTOR, FakeClock


def draft(surname: str, phone: str = "") -> PartyDraft:
    return PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone)


@pytest.fixture
def two_pcs(any_db_url: str, clock: FakeClock) -> Iterator[tuple[Services, Services, Database]]:
    here_db, _ = open_database(any_db_url)
    there_db, _ = open_database(any_db_url)
    try:
        yield (Services.open(here_db, clock=clock), Services.open(there_db, clock=clock),
               here_db)
    finally:
        here_db.dispose()
        there_db.dispose()


def fresh_day(db: Database, clock: FakeClock) -> list[PartyRecord]:
    """The day as a desk that just started reads it."""
    new = Services.open(db, clock=clock)
    return new.arrivals.list_day(new.arrivals.today())


def test_the_day_follows_every_action_here_and_on_another_pc(
        two_pcs: tuple[Services, Services, Database], clock: FakeClock) -> None:
    here, there, db = two_pcs
    feed = ChangeFeed(db)
    feed.fetch()

    def board() -> list[PartyRecord]:
        for event in feed.fetch():  # what the window's feed hands the bus
            here.bus.publish(event)
        day = here.arrivals.list_day(here.arrivals.today())
        assert day == fresh_day(db, clock)
        return day

    try:
        # Yesterday's party never seen out is on today's board.
        clock.advance(hours=-24)
        overnight = here.arrivals.register(draft("夜"))
        clock.advance(hours=24)
        assert [p.id for p in board()] == [overnight.id]

        first = here.arrivals.register(draft("王", "13812345678"))
        second = here.arrivals.register(draft("李"))
        here.arrivals.move(first.id, Stage.PARKED)
        here.arrivals.move(first.id, Stage.SEATED, "VIP1")
        assert [p.surname for p in board()] == ["夜", "王", "李"]
        assert board()[1].place == "VIP1"

        # Another PC registers one and sees the first out; this desk follows.
        clock.advance(minutes=5)
        third = there.arrivals.register(draft("张"))
        there.arrivals.move(first.id, Stage.DEPARTED)
        day = board()
        assert [p.id for p in day] == [overnight.id, first.id, second.id, third.id]
        assert day[1].departed

        # Undo, an edit, the overnight party seen out (it leaves today).
        here.arrivals.undo_last_move(first.id)
        here.arrivals.edit(second.id, draft("黄"))
        there.arrivals.move(overnight.id, Stage.DEPARTED)
        day = board()
        assert [p.surname for p in day] == ["王", "黄", "张"]
        assert not day[0].departed

        # An action that names no party (a person erased) reads the day again.
        customer = here.customers.find_by_phone("13812345678")
        assert customer is not None
        here.privacy.erase(TEST_ACTOR, customer.id)
        assert board()[0].phone == ""

        # A settings change may move the day's bounds: read again.
        settings = here.settings.current()
        here.settings.save(settings, TEST_ACTOR)
        assert len(board()) == 3
    finally:
        feed.close()


def test_a_party_an_action_here_wrote_is_not_read_again(
        two_pcs: tuple[Services, Services, Database], clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The action hands the day the record it built in its write; what it did not hand
    over (a remark), another PC's change and an EVERYTHING event are read as before."""
    here, there, db = two_pcs
    feed = ChangeFeed(db)
    feed.fetch()
    reads: list[set[int]] = []
    read_ids = here.arrivals.records

    def counted(party_ids: Collection[int]) -> dict[int, PartyRecord]:
        reads.append(set(party_ids))
        return read_ids(party_ids)

    monkeypatch.setattr(here.arrivals, "records", counted)

    def board() -> list[PartyRecord]:
        for event in feed.fetch():
            here.bus.publish(event)
        day = here.arrivals.list_day(here.arrivals.today())
        assert day == fresh_day(db, clock)
        return day

    try:
        chen = here.rotation.save_consultant(ConsultantDraft("陈静", "XS001"),
                                             actor=TEST_ACTOR).id
        here.rotation.sign_in(chen)
        assert board() == []
        first = here.arrivals.register(draft("王", "13812345678"))
        board()
        here.arrivals.advance(first.id)
        board()
        here.rotation.assign(first.id, chen)
        board()
        here.arrivals.move(first.id, Stage.SEATED, "VIP1")
        here.arrivals.undo_last_move(first.id)
        here.arrivals.edit(first.id, draft("黄", "13812345678"))
        here.arrivals.mark_invalid(first.id, InvalidReason.COMPETITOR)
        here.arrivals.set_consultant(first.id, "小陈")
        assert board()[0].consultant == "小陈"
        assert reads == []

        # A later event naming the party without a record handed over reads it.
        here.bar.add_remark(first.id, "靠窗")
        board()
        assert reads == [{first.id}]
        # So does another PC's change, even right after a record was handed over.
        here.arrivals.move(first.id, Stage.DEPARTED)
        there.arrivals.undo_last_move(first.id)
        assert not board()[0].departed
        assert reads == [{first.id}, {first.id}]
        # A record handed over that no event takes is dropped, not kept for the next.
        here.arrivals.day.hand_over(replace(here.arrivals.get(first.id), surname="旧"))
        here.arrivals.day.take_back(first.id)
        here.bar.add_remark(first.id, "要茶")
        assert board()[0].surname == "黄"
        assert len(reads) == 3
    finally:
        feed.close()


def test_another_day_is_read_for_itself(two_pcs: tuple[Services, Services, Database],
                                        clock: FakeClock) -> None:
    here, _there, db = two_pcs
    today = here.arrivals.today()
    clock.advance(hours=-24)
    yesterday_party = here.arrivals.register(draft("昨"))
    here.arrivals.move(yesterday_party.id, Stage.DEPARTED)
    clock.advance(hours=24)
    here.arrivals.register(draft("今"))
    assert [p.surname for p in here.arrivals.list_day(today - timedelta(days=1))] == ["昨"]
    assert [p.surname for p in here.arrivals.list_day(today)] == ["今"]
    assert here.arrivals.list_day(today) == fresh_day(db, clock)
