"""The hotline calls of a bulk demo day: customers new and known, competitors now and then.

Every call passes the call form's validator; a customer's call finds or creates the
customer by phone and, when a consultant is named, adds the call's ownership claim,
as the call hook does. The callers may visit on a later day (`History.calls_today`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.call_form import CallForm
from ..domain.customer_records import OwnerSource
from ..domain.customers import OwnershipClaim
from ..domain.party import Honorific
from ..store.bulk import Batch, Ids
from .valid_values import checked_call, mobile
from .visit_plan import Visitor

if TYPE_CHECKING:
    from .history import History

DESK = "前台"
#: Hotline calls a day: weekdays, weekends.
WEEKDAY_CALLS = (4, 10)
WEEKEND_CALLS = (8, 16)
COMPETITOR_CALL_SHARE = 0.1
CALL_SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高"
CALL_GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛",
              "明")
AREAS = ("89", "105", "120", "143", "168")
BUDGETS = ("200万以内", "200-300万", "300-400万", "500万以上")
LAYOUTS = ("两室", "三室", "四室")
QUESTIONS = ("询问户型和价格", "询问学区", "询问交房时间", "询问首付比例", "询问优惠活动")


def day_calls(history: History, ids: Ids, batch: Batch, day: date, touched: set[str]) -> None:
    """The day's hotline calls: customers (new or known), competitors now and then."""
    rng = history.rng
    zone = history.settings.zone()
    low, high = WEEKEND_CALLS if day.weekday() >= 5 else WEEKDAY_CALLS
    moments = sorted(datetime.combine(day, datetime.min.time(), tzinfo=zone)
                     + timedelta(hours=9, seconds=rng.randrange(9 * 3600))
                     for _ in range(rng.randint(low, high)))
    channel = "来电" if "来电" in history.channels else history.channels[0]
    known = list(history.customers.values())
    for at in moments:
        if rng.random() < COMPETITOR_CALL_SHARE:
            form = checked_call(CallForm(competitor=True, questions="询问价格和优惠",
                                         notes="同行调研"), at, history.channels)
            customer = None
        else:
            if known and rng.random() < 0.25:
                before = known[rng.randrange(len(known))]
                phone, name = before.phone, before.name
            else:
                phone = mobile(rng, None)
                name = rng.choice(CALL_SURNAMES) + rng.choice(CALL_GIVEN)
            honorific = rng.choice((Honorific.MR, Honorific.MS))
            form = checked_call(CallForm(
                phone=phone, caller_name=name, area=rng.choice(AREAS),
                budget=rng.choice(BUDGETS), layout=rng.choice(LAYOUTS), channel=channel,
                questions=rng.choice(QUESTIONS),
                consultant_id=rng.choice(history.roster)), at, history.channels)
            customer = history.customer(ids, batch, form.phone, form.caller_name,
                                      honorific.value, form.channel, "", at)
            touched.add(form.phone)
            if form.consultant_id is not None:
                customer.claims.append(OwnershipClaim(form.consultant_id, OwnerSource.CALL,
                                                      at))
            history.callers.append(Visitor(form.phone, form.caller_name[:1], honorific,
                                        form.channel))
        batch.add("calls", {
            "id": ids.take("calls"), "at": at,
            "customer_id": customer.id if customer else None,
            "caller_name": form.caller_name, "honorific": "" if customer is None
            else honorific.value, "phone": form.phone, "phone2": form.phone2,
            "address": form.address, "area": form.area, "budget": form.budget,
            "layout": form.layout, "floor": form.floor, "channel": form.channel,
            "questions": form.questions, "consultant_id": form.consultant_id,
            "visit_at": None, "notes": form.notes, "competitor": form.competitor,
            "non_customer": form.non_customer, "actor": DESK, "demo": True})
        history.calls += 1
