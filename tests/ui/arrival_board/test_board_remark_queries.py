"""The board reads its parties' remarks with a handful of id-list lengths all day.

Each length of an id list is a new SQL text that the database driver prepares and
keeps; one more per arrival made the desk's memory grow all day (the soak run).
"""

from __future__ import annotations

import pytest
from sqlalchemy import event

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.store.id_lists import padded_ids
from reception_desk.ui.main_window import MainWindow


def test_padded_ids_keep_the_ids_and_round_the_length_up() -> None:
    assert padded_ids([]) == []
    assert padded_ids([3, 1]) == [3, 1] + [1] * 14
    assert len(padded_ids(list(range(16)))) == 16
    assert len(padded_ids(list(range(17)))) == 32
    assert len(padded_ids(list(range(150)))) == 256
    assert set(padded_ids(list(range(150)))) == set(range(150))


def test_a_day_of_arrivals_asks_remarks_with_few_list_lengths(
        qtbot, main_window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    board = main_window.board
    lengths: set[int] = set()

    def on_execute(conn: object, cursor: object, statement: str, parameters: object,
                   context: object, executemany: bool) -> None:
        if "FROM remarks" in statement and "IN (" in statement:
            lengths.add(statement.count("?") + statement.count("%("))

    event.listen(services.db.engine, "before_cursor_execute", on_execute)
    first = services.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络"))
    services.bar.add_remark(first.id, "茶太烫")
    for n in range(40):
        services.arrivals.register(PartyDraft("李", Honorific.MS, 1 + n % 3,
                                              VisitKind.WALK_IN, "网络"))
    assert board.active_model.rowCount() == 41  # every arrival reloaded the board
    event.remove(services.db.engine, "before_cursor_execute", on_execute)
    # SQL texts the driver keeps: not one per arrival (the board asks only for parties
    # whose remarks it does not know, and none for one just registered).
    assert lengths and lengths <= {16, 32, 64}
    assert board.active_model.remarks_of(first.id) == ["茶太烫"]
