"""The request form's rules: required fields per level, values, notice period, capacity."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest

from reception_desk.domain.errors import FieldProblem
from reception_desk.domain.reception_request import (
    FeedbackForm,
    Guest,
    ItineraryItem,
    Level,
    RequestForm,
)
from reception_desk.domain.request_rules import (
    REQUIRED_FIELDS,
    OtherRequest,
    capacity_warning,
    notice_days,
    notice_shortfall,
    storage_problems,
    validate_feedback,
    validate_request,
)
from reception_desk.domain.site_settings import SiteSettings

BJ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)   # Saturday 10:00 in Beijing
SETTINGS = SiteSettings()


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BJ)


def full_form(level: Level = Level.A, **changes: Any) -> RequestForm:
    """A complete level-A request arriving on Tuesday 1 December (3 days' notice)."""
    form = RequestForm(
        level=level, host="刘经理", department="营销部", organisation="华润置地华南大区",
        guests=(Guest("张伟", "副总裁", "138 1234 5678"), Guest("李娜", "采购总监")),
        headcount=2, purpose="供应商考察", arrival_at=at(1, 9), departure_at=at(1, 17),
        itinerary=(ItineraryItem(at(1, 9, 30), "沙盘讲解", "营销中心", "刘经理"),
                   ItineraryItem(at(1, 12), "午餐", "公司餐厅", ends_at=at(1, 13))),
        route="营销中心-样板房-工地", meals="午餐 4 人", lodging="无", vehicle="机场接机",
        budget=3000.0)
    return replace(form, **changes)


def fields(problems: list[FieldProblem]) -> set[str]:
    return {p.field for p in problems}


def submit_problems(form: RequestForm, now: datetime = NOW,
                    settings: SiteSettings = SETTINGS) -> list[FieldProblem]:
    return validate_request(form, settings, now, for_submit=True)


@pytest.mark.parametrize("level", list(Level))
def test_a_complete_form_passes_at_every_level(level: Level) -> None:
    assert submit_problems(full_form(level)) == []


@pytest.mark.parametrize("level", list(Level))
def test_an_empty_form_lists_each_required_field_of_its_level(level: Level) -> None:
    problems = submit_problems(RequestForm(level=level))
    assert fields(problems) == set(REQUIRED_FIELDS[level])
    assert all(p.text() for p in problems)


def test_level_table_grows_from_c_to_a() -> None:
    assert REQUIRED_FIELDS[Level.C] < REQUIRED_FIELDS[Level.B] < REQUIRED_FIELDS[Level.A]
    assert {"guests", "itinerary"} <= REQUIRED_FIELDS[Level.B] - REQUIRED_FIELDS[Level.C]
    assert {"route", "meals", "lodging", "vehicle"} <= \
        REQUIRED_FIELDS[Level.A] - REQUIRED_FIELDS[Level.B]


@pytest.mark.parametrize("name", ["host", "department", "organisation", "purpose", "route"])
def test_blank_text_counts_as_missing(name: str) -> None:
    assert fields(submit_problems(full_form(Level.A, **{name: "   "}))) == {name}


def test_a_draft_may_miss_anything() -> None:
    assert validate_request(RequestForm(), SETTINGS, NOW, for_submit=False) == []
    assert validate_request(RequestForm(level=Level.A, organisation="万科"), SETTINGS, NOW,
                            for_submit=False) == []


@pytest.mark.parametrize(("headcount", "ok"), [(0, False), (1, True), (200, True),
                                               (201, False), (-3, False)])
def test_headcount_range(headcount: int, ok: bool) -> None:
    form = full_form(Level.C, guests=(), headcount=headcount)
    assert ("headcount" not in fields(submit_problems(form))) is ok


def test_headcount_must_match_the_guest_list() -> None:
    problems = submit_problems(full_form(headcount=3))
    assert fields(problems) == {"headcount"}
    assert problems[0].params == {"headcount": 3, "guests": 2}


def test_headcount_of_the_wrong_type_never_crashes() -> None:
    form = full_form(headcount="三")
    assert "headcount" in fields(storage_problems(form))
    assert "headcount" in fields(submit_problems(form))


def test_departure_must_be_after_arrival() -> None:
    assert fields(submit_problems(full_form(departure_at=at(1, 9), itinerary=()
                                            , level=Level.C))) == {"departure_at"}
    assert "departure_at" in fields(validate_request(
        RequestForm(arrival_at=at(2, 9), departure_at=at(1, 9)), SETTINGS, NOW,
        for_submit=False))


def test_itinerary_items_must_lie_inside_the_visit() -> None:
    early = ItineraryItem(at(1, 8), "接机")
    late = ItineraryItem(at(1, 16), "座谈", ends_at=at(1, 18))
    problems = submit_problems(full_form(itinerary=(early, late)))
    assert fields(problems) == {"itinerary.0.starts_at", "itinerary.1.starts_at"}
    assert problems[1].params == {"n": 2}


def test_itinerary_items_at_the_exact_edges_are_inside() -> None:
    edges = (ItineraryItem(at(1, 9), "到达"), ItineraryItem(at(1, 16), "送别", ends_at=at(1, 17)))
    assert submit_problems(full_form(itinerary=edges)) == []


def test_itinerary_item_needs_an_activity_and_must_end_after_it_starts() -> None:
    bad = ItineraryItem(at(1, 10), " ", ends_at=at(1, 10))
    assert fields(submit_problems(full_form(itinerary=(bad,)))) == {
        "itinerary.0.activity", "itinerary.0.ends_at"}


def test_guest_phone_must_be_valid() -> None:
    guests = (Guest("张伟", "副总裁", "12345"), Guest("李娜", "采购总监", "+86 139-0000-1111"))
    problems = submit_problems(full_form(guests=guests))
    assert fields(problems) == {"guests.0.phone"}
    assert problems[0].params == {"phone": "12345"}


def test_guests_of_a_and_b_need_titles_but_not_of_c() -> None:
    guests = (Guest("张伟"), Guest("李娜", "采购总监"))
    for level in (Level.A, Level.B):
        assert fields(submit_problems(full_form(level, guests=guests))) == {"guests.0.title"}
    assert submit_problems(full_form(Level.C, guests=guests)) == []


def test_every_guest_needs_a_name() -> None:
    guests = (Guest(""), Guest("李娜"))
    assert fields(submit_problems(full_form(Level.C, guests=guests))) == {"guests.0.name"}


@pytest.mark.parametrize(("budget", "ok"), [(0.0, True), (12.5, True), (-1.0, False),
                                            (float("nan"), False), (float("inf"), False)])
def test_budget_is_an_amount_of_zero_or_more(budget: float, ok: bool) -> None:
    assert ("budget" not in fields(submit_problems(full_form(budget=budget)))) is ok


def test_text_lengths_are_limited_even_in_a_draft() -> None:
    form = RequestForm(organisation="单" * 101, host="名" * 41,
                       guests=(Guest("张" * 41, "职" * 61),),
                       itinerary=(ItineraryItem(at(1, 9), "活" * 201),))
    assert fields(storage_problems(form)) == {
        "organisation", "host", "guests.0.name", "guests.0.title", "itinerary.0.activity"}
    assert fields(validate_request(form, SETTINGS, NOW, for_submit=False)) >= fields(
        storage_problems(form))
    assert storage_problems(RequestForm(organisation="单" * 100)) == []


def test_a_time_without_zone_cannot_be_stored() -> None:
    naive = datetime(2026, 12, 1, 9, 0)
    assert fields(storage_problems(RequestForm(arrival_at=naive))) == {"arrival_at"}
    assert fields(storage_problems(RequestForm(itinerary=(ItineraryItem(naive, "x"),)))) == {
        "itinerary.0.starts_at"}
    # ...and the full check does not crash comparing it
    submit_problems(full_form(arrival_at=naive))


def test_an_unknown_level_is_refused() -> None:
    # A level no version knows, as a damaged row could hold.
    assert "level" in fields(storage_problems(RequestForm(level=cast(Level, "D"))))


def test_an_arrival_in_the_past_cannot_be_submitted() -> None:
    form = full_form(Level.C, arrival_at=NOW - timedelta(hours=1), itinerary=(),
                     short_notice_reason="补录")
    assert fields(submit_problems(form)) == {"arrival_at"}


# -- notice period --------------------------------------------------------------------

def test_notice_days_come_from_the_settings() -> None:
    assert [notice_days(level, SETTINGS) for level in Level] == [3, 2, 1]
    custom = replace(SETTINGS, notice_days_a=5, notice_days_c=0)
    assert notice_days(Level.A, custom) == 5
    assert notice_days(Level.C, custom) == 0


@pytest.mark.parametrize(("level", "enough_day", "short_day"), [
    (Level.A, 1, 30), (Level.B, 30, 29), (Level.C, 29, 28)])
def test_notice_period_boundary_per_level(level: Level, enough_day: int, short_day: int) -> None:
    """Saturday 28 November: A needs Tuesday 1 December, B Monday 30, C Sunday 29."""
    month_of = {1: 12, 28: 11, 29: 11, 30: 11}
    enough = at(enough_day, 0, 0, month_of[enough_day])          # first minute of the day
    short = at(short_day, 23, 59, month_of[short_day])           # last minute of the day before
    form = full_form(level, itinerary=(), guests=(), arrival_at=enough,
                     departure_at=enough + timedelta(hours=20))
    if level is not Level.C:
        form = replace(form, itinerary=(ItineraryItem(enough + timedelta(hours=1), "参观"),),
                       guests=(Guest("张伟", "总经理"),), headcount=1)
    assert notice_shortfall(form, SETTINGS, NOW) is None
    assert submit_problems(form) == []
    assert form.departure_at is not None
    short_form = replace(form, arrival_at=short, departure_at=form.departure_at - (enough - short),
                         itinerary=tuple(replace(i, starts_at=i.starts_at - (enough - short))
                                         for i in form.itinerary))
    shortfall = notice_shortfall(short_form, SETTINGS, NOW)
    assert shortfall is not None and shortfall.required == notice_days(level, SETTINGS)
    assert shortfall.given == notice_days(level, SETTINGS) - 1
    assert fields(submit_problems(short_form)) == {"arrival_at", "short_notice_reason"}
    assert submit_problems(replace(short_form, short_notice_reason="客户临时改期")) == []
    assert enough - short == timedelta(minutes=1)   # a minute apart, across midnight


def test_same_day_visit_of_level_c_needs_a_reason() -> None:
    form = full_form(Level.C, arrival_at=NOW + timedelta(hours=2),
                     departure_at=NOW + timedelta(hours=4), itinerary=())
    problems = submit_problems(form)
    assert fields(problems) == {"arrival_at", "short_notice_reason"}
    assert problems[1].params == {"level": "C", "required": 1, "given": 0}


def test_zero_notice_setting_needs_no_reason() -> None:
    form = full_form(Level.C, arrival_at=NOW + timedelta(hours=2),
                     departure_at=NOW + timedelta(hours=4), itinerary=())
    assert submit_problems(form, settings=replace(SETTINGS, notice_days_c=0)) == []


def test_notice_is_not_checked_for_a_draft() -> None:
    form = full_form(Level.A, arrival_at=at(29, 9, month=11), departure_at=at(29, 17, month=11),
                     itinerary=())
    assert validate_request(form, SETTINGS, NOW, for_submit=False) == []


# -- capacity ------------------------------------------------------------------------

DAY = date(2026, 12, 1)
OTHERS = [OtherRequest("JD20261125-01", "万科集团"), OtherRequest("JD20261126-02", "碧桂园")]


def test_capacity_zero_means_no_limit() -> None:
    assert capacity_warning(Level.C, DAY, OTHERS * 10, SETTINGS) is None  # C: 0 by default
    assert capacity_warning(Level.B, DAY, OTHERS * 10, replace(SETTINGS, capacity_b=0)) is None


def test_capacity_defaults_are_the_procedures_a_one_b_four_c_unlimited() -> None:
    assert (SETTINGS.capacity_a, SETTINGS.capacity_b, SETTINGS.capacity_c) == (1, 4, 0)
    assert capacity_warning(Level.A, DAY, [], SETTINGS) is None
    assert capacity_warning(Level.A, DAY, OTHERS[:1], SETTINGS) is not None  # a second A
    assert capacity_warning(Level.B, DAY, OTHERS + OTHERS[:1], SETTINGS) is None  # 4th of 4
    assert capacity_warning(Level.B, DAY, OTHERS * 2, SETTINGS) is not None  # a fifth B


def test_capacity_warns_over_the_limit_and_names_the_others() -> None:
    settings = replace(SETTINGS, capacity_a=1, capacity_b=3)
    assert capacity_warning(Level.A, DAY, [], settings) is None
    warning = capacity_warning(Level.A, DAY, OTHERS[:1], settings)
    assert warning is not None
    assert "JD20261125-01 万科集团" in warning.text()
    assert warning.params["limit"] == 1 and warning.params["day"] == "2026-12-01"
    assert capacity_warning(Level.B, DAY, OTHERS, settings) is None   # third of three
    warning = capacity_warning(Level.B, DAY, OTHERS * 2, settings)
    assert warning is not None and warning.params["count"] == 4
    assert "碧桂园" in warning.text()


def test_capacity_message_reads_right_for_one_visit_and_for_several() -> None:
    one = capacity_warning(Level.A, DAY, OTHERS[:1], SETTINGS)
    assert one is not None
    assert one.text().startswith("Level A allows 1 visit a day; 2026-12-01 already has 1: ")
    several = capacity_warning(Level.B, DAY, OTHERS * 2, SETTINGS)
    assert several is not None
    assert several.text().startswith("Level B allows 4 visits a day; 2026-12-01 already has 4: ")


# -- feedback ------------------------------------------------------------------------

def test_feedback_needs_a_summary_and_bounded_text() -> None:
    assert [p.field for p in validate_feedback(FeedbackForm())] == ["summary"]
    assert validate_feedback(FeedbackForm(summary="参观顺利，客户满意")) == []
    too_long = FeedbackForm(summary="好", follow_up="跟" * 2001)
    assert [p.field for p in validate_feedback(too_long)] == ["follow_up"]
    assert validate_feedback(None) != []
