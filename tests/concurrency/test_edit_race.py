"""Two PCs edit one party at once (issue 11): no silent last-writer-wins.

Each round both desks open the same party in a form (same version), meet at a
barrier and save a different field. Exactly one save lands; the other is refused
with the winner's change named (who, which field, from what to what). Nothing is
lost: the refused desk's value is not written, and the winner's is there.
"""

from __future__ import annotations

import pytest

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.concurrency.workers import desks, edit_field

ROUNDS = 15

pytestmark = pytest.mark.slow


def test_second_of_two_simultaneous_edits_is_refused_with_the_change_named(
        any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    services = Services.open(db)
    lost = 0
    try:
        with desks(any_db_url, edit_field, [("前台A", "note"), ("前台B", "plate")]) as pipes:
            for round_no in range(ROUNDS):
                party = services.arrivals.register(PartyDraft(
                    "王", Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
                note, plate = f"看三房{round_no}", f"京A{round_no:05d}"
                pipes[0].send((party, note))
                pipes[1].send((party, plate))
                results = [pipe.recv() for pipe in pipes]
                outcomes = sorted(r[0] for r in results)
                assert outcomes == ["saved", "stale"], f"round {round_no}: {results}"
                now = services.arrivals.get(party)
                assert now.version == 2
                winner = 0 if results[0][0] == "saved" else 1
                edits, text = results[1 - winner][1], results[1 - winner][2]
                if winner == 0:
                    assert now.note == note and now.plate == ""
                    assert edits == [("前台A", [("Note", "", note)])], text
                else:
                    assert now.plate == plate and now.note == ""
                    assert edits == [("前台B", [("Plate", "", plate)])], text
                assert "What you typed is still in the form" in text
                lost += int(now.note != note and now.plate != plate)
        assert lost == 0
    finally:
        db.dispose()


def test_a_save_from_the_version_read_lands_and_an_unchecked_save_still_works(
        any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    services = Services.open(db)
    record = services.arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN,
                                                   "网络"))
    assert record.version == 1
    draft = PartyDraft("李", Honorific.MS, 3, VisitKind.WALK_IN, "网络")
    saved = services.arrivals.edit(record.id, draft, version=1, actor="前台")
    assert saved.version == 2 and saved.size == 3
    # Saving the same values again changes nothing and keeps the version.
    assert services.arrivals.edit(record.id, draft, version=2).version == 2
    db.dispose()
