"""The masking rule per role and purpose, and the masks themselves."""

from __future__ import annotations

import pytest

from reception_desk.domain.privacy import (
    MaskKind,
    Purpose,
    mask_name,
    mask_phones_in_text,
    mask_plate,
    mask_row,
    may_see_full,
    short_name,
    shown_name,
    shown_phone,
)
from reception_desk.domain.roles import Actor, Role

RECEPTIONIST = Actor("小李", Role.RECEPTIONIST, account_id=1)
BAR = Actor("小张", Role.BAR, account_id=2)
MANAGER = Actor("王经理", Role.MANAGER, account_id=3)
ADMIN = Actor("管理员", Role.ADMIN, account_id=4)
SYSTEM = Actor.system("ops")


@pytest.mark.parametrize("viewer, purpose, full", [
    # The bar and the shared board never show a full phone, whoever looks.
    *((v, Purpose.BAR, False) for v in (None, RECEPTIONIST, BAR, MANAGER, ADMIN, SYSTEM)),
    *((v, Purpose.BOARD, False) for v in (None, RECEPTIONIST, BAR, MANAGER, ADMIN, SYSTEM)),
    # A customer's own record, a sheet, an export: a manager's or admin's work needs it.
    *((v, p, True) for v in (MANAGER, ADMIN)
      for p in (Purpose.CUSTOMER_RECORD, Purpose.SHEET, Purpose.EXPORT)),
    *((v, p, False) for v in (None, RECEPTIONIST, BAR)
      for p in (Purpose.CUSTOMER_RECORD, Purpose.SHEET, Purpose.EXPORT)),
    # The command line's OS user may run exports, but nobody approved full values.
    (SYSTEM, Purpose.EXPORT, False),
    (SYSTEM, Purpose.SHEET, False),
    (SYSTEM, Purpose.CUSTOMER_RECORD, False),
])
def test_the_rule_per_role_and_purpose(viewer: Actor | None, purpose: Purpose,
                                       full: bool) -> None:
    assert may_see_full(viewer, purpose) is full
    expected = "13812345678" if full else "138****5678"
    assert shown_phone("13812345678", viewer, purpose) == expected


def test_a_purpose_may_be_given_by_its_name() -> None:
    assert may_see_full(MANAGER, "export")
    with pytest.raises(ValueError):
        may_see_full(MANAGER, "everything")


def test_a_manager_without_an_account_still_counts_by_role() -> None:
    assert may_see_full(Actor("王经理", Role.MANAGER), Purpose.EXPORT)


@pytest.mark.parametrize("name, masked", [
    ("张伟", "张*"),
    ("欧阳娜娜", "欧阳**"),
    ("王先生", "王先生"),
    ("欧阳女士", "欧阳女士"),
    ("王", "王"),
    ("", ""),
    ("John Smith", "J*** *****"),
])
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_short_name_for_the_bar() -> None:
    assert short_name("王先生") == "王先生"
    assert short_name("张伟", "女士") == "张女士"
    assert short_name("张伟") == "张*"
    assert short_name("欧阳娜娜", "女士") == "欧阳女士"


def test_names_show_in_full_on_screens_and_sheets_but_not_at_the_bar() -> None:
    for viewer in (None, RECEPTIONIST, MANAGER):
        assert shown_name("张伟", viewer, Purpose.BOARD) == "张伟"
        assert shown_name("张伟", viewer, Purpose.SHEET) == "张伟"
        assert shown_name("张伟", viewer, Purpose.BAR) == "张*"
    assert shown_name("张伟", MANAGER, Purpose.EXPORT) == "张伟"
    assert shown_name("张伟", SYSTEM, Purpose.EXPORT) == "张*"
    assert shown_name("张伟", None, Purpose.EXPORT) == "张*"


def test_mask_plate() -> None:
    assert mask_plate("粤B12345") == "粤B***45"
    assert mask_plate("京A·D1234") == "京A****34"
    assert mask_plate("粤B1") == "粤B1"


@pytest.mark.parametrize("text, masked", [
    ("merged customer 7 (张伟 13812345678) into 3", "merged customer 7 (张伟 138****5678) into 3"),
    ("call back 138 1234 5678 today", "call back 138****5678 today"),
    ("+86 138-1234-5678", "138****5678"),
    ("landline 010-12345678", "landline 010****5678"),
    ("order 12345678901234 stays", "order 12345678901234 stays"),
    ("no numbers", "no numbers"),
])
def test_phones_inside_free_text(text: str, masked: str) -> None:
    assert mask_phones_in_text(text) == masked


def test_mask_row_only_touches_the_named_columns() -> None:
    row = {"name": "张伟", "phone": "13812345678", "phone2": "", "plate": "粤B12345",
           "notes": "手机 13912345678", "size": 3, "budget": "300万"}
    masks = {"name": MaskKind.NAME, "phone": MaskKind.PHONE, "phone2": MaskKind.PHONE,
             "plate": MaskKind.PLATE, "notes": MaskKind.TEXT, "size": MaskKind.TEXT}
    assert mask_row(row, masks) == {
        "name": "张*", "phone": "138****5678", "phone2": "", "plate": "粤B***45",
        "notes": "手机 139****5678", "size": 3, "budget": "300万"}
