"""Small shared pieces of the hotline windows: labels, time text, read-only tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain import privacy
from ...domain.customer_records import (
    APPOINTMENT_STATUS_LABELS,
    CONFLICT_LABELS,
    PURPOSE_LABELS,
    AppointmentSource,
    AppointmentStatus,
    Conflict,
    CustomerRecord,
    Purpose,
)
from ...domain.i18n import QT_TRANSLATE_NOOP
from ...domain.roles import Actor
from ...services.rotation import RotationService

translate = QCoreApplication.translate

#: Where an appointment came from (the Source column).
SOURCE_LABELS: dict[AppointmentSource, str] = {
    AppointmentSource.CALL: QT_TRANSLATE_NOOP("Hotline", "Call"),
    AppointmentSource.IMPORT: QT_TRANSLATE_NOOP("Hotline", "Import"),
    AppointmentSource.REQUEST: QT_TRANSLATE_NOOP("Hotline", "Request"),
    AppointmentSource.MANUAL: QT_TRANSLATE_NOOP("Hotline", "Desk"),
}


def source_label(source: AppointmentSource) -> str:
    return translate("Hotline", SOURCE_LABELS[source])


def purpose_label(purpose: Purpose) -> str:
    return translate("Purpose", PURPOSE_LABELS[purpose])


def conflict_label(conflict: Conflict) -> str:
    return translate("Conflict", CONFLICT_LABELS[conflict])


def status_label(status: AppointmentStatus) -> str:
    return translate("AppointmentStatus", APPOINTMENT_STATUS_LABELS[status])


def local_text(moment: datetime | None, zone: ZoneInfo, fmt: str = "%H:%M") -> str:
    return moment.astimezone(zone).strftime(fmt) if moment is not None else ""


def owner_text(customer: CustomerRecord, zone: ZoneInfo) -> str:
    """"李娜 · until 12-05" or "open pool" (归属 / 公共池)."""
    if customer.ownership is None:
        return QCoreApplication.translate("Hotline", "open pool")
    return QCoreApplication.translate("Hotline", "%1 · until %2").replace(
        "%1", customer.owner_name or "?").replace(
        "%2", local_text(customer.ownership.until, zone, "%m-%d %H:%M"))


def viewer() -> Actor | None:
    """Who looks at this PC now: the signed-in person (None at the shared desk)."""
    from ..accounts import SignInSession

    return SignInSession.instance().actor()


def phones_text(customer: CustomerRecord,
                showing: privacy.Purpose = privacy.Purpose.CUSTOMER_RECORD) -> str:
    """The customer's phones as the person at this PC may see them (domain/privacy.py):
    in full for a signed-in manager or admin looking at the record, masked otherwise."""
    return phones_seen_by(viewer(), customer, showing)


def phones_seen_by(who: Actor | None, customer: CustomerRecord,
                   showing: privacy.Purpose = privacy.Purpose.CUSTOMER_RECORD) -> str:
    """`phones_text` for a viewer already known (a list asks `viewer()` once)."""
    return " / ".join(privacy.shown_phone(p, who, showing)
                      for p in (customer.phone, customer.phone2) if p)


def make_table(headers: Sequence[str], name: str, parent: QWidget | None = None) -> QTableWidget:
    """A read-only, row-selecting table with a stretching last column."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(28)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]],
               colours: Sequence[str | None] | None = None) -> None:
    """Replace the table's rows; a colour per row paints its text (warnings in red).

    The view hears of the new cells once, not once a cell: each notice made it work
    out the cell's place to repaint (a few milliseconds for a list of fifty)."""
    table.setRowCount(len(rows))
    model = table.model()
    model.blockSignals(True)
    try:
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if colours is not None and colours[r]:
                    item.setForeground(QColor(colours[r]))
                table.setItem(r, c, item)
    finally:
        model.blockSignals(False)
    if rows and table.columnCount():
        model.dataChanged.emit(model.index(0, 0),
                               model.index(len(rows) - 1, table.columnCount() - 1))


def fill_consultants(combo: QComboBox, rotation: RotationService,
                     none_text: str) -> None:
    """The roster: on-duty consultants in queue order, then the others; item data = id."""
    state = rotation.state()
    names = rotation.names()
    combo.clear()
    combo.addItem(none_text, None)
    on_duty = [cid for cid in state.order if cid in names]
    for cid in on_duty:
        combo.addItem(names[cid], cid)
    for consultant in rotation.consultants():
        if consultant.id not in on_duty:
            combo.addItem(consultant.name, consultant.id)
    combo.setCurrentIndex(0)
