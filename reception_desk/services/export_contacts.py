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
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.privacy import MaskKind
from ..domain.roles import Permission
from ..domain.timeutil import local_day_bounds
from .context import Services
from .export import Column, Dataset, Row, register_dataset

_SOURCE = {ConsentSource.REGISTRATION: QT_TRANSLATE_NOOP("ExportContacts", "registration"),
           ConsentSource.CALL: QT_TRANSLATE_NOOP("ExportContacts", "call"),
           ConsentSource.VIP_CARD: QT_TRANSLATE_NOOP("ExportContacts", "VIP card"),
           ConsentSource.COMMAND_LINE: QT_TRANSLATE_NOOP("ExportContacts", "command line")}

CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("ExportContacts", "Name")),
    Column("phone", QT_TRANSLATE_NOOP("ExportContacts", "Phone")),
    Column("phone2", QT_TRANSLATE_NOOP("ExportContacts", "Second phone")),
    Column("channel", QT_TRANSLATE_NOOP("ExportContacts", "Channel")),
    Column("owner", QT_TRANSLATE_NOOP("ExportContacts", "Owner")),
    Column("consent_at", QT_TRANSLATE_NOOP("ExportContacts", "Agreed on"), "datetime"),
    Column("consent_by", QT_TRANSLATE_NOOP("ExportContacts", "Recorded by")),
    Column("consent_source", QT_TRANSLATE_NOOP("ExportContacts", "Recorded on")),
    Column("created_at", QT_TRANSLATE_NOOP("ExportContacts", "Created"), "datetime"),
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
    name="contacts", columns=CONTACT_COLUMNS, rows=contact_rows,
    label=QT_TRANSLATE_NOOP("Export", "Call-back list (agreed to contact)"),
    permission=Permission.EXPORT_PERSONAL,
    masks={"name": MaskKind.NAME, "phone": MaskKind.PHONE, "phone2": MaskKind.PHONE}))

__all__ = ["CONTACTS"]
