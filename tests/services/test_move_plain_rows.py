"""A stage move reads and writes its party as plain rows (store/parties.py) and builds
the record the board shows from them: on SQLite and PostgreSQL that record is the one a
fresh read of the party gives, at every step of a visit (undone moves, a seat, a jump,
a departure that releases the consultant and ends the customer's visit), and a move
writes without loading the party or its moves as objects."""

from __future__ import annotations

from sqlalchemy import event

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.rotation import DutyStatus
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from tests.conftest import TEST_ACTOR, FakeClock
from tests.sql_watch import statements


def _same_as_read(services: Services, moved: PartyRecord) -> PartyRecord:
    assert moved == services.arrivals.get(moved.id)
    return moved


def test_every_move_returns_the_record_a_fresh_read_gives(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    arrivals = services.arrivals
    consultant = services.rotation.save_consultant(ConsultantDraft("王芳", "S01"),
                                                   actor=TEST_ACTOR).id
    services.rotation.sign_in(consultant)
    party = arrivals.register_and_assign(
        PartyDraft("孙", Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone="13912345678"),
        consultant)
    place = services.settings.current().places[0]

    clock.advance(minutes=2)
    first = _same_as_read(services, arrivals.advance(party.id))
    assert first.stage is not party.stage and first.stage_times[first.stage] == clock.now
    clock.advance(minutes=3)
    _same_as_read(services, arrivals.move(party.id, Stage.SEATED, place))
    arrivals.undo_last_move(party.id)  # back a stage: that move is no stage time
    clock.advance(minutes=4)
    seated = _same_as_read(services, arrivals.move(party.id, Stage.SEATED, place))
    assert seated.stage_times[Stage.SEATED] == clock.now
    assert (seated.place, seated.last_place) == (place, place)
    clock.advance(minutes=30)
    left = _same_as_read(services, arrivals.move(party.id, Stage.DEPARTED))
    assert (left.place, left.last_place, left.departed_at) == (None, place, clock.now)
    assert left.stage_times[first.stage] == first.stage_times[first.stage]
    # What the departure does beside the party, from the move's plain row.
    assert [t.place for t in services.bar.board().tasks] == [place]
    assert services.rotation.state().status[consultant] is DutyStatus.AVAILABLE
    assert services.customers.find_by_phone("13912345678") is not None


def test_a_move_loads_no_party_object(any_services: Services) -> None:
    """The next stage reads the party and its stage times once each, as rows: no
    lazy load of its moves after the write, no second read of the party."""
    services = any_services
    party = services.arrivals.register(
        PartyDraft("李", Honorific.MS, 3, VisitKind.WALK_IN, "网络"))
    loaded: list[object] = []

    def on_load(target: object, _context: object) -> None:
        loaded.append(target)

    from reception_desk.store.models import Party, StageMove

    event.listen(Party, "load", on_load)
    event.listen(StageMove, "load", on_load)
    try:
        with statements(services) as seen:
            moved = services.arrivals.advance(party.id)
    finally:
        event.remove(Party, "load", on_load)
        event.remove(StageMove, "load", on_load)
    assert moved.stage is Stage.PARKED
    assert loaded == []
    reads = [s for s in seen if s.startswith("SELECT")]
    assert len([s for s in reads if "FROM parties" in s]) == 1
    assert len([s for s in reads if "FROM stage_moves" in s]) == 1


def test_register_assign_and_undo_read_no_moves_after_their_write(
        any_services: Services, clock: FakeClock) -> None:
    """The moves a write adds go into the party's loaded moves: the record it returns
    is the one a fresh read gives, without reading the moves again."""
    services = any_services
    consultant = services.rotation.save_consultant(ConsultantDraft("李雷", "S02"),
                                                   actor=TEST_ACTOR).id
    services.rotation.sign_in(consultant)
    with statements(services) as seen:
        party = services.arrivals.register(
            PartyDraft("周", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    assert not [s for s in seen if s.startswith("SELECT") and "FROM stage_moves" in s]
    assert _same_as_read(services, party).stage_times == {Stage.ARRIVED: clock.now}

    clock.advance(minutes=1)
    with statements(services) as seen:
        given = services.rotation.assign(party.id, consultant, proposed=True)
    assert len([s for s in seen if s.startswith("SELECT") and "FROM stage_moves" in s]) == 1
    assert _same_as_read(services, given).stage_times[Stage.RECEIVED] == clock.now

    clock.advance(minutes=1)
    undone = _same_as_read(services, services.arrivals.undo_last_move(party.id))
    assert Stage.RECEIVED not in undone.stage_times
