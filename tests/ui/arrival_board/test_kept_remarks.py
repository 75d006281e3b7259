"""The board's kept remarks (ui/arrival_board/remarks.py): read once per party, read
again after an event that may have changed them, never shown stale."""

from __future__ import annotations

from reception_desk.domain.events import BAR, EVERYTHING, PARTIES, Event
from reception_desk.ui.arrival_board.remarks import KeptRemarks


class Store:
    """The remarks "in the database", and every read the board asked for."""

    def __init__(self) -> None:
        self.remarks: dict[int, list[str]] = {1: ["太甜"]}
        self.reads: list[list[int]] = []

    def read(self, ids: list[int]) -> dict[int, list[str]]:
        self.reads.append(sorted(ids))
        return {i: list(self.remarks[i]) for i in ids if i in self.remarks}


def test_known_parties_are_not_read_again() -> None:
    store = Store()
    kept = KeptRemarks(store.read)
    assert kept.of([1, 2]) == {1: ["太甜"]}
    assert kept.of([1, 2]) == {1: ["太甜"]}
    assert kept.of([1, 2, 3]) == {1: ["太甜"]}
    assert store.reads == [[1, 2], [3]]


def test_an_event_naming_a_party_reads_it_again() -> None:
    store = Store()
    kept = KeptRemarks(store.read)
    kept.of([1, 2])
    store.remarks[2] = ["水太凉"]
    kept.forget(Event(PARTIES, (2,), data={"kind": "moved"}))
    assert kept.of([1, 2]) == {1: ["太甜"], 2: ["水太凉"]}
    assert store.reads[-1] == [2]


def test_a_remark_or_an_unnamed_change_reads_everything_again() -> None:
    for event in (Event(PARTIES, (2,), data={"kind": "remark"}), Event(EVERYTHING),
                  Event(BAR)):
        store = Store()
        kept = KeptRemarks(store.read)
        kept.of([1, 2])
        store.remarks[1] = ["太甜", "再加冰"]
        kept.forget(event)
        assert kept.of([1, 2]) == {1: ["太甜", "再加冰"]}, event
        assert store.reads[-1] == [1, 2]


def test_a_new_party_has_none_and_costs_no_read() -> None:
    store = Store()
    kept = KeptRemarks(store.read)
    kept.of([1])
    kept.forget(Event(PARTIES, (9,), data={"kind": "registered"}))
    assert kept.of([1, 9]) == {1: ["太甜"]}
    assert store.reads == [[1]]


def test_past_its_limit_it_starts_over() -> None:
    store = Store()
    kept = KeptRemarks(store.read, limit=3)
    kept.of([1, 2])
    kept.of([3, 4])  # five would be kept: it forgets and reads what is shown
    assert store.reads == [[1, 2], [3, 4]]
    assert kept.of([3, 4]) == {}
    assert kept.of([1]) == {1: ["太甜"]}
    assert store.reads[-1] == [1]
