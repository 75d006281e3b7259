"""Consent to be contacted (PIPL): recorded on the customer by the three forms, with when and
who; "not asked" never overwrites an answer; unknown counts as not agreed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reception_desk.domain.customer_records import Consent, ConsentSource, VipCardRecord
from reception_desk.domain.errors import ValidationError
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.conftest import FakeClock
from tests.services.hotline_helpers import PHONE, call_form


@pytest.fixture
def both(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    db, _ = open_database(any_db_url)
    try:
        yield Services.open(db, clock=clock)
    finally:
        db.dispose()


def _draft(phone: str = PHONE) -> PartyDraft:
    return PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone)


def test_each_form_records_consent_with_when_and_who(both: Services, clock: FakeClock) -> None:
    services = both
    call = services.calls.log_call(call_form(consent=Consent.YES), actor="前台小王")
    customer = services.customers.get(call.customer_id or 0)
    assert customer.consent is Consent.YES and customer.may_contact
    assert customer.consent_by == "前台小王" and customer.consent_at == clock()
    assert customer.consent_source is ConsentSource.CALL

    clock.advance(hours=1)
    # Not asked keeps the answer recorded before.
    services.arrivals.register(_draft(), actor="前台小李")
    assert services.customers.get(customer.id).consent_by == "前台小王"
    # A declined answer on the registration form replaces it, dated and signed.
    services.arrivals.register(_draft(), consent=Consent.NO, actor="前台小李")
    after = services.customers.get(customer.id)
    assert (after.consent, after.consent_by, after.consent_source) == (
        Consent.NO, "前台小李", ConsentSource.REGISTRATION)
    assert after.consent_at == clock() and not after.may_contact

    clock.advance(hours=1)
    card = services.customers.save_vip_card(
        customer.id, VipCardRecord(customer.id, consent=Consent.YES), actor_name="顾问陈静")
    assert card.consent is Consent.YES
    final = services.customers.get(customer.id)
    assert (final.consent_by, final.consent_source) == ("顾问陈静", ConsentSource.VIP_CARD)
    assert services.customers.vip_card(customer.id).consent is Consent.YES


def test_unknown_consent_is_not_agreed_and_a_new_customer_is_not_asked(both: Services) -> None:
    call = both.calls.log_call(call_form())
    customer = both.customers.get(call.customer_id or 0)
    assert customer.consent is Consent.UNKNOWN and not customer.may_contact
    assert customer.consent_at is None and customer.consent_by == ""


def test_consent_without_a_customer_is_refused_and_nothing_is_written(both: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        both.arrivals.register(_draft(phone=""), consent=Consent.YES)
    assert [p.field for p in caught.value.problems] == ["consent"]
    assert both.arrivals.list_day(both.arrivals.today()) == []
    with pytest.raises(ValidationError) as caught:
        both.calls.log_call(call_form(competitor=True, consent=Consent.YES))
    assert [p.field for p in caught.value.problems] == ["consent"]
    # The competitor-research call still creates no customer.
    call = both.calls.log_call(call_form(competitor=True))
    assert call.customer_id is None and both.customers.find_by_phone(PHONE) is None
