"""Every record a form edits is versioned (issue 11): a save over a newer version is
refused with who changed what, on SQLite and on PostgreSQL; a save from the current
version lands and raises the version."""

from __future__ import annotations

import pytest

from reception_desk.domain.bar import DrinkCategory
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.edits import StaleEditError
from reception_desk.domain.roles import Actor, Role
from reception_desk.services.context import Services
from reception_desk.startup import open_database


def pc(name: str) -> Actor:
    return Actor(name=name, role=Role.ADMIN, unrestricted=True)


@pytest.fixture
def two_pcs(any_db_url: str):
    db, _ = open_database(any_db_url)
    yield Services.open(db), Services.open(db)
    db.dispose()


def test_consultant(two_pcs: tuple[Services, Services]) -> None:
    a, b = two_pcs
    chen = a.rotation.save_consultant(ConsultantDraft("陈静", "XS001"), actor=pc("前台"))
    assert chen.version == 1
    a.rotation.save_consultant(ConsultantDraft("陈静", "XS001", phone="13812345678"), chen.id,
                               actor=pc("李经理"), version=1)
    with pytest.raises(StaleEditError) as refused:
        b.rotation.save_consultant(ConsultantDraft("陈静", "XS009"), chen.id, actor=pc("王总"),
                                   version=1)
    assert [(e.actor, [(c.field, c.new) for c in e.changes]) for e in refused.value.edits] \
        == [("李经理", [("Phone", "13812345678")])]
    assert b.rotation.consultants()[0].staff_no == "XS001"
    saved = b.rotation.save_consultant(ConsultantDraft("陈静", "XS009", "13812345678"), chen.id,
                                       actor=pc("王总"), version=refused.value.current)
    assert (saved.staff_no, saved.version) == ("XS009", 3)


def test_stock_item_and_drink(two_pcs: tuple[Services, Services]) -> None:
    a, b = two_pcs
    tea = a.stock.save_item("龙井茶叶", "克", 50, quantity=500, actor=pc("水吧"))
    a.stock.save_item("龙井茶叶", "克", 80, item_id=tea.id, actor=pc("水吧"), version=1)
    with pytest.raises(StaleEditError) as refused:
        b.stock.save_item("龙井", "克", 50, item_id=tea.id, actor=pc("李经理"), version=1)
    assert refused.value.edits[0].changes[0].field == "Low-stock level"
    assert b.stock.items()[0].name == "龙井茶叶"

    menu = a.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea.id, 5)], actor=pc("水吧"))
    a.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea.id, 5)], False, menu.id,
                         actor=pc("水吧"), version=1)
    with pytest.raises(StaleEditError) as refused:
        b.bar.save_menu_item("西湖龙井", DrinkCategory.TEA, [(tea.id, 5)], True, menu.id,
                             actor=pc("李经理"), version=1)
    assert [c.field for c in refused.value.edits[0].changes] == ["Available"]
    assert b.bar.menu()[0].name == "龙井"


def test_vip_card(two_pcs: tuple[Services, Services]) -> None:
    from dataclasses import replace

    from tests.services.hotline_helpers import call_form

    a, b = two_pcs
    customer_id = a.calls.log_call(call_form(area="120")).customer_id
    assert customer_id is not None
    card_a, card_b = a.customers.vip_card(customer_id), b.customers.vip_card(customer_id)
    assert card_a.version == 0  # pre-filled from the call, not saved yet
    a.customers.save_vip_card(customer_id, replace(card_a, budget="500万"), "李经理",
                              check_version=True)
    with pytest.raises(StaleEditError) as refused:
        b.customers.save_vip_card(customer_id, replace(card_b, layout="四室"), "前台",
                                  check_version=True)
    assert refused.value.edits[0].actor == "李经理"
    assert ("Budget", "", "500万") in [(c.field, c.old, c.new)
                                       for c in refused.value.edits[0].changes]
    assert b.customers.vip_card(customer_id).layout == ""


def test_reception_request_draft(two_pcs: tuple[Services, Services]) -> None:
    from dataclasses import replace

    from tests.services.request_helpers import full_form, make_actors

    a, b = two_pcs
    host = make_actors(a.db)["host"]
    draft = a.requests.save_draft(host, full_form())
    a.requests.save_draft(host, replace(full_form(), meals="午餐 6 人"), draft.id,
                          version=draft.version)
    with pytest.raises(StaleEditError) as refused:
        b.requests.save_draft(host, replace(full_form(), lodging="酒店"), draft.id,
                              version=draft.version)
    assert [(c.field, c.new) for c in refused.value.edits[0].changes] == [("Meals", "午餐 6 人")]
    assert b.requests.get(draft.id).form.lodging == "无"


def test_site_settings(two_pcs: tuple[Services, Services]) -> None:
    from dataclasses import replace

    a, b = two_pcs
    read_a, read_b = a.settings.version(), b.settings.version()
    a.settings.save(replace(a.settings.current(), wait_alert_minutes=5), pc("李经理"),
                    version=read_a)
    with pytest.raises(StaleEditError) as refused:
        b.settings.save(replace(b.settings.current(), site_name="滨江"), pc("王总"),
                        version=read_b)
    assert [(c.field, c.new) for c in refused.value.edits[0].changes] \
        == [("wait_alert_minutes", "5")]
    b.settings._cache = None
    assert b.settings.current().wait_alert_minutes == 5
    assert b.settings.current().site_name != "滨江"
