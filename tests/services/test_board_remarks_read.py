"""The board's remark column on SQLite and PostgreSQL: each party shown gets its own
remarks, oldest first, whatever the order they were written in across parties; a party
without any is left out, and so is one not asked for."""

from __future__ import annotations

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from tests.conftest import FakeClock


def test_each_party_gets_its_own_remarks_oldest_first(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    ids = [services.arrivals.register(
        PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
        for surname in ("王", "李", "张", "赵")]
    first, second, quiet, unasked = ids
    for party_id, text in ((second, "水太凉"), (first, "太甜"), (second, "要热水"),
                           (unasked, "不要冰"), (first, "再加冰")):
        clock.advance(seconds=20)
        services.bar.add_remark(party_id, text)

    shown = services.bar.parties_with_remarks([first, second, quiet])

    assert shown == {first: ["太甜", "再加冰"], second: ["水太凉", "要热水"]}
    assert services.bar.parties_with_remarks([]) == {}
