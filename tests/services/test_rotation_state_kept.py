"""The rotation keeps the last queue it replayed for the views, and never gives a stale one:
another PC's commit (no event here yet), a settings change and a new day all count."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.rotation import DutyStatus
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock


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
