"""Retention on a fixed clock: exactly the inactive customers are anonymised, with what
follows them; the statistics are the same before and after; both engines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from reception_desk.domain.bar import DrinkCategory, OrderLine
from reception_desk.domain.call_form import AppointmentForm
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.customer_records import Consent, VipCardRecord
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.roles import Actor, PermissionDenied, Role
from reception_desk.domain.stages import Stage
from reception_desk.services.bar_stats import bar_stats
from reception_desk.services.context import Services
from reception_desk.services.export_rotation import rotation_stats_rows
from reception_desk.services.export_visits import parties_between
from reception_desk.startup import open_database
from reception_desk.store.models_people import AuditEntry
from tests.conftest import TEST_ACTOR, FakeClock, manager_actor
from tests.services.hotline_helpers import call_form

T0 = datetime(2024, 10, 1, 2, 0, tzinfo=UTC)


def admin(services: Services) -> Actor:
    """The site's administrator, with an account (audit entries name it)."""
    return services.accounts.create_first_admin("管理员", "2468").actor()
FIRST, LAST = date(2024, 9, 1), date(2026, 12, 31)


@pytest.fixture
def both(any_db_url: str) -> Iterator[tuple[Services, FakeClock]]:
    clock = FakeClock(T0)
    db, _ = open_database(any_db_url)
    try:
        yield Services.open(db, clock=clock), clock
    finally:
        db.dispose()


@dataclass
class World:
    old: int          # called and visited at T0 only: inactive
    old_appointment: int  # an appointment on T0's day only: inactive
    revisited: int    # called at T0, visited 400 days later: active
    booked: int       # called at T0, an appointment far in the future: active
    edge: int         # last call exactly at the cutoff: still active
    old_party: int
    no_phone_party: int
    competitor_call: int


def visit(services: Services, surname: str, phone: str, consultant: int,
          description: str = "", place: str = "VIP1") -> int:
    party = services.arrivals.register(PartyDraft(
        surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone,
        description=description, plate="粤B12345" if phone else ""))
    services.rotation.assign(party.id, consultant, manager=manager_actor(), reason="测试")
    services.arrivals.move(party.id, Stage.SEATED, place=place)
    return party.id


def build(services: Services, clock: FakeClock) -> World:
    chen = services.rotation.save_consultant(ConsultantDraft("陈静", "001"),
                                             actor=manager_actor()).id
    services.rotation.sign_in(chen)
    cups = services.stock.save_item("纸杯", "个", 20, quantity=100, actor=TEST_ACTOR).id
    tea = services.bar.save_menu_item("绿茶", DrinkCategory.TEA, [(cups, 1)],
                                      actor=TEST_ACTOR).id
    old = services.calls.log_call(call_form(
        "13800000001", caller_name="张伟", consultant_id=chen, address="南山区",
        questions="问学区，电话13800000001", consent=Consent.YES), actor="前台").customer_id
    old_party = visit(services, "张", "13800000001", chen, description="灰色外套")
    services.bar.bump(services.bar.order(old_party, [OrderLine(tea, 1)]).id)
    services.customers.save_vip_card(old or 0, VipCardRecord(
        old or 0, area="120", notes="两个孩子", current_district="福田"), actor_name="前台")
    services.arrivals.move(old_party, Stage.DEPARTED)
    appointment = services.appointments.add(
        _appointment_form(services, "13800000005", "钱"))
    revisited = services.calls.log_call(call_form("13800000002", caller_name="李娜"))
    booked = services.calls.log_call(call_form(
        "13800000003", caller_name="王芳", visit_at=T0 + timedelta(days=900)))
    no_phone_party = visit(services, "赵", "", chen, description="白色SUV", place="VIP2")
    services.arrivals.move(no_phone_party, Stage.DEPARTED)
    competitor = services.calls.log_call(call_form("13900009999", caller_name="同行",
                                                   competitor=True))
    clock.now = T0 + timedelta(days=1)
    edge = services.calls.log_call(call_form("13800000004", caller_name="孙丽"))
    clock.now = T0 + timedelta(days=400)
    visit(services, "李", "13800000002", chen)
    clock.now = T0 + timedelta(days=731)   # the cutoff is T0 + 1 day: `edge` is on it
    return World(old or 0, appointment.customer_id or 0, revisited.customer_id or 0,
                 booked.customer_id or 0, edge.customer_id or 0, old_party, no_phone_party,
                 competitor.id)


