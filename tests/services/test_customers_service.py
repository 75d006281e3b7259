"""Customers: one record per phone across calls and visits, search, VIP card, merge."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from reception_desk.domain.customer_records import Consent, OwnerSource, Purpose, VipCardRecord
from reception_desk.domain.errors import ValidationError
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.roles import Actor, PermissionDenied, Role
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.store.models import Party
from reception_desk.store.models_people import AuditEntry
from tests.conftest import manager_actor
from tests.services.hotline_helpers import PHONE, add_consultant, call_form

if TYPE_CHECKING:
    from tests.conftest import FakeClock


def walk_in(services: Services, surname: str = "王", phone: str = "", plate: str = "") -> int:
    return services.arrivals.register(PartyDraft(
        surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone, plate=plate)).id


def test_a_visit_with_a_phone_links_the_party_to_its_customer(services: Services) -> None:
    services.calls.log_call(call_form())
    party_id = walk_in(services, "张", PHONE, plate="京A12345")
    customer = services.customers.customer_for_party(party_id)
    assert customer is not None and customer.name == "张伟" and customer.plate == "京A12345"
    assert [v.party_id for v in customer.visits] == [party_id]
    assert len(customer.calls) == 1
    assert services.customers.customer_for_party(walk_in(services, "李")) is None


def test_search_by_pinyin_initials_phone_part_and_plate(services: Services) -> None:
    services.calls.log_call(call_form(caller_name="张伟"))
    services.calls.log_call(call_form("13900001111", caller_name="王芳"))
    walk_in(services, "赵", "13700002222", plate="沪B88888")
    assert [c.name for c in services.customers.search("zw")] == ["张伟"]
    assert [c.name for c in services.customers.search("5678")] == ["张伟"]
    assert [c.name for c in services.customers.search("wangf")] == ["王芳"]
    assert [c.name for c in services.customers.search("沪b888")] == ["赵"]
    assert services.customers.search("  ") == []


def test_a_visit_received_by_a_consultant_owns_the_customer_for_15_days(
        services: Services, clock: FakeClock) -> None:
    chen = add_consultant(services, "陈静", "XS001")
    party_id = walk_in(services, "张", PHONE)
    with services.db.write() as session:  # what the rotation's assignment records
        party = session.get(Party, party_id)
        assert party is not None
        party.consultant_id = party.owner_id = chen
    owner = services.customers.find_by_phone(PHONE).ownership
    assert owner is not None and owner.owner_name == "陈静" and owner.source is OwnerSource.VISIT
    services.arrivals.move(party_id, Stage.DEPARTED)
    clock.advance(days=15)
    assert services.customers.find_by_phone(PHONE).owner_id == chen
    clock.advance(seconds=1)
    assert services.customers.find_by_phone(PHONE).ownership is None


def test_the_vip_card_is_prefilled_from_calls_then_saved(services: Services) -> None:
    record = services.calls.log_call(call_form(area="120", budget="500万", layout="四室",
                                               address="海淀区"))
    customer_id = record.customer_id or 0
    card = services.customers.vip_card(customer_id)
    assert not card.saved
    assert (card.area, card.budget, card.layout, card.current_district) == (
        "120", "500万", "四室", "海淀区")
    saved = services.customers.save_vip_card(customer_id, VipCardRecord(
        customer_id, area="130", purpose=Purpose.SCHOOL_DISTRICT, household_size=4,
        consent=Consent.YES), actor_name="前台")
    assert saved.saved and saved.updated_by == "前台"
    again = services.customers.vip_card(customer_id)
    assert again.area == "130" and again.purpose is Purpose.SCHOOL_DISTRICT
    assert again.household_size == 4 and again.consent is Consent.YES
    with pytest.raises(ValidationError) as caught:
        services.customers.save_vip_card(customer_id, VipCardRecord(
            customer_id, area="1" * 21, household_size=0))
    assert {p.field for p in caught.value.problems} == {"area", "household_size"}
    assert services.customers.vip_card(customer_id).area == "130"


def test_merging_moves_calls_and_visits_and_is_audited(
        services: Services, clock: FakeClock) -> None:
    keep = services.calls.log_call(call_form(caller_name="张伟")).customer_id or 0
    other_call = services.calls.log_call(call_form("13900001111", caller_name="张伟"))
    gone = other_call.customer_id or 0
    party_id = walk_in(services, "张", "13900001111")
    receptionist = Actor("小王", Role.RECEPTIONIST, account_id=7)
    with pytest.raises(PermissionDenied):
        services.customers.merge(receptionist, keep, gone)
    merged = services.customers.merge(manager_actor(), keep, gone)
    assert merged.phone2 == "13900001111"
    assert {c.id for c in merged.calls} >= {other_call.id}
    assert [v.party_id for v in merged.visits] == [party_id]
    assert services.customers.get(gone).id == keep  # the merged id leads to the kept record
    assert services.customers.find_by_phone("13900001111").id == keep
    with services.db.read() as session:
        entries = list(session.scalars(select(AuditEntry).where(
            AuditEntry.action == "customer.merge")))
    assert [(e.actor, e.target) for e in entries] == [("李经理", f"customer:{keep}")]


def test_release_expired_clears_stored_owners(services: Services, clock: FakeClock) -> None:
    chen = add_consultant(services, "陈静", "XS001")
    customer_id = services.calls.log_call(call_form(consultant_id=chen)).customer_id
    assert services.customers.release_expired(clock.now + timedelta(days=7)) == []
    assert services.customers.release_expired(clock.now + timedelta(days=8)) == [customer_id]
