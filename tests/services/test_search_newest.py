"""Both searches on SQLite and PostgreSQL: the newest matches, as many as asked, in
order, each whole; a merged-away customer is never listed."""

from __future__ import annotations

from datetime import timedelta

from reception_desk.domain.call_form import CallForm
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from tests.conftest import TEST_ACTOR, FakeClock


def _draft(surname: str, phone: str = "", plate: str = "") -> PartyDraft:
    return PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone,
                      plate=plate)


def test_the_board_search_lists_the_newest_matches_whole_and_in_order(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    ids = []
    for day, surname in enumerate(["王", "李", "王", "王", "张", "王"]):
        party = services.arrivals.register(
            _draft(surname, phone=f"1390000{day:04d}"), at=clock.now - timedelta(days=9 - day))
        services.arrivals.advance(party.id)
        ids.append(party.id)
    wang = [ids[5], ids[3], ids[2], ids[0]]

    assert [p.id for p in services.arrivals.search("王")] == wang
    assert [p.id for p in services.arrivals.search("王", limit=3)] == wang[:3]
    assert [p.id for p in services.arrivals.search("13900000", limit=2)] == [ids[5], ids[4]]
    newest = services.arrivals.search("王", limit=1)[0]
    assert newest.surname == "王" and newest.phone == "13900000005"
    assert len(newest.stage_times) == 2  # the moves come with each row


def test_a_found_party_has_the_stage_times_its_moves_give(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    party = services.arrivals.register(_draft("欧阳", plate="粤B12345"))
    clock.advance(minutes=3)
    services.arrivals.advance(party.id)
    clock.advance(minutes=1)
    services.arrivals.undo_last_move(party.id)  # an undone move does not count
    clock.advance(minutes=2)
    services.arrivals.advance(party.id)

    (found,) = services.arrivals.search("b123")
    assert found == services.arrivals.get(party.id)
    assert sorted(found.stage_times) == sorted(services.arrivals.get(party.id).stage_times)


def test_the_customer_search_lists_the_newest_live_customers(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    for n, given in enumerate("一二三四", 1):
        services.calls.log_call(CallForm(phone=f"1380000000{n}", caller_name=f"王{given}"))
        clock.advance(minutes=5)
    newest_first = ["王四", "王三", "王二", "王一"]

    assert [c.name for c in services.customers.search("wang")] == newest_first
    assert [c.name for c in services.customers.search("w", limit=2)] == newest_first[:2]
    assert [c.name for c in services.customers.search("13800000")] == newest_first
    kept, gone = services.customers.search("王四")[0], services.customers.search("王三")[0]
    services.customers.merge(TEST_ACTOR, kept.id, gone.id)
    assert [c.name for c in services.customers.search("wang")] == ["王四", "王二", "王一"]
