"""The `contacts` export: the call-back list (回访名单), only customers who agreed.

A customer is on it only with consent "agreed" recorded (not asked counts as no,
PIPL) and personal data still held (not anonymised). The period selects the
customers created or updated in it, as for `customers`; the consent columns say
when and by whom the agreement was recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.customer_records import ConsentSource
from ..domain.privacy import MaskKind
from ..domain.roles import Permission
from ..domain.timeutil import local_day_bounds
from .context import Services
from .export import Column, Dataset, Localized, Row, register_dataset

_SOURCE = {ConsentSource.REGISTRATION: Localized("到访登记", "registration"),
           ConsentSource.CALL: Localized("来电登记", "call"),
           ConsentSource.VIP_CARD: Localized("VIP资料卡", "VIP card"),
           ConsentSource.COMMAND_LINE: Localized("命令行", "command line")}

CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("name", "姓名", "Name"),
    Column("phone", "电话", "Phone"),
    Column("phone2", "备用电话", "Second phone"),
    Column("channel", "获知渠道", "Channel"),
    Column("owner", "归属顾问", "Owner"),
    Column("consent_at", "同意联系时间", "Agreed on", "datetime"),
    Column("consent_by", "记录人", "Recorded by"),
    Column("consent_source", "记录于", "Recorded on"),
    Column("created_at", "建档时间", "Created", "datetime"),
)


def contact_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    for customer in services.customers.contactable(start, end):
        yield {
            "name": customer.display_name, "phone": customer.phone,
            "phone2": customer.phone2, "channel": customer.channel,
            "owner": customer.owner_name, "consent_at": customer.consent_at,
            "consent_by": customer.consent_by,
            "consent_source": _SOURCE.get(customer.consent_source),
            "created_at": customer.created_at,
        }


CONTACTS = register_dataset(Dataset(
    name="contacts", columns=CONTACT_COLUMNS, rows=contact_rows, title_zh="回访名单（同意联系）",
    title_en="Call-back list (agreed to contact)", permission=Permission.EXPORT_PERSONAL,
    masks={"name": MaskKind.NAME, "phone": MaskKind.PHONE, "phone2": MaskKind.PHONE}))

__all__ = ["CONTACTS"]
