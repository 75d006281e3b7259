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
