"""Two desks give a party to the up consultant at the same instant (issue 11).

Each round, two processes read the same proposal, meet at a barrier and assign at
once. Inside the write lock the second sees the first's commit: never two new
parties to one consultant by the rotation, and the loser is told who got whom and
who is up now (never a permission error). Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import pytest

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.errors import RotationMovedError
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.concurrency.workers import assign_up, desks
from tests.conftest import TEST_ACTOR

ROUNDS = 20

pytestmark = pytest.mark.slow


def test_two_desks_never_give_the_up_consultant_two_parties(any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    services = Services.open(db)
    names = ("陈静", "刘洋", "张伟")
    for number, name in enumerate(names, start=1):
        consultant = services.rotation.save_consultant(
            ConsultantDraft(name, f"XS{number:03d}"), actor=TEST_ACTOR)
        services.rotation.sign_in(consultant.id)

    try:
        with desks(any_db_url, assign_up) as pipes:
            doubles = moved = 0
            for round_no in range(ROUNDS):
                parties = [services.arrivals.register(PartyDraft(
                    surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
                    for surname in ("王", "李")]
                for pipe, party in zip(pipes, parties, strict=True):
                    pipe.send(party)
                results = [pipe.recv() for pipe in pipes]
                given = [r[1] for r in results if r[0] == "ok"]
                doubles += len(given) - len(set(given))
                for outcome, next_up, text in results:
                    assert outcome in ("ok", "moved"), f"round {round_no}: {outcome} {text}"
                    if outcome == "moved":
                        moved += 1
                        # In words: who was given whom, and who is up now.
                        assert "was just given" in text and "next up" in text, text
                        assert next_up == services.rotation.state().up()
                for party in parties:  # they leave: the consultants are free again
                    services.arrivals.move(party, Stage.DEPARTED)
        assert doubles == 0
        # The race was real: in most rounds both desks read the same proposal.
        assert moved >= ROUNDS // 2
    finally:
        db.dispose()


def test_the_desk_that_lost_the_turn_is_told_who_got_whom_and_who_is_up(
        any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    desk_a, desk_b = Services.open(db), Services.open(db)
    ids = {}
    for number, name in enumerate(("陈静", "孙磊"), start=1):
        ids[name] = desk_a.rotation.save_consultant(
            ConsultantDraft(name, f"XS{number:03d}"), actor=TEST_ACTOR).id
        desk_a.rotation.sign_in(ids[name])
    wang = desk_a.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    li = desk_b.arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN, "网络"))
    # Both desks see 陈静 up; desk A gives her 王先生 first.
    assert desk_b.rotation.propose("", li.id).consultant_id == ids["陈静"]
    desk_a.rotation.assign(wang.id, ids["陈静"], proposed=True)
    with pytest.raises(RotationMovedError) as refused:
        desk_b.rotation.assign(li.id, ids["陈静"], proposed=True)
    assert str(refused.value) == "陈静 was just given 王先生 at another desk; next up: 孙磊."
    assert refused.value.next_up == ids["孙磊"]
    assert desk_b.arrivals.get(li.id).consultant == ""  # nothing written
    # The refreshed proposal works at once.
    assert desk_b.rotation.assign(li.id, ids["孙磊"], proposed=True).consultant == "孙磊"
    db.dispose()
