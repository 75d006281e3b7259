"""The services no window needs for its first paint are built on first use (issue 14:
start-up), once, and none of them subscribes to the bus: one built late would miss
the events published before it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from reception_desk.services.context import OnFirstUse, Services

ON_FIRST_USE = sorted(name for name, value in vars(Services).items()
                      if isinstance(value, OnFirstUse))


def test_a_desk_opens_without_the_services_its_windows_do_not_need(
        any_services: Services) -> None:
    assert {"accounts", "requests", "customers", "privacy", "backup"} <= set(ON_FIRST_USE)
    assert not set(vars(any_services)) & set(ON_FIRST_USE)


def test_services_built_on_first_use_subscribe_to_nothing(any_services: Services) -> None:
    listeners = list(any_services.bus._listeners)
    for name in ON_FIRST_USE:
        assert getattr(any_services, name) is not None
    assert any_services.bus._listeners == listeners


def test_each_service_is_built_once_however_many_ask_first(any_services: Services) -> None:
    with ThreadPoolExecutor(8) as pool:
        asked = list(pool.map(lambda _: any_services.customers, range(32)))
    assert all(service is asked[0] for service in asked)
    assert any_services.customers is asked[0]
    assert any_services.appointments.check_in_steps == [any_services._request_arrived]