def _appointment_form(services: Services, phone: str, name: str) -> AppointmentForm:
    return AppointmentForm(day=services.appointments.today(), name=name, phone=phone,
                           channel="网络")


def statistics(services: Services) -> dict[str, object]:
    parties = parties_between(services, FIRST, LAST)
    calls = services.calls.calls(FIRST, LAST)
    zone = services.settings.current().zone()
    return {
        "visits": Counter((p.arrived_at.astimezone(zone).date(), p.channel, p.consultant,
                           p.size, p.kind, p.returning, p.invalid_reason) for p in parties),
        "calls": Counter((c.at.astimezone(zone).date(), c.channel, c.consultant,
                          c.competitor, c.visit_at) for c in calls),
        "rotation": list(rotation_stats_rows(services, FIRST, LAST)),
        "bar": bar_stats(services, FIRST, LAST),
        "appointments": len(services.appointments.between(FIRST, LAST)),
    }


def test_retention_anonymises_exactly_the_inactive_and_keeps_the_statistics(
        both: tuple[Services, FakeClock]) -> None:
    services, clock = both
    world = build(services, clock)
    before = statistics(services)

    with pytest.raises(PermissionDenied):
        services.privacy.preview(Actor("李经理", Role.MANAGER, account_id=2))
    preview = services.privacy.preview(admin(services))
    assert preview.days == 730
    assert [c.customer_id for c in preview.customers] == [world.old, world.old_appointment]
    first = preview.customers[0]
    assert (first.name, first.phone, first.calls, first.visits) == (
        "张伟", "138****0001", 1, 1)
    assert first.last_activity < preview.cutoff
    assert (preview.orphan_calls, preview.orphan_visits) == (1, 1)

    result = services.privacy.run_daily()
    assert result is not None
    assert sorted(result.customers) == sorted([world.old, world.old_appointment])
    assert (result.orphan_calls, result.orphan_visits) == (1, 1)
    # Once a day: the second run of the day does nothing and logs nothing.
    assert services.privacy.run_daily() is None
    assert services.privacy.preview(Actor.system("pytest")).total == 0

    gone = services.customers.get(world.old)
    assert (gone.name, gone.phone, gone.plate, gone.district) == ("", "", "", "")
    assert gone.anonymised_at == clock() and not gone.may_contact
    assert [c.phone for c in gone.calls] == [""] and gone.calls[0].questions == ""
    assert len(gone.visits) == 1 and len(gone.calls) == 1
    party = services.arrivals.get(world.old_party)
    assert (party.surname, party.phone, party.plate, party.description) == ("", "", "", "")
    assert party.channel == "网络" and party.consultant == "陈静"
    card = services.customers.vip_card(world.old)
    assert (card.area, card.notes, card.current_district) == ("120", "", "")
    assert services.customers.find_by_phone("13800000001") is None
    assert services.arrivals.get(world.no_phone_party).description == ""
    assert services.calls.get(world.competitor_call).phone == ""
    for active in (world.revisited, world.booked, world.edge):
        kept = services.customers.get(active)
        assert kept.name and kept.phone and kept.anonymised_at is None

    assert statistics(services) == before
    with services.db.read() as session:
        entries = [e for e in session.query(AuditEntry).filter(
            AuditEntry.action == "privacy.retention")]
    assert len(entries) == 1 and entries[0].actor == "auto:retention"
    assert entries[0].detail.startswith("2 customers, 1 calls, 1 visits")
    assert "张伟" not in entries[0].detail and "138" not in entries[0].detail

    # The next day's run: the customer on the edge has now been quiet too long.
    clock.advance(days=1)
    again = services.privacy.run_daily()
    assert again is not None and again.customers == (world.edge,)
    # A new call with an anonymised phone is a new customer.
    fresh = services.calls.log_call(call_form("13800000001", caller_name="张伟"))
    assert fresh.customer_id not in (None, world.old)


def test_the_setting_changes_what_is_due(both: tuple[Services, FakeClock]) -> None:
    services, clock = both
    world = build(services, clock)
    settings = services.settings.current()
    from dataclasses import replace

    services.settings.save(replace(settings, retention_days=300), manager_actor())
    due = {c.customer_id for c in services.privacy.preview(admin(services)).customers}
    # 300 days: T0's day is out, so is the edge; the visit 400 days after T0 is 331 days ago.
    assert due == {world.old, world.old_appointment, world.edge, world.revisited}
    assert world.booked not in due  # a future appointment keeps the customer
