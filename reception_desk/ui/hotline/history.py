"""A customer's card and history (earlier calls, visits, appointments) in a side box."""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QTextBrowser, QWidget

from ...domain.customer_records import CustomerRecord
from .common import local_text, owner_text, phones_text, source_label, status_label

#: How many entries of each kind the box lists (the newest first).
SHOWN = 5


class HistoryBox(QTextBrowser):
    """Read-only: who the customer is, who owns them, what happened before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerHistory")
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self.customer: CustomerRecord | None = None
        self.show_customer(None, ZoneInfo("Asia/Shanghai"))

    def show_customer(self, customer: CustomerRecord | None, zone: ZoneInfo,
                      empty_text: str = "") -> None:
        self.customer = customer
        if customer is None:
            text = empty_text or self.tr(
                "A new caller: no history. A known phone shows the customer here.")
            self.setHtml(f"<p style='color:#667085'>{escape(text)}</p>")
            return
        day = "%m-%d %H:%M"
        name = customer.display_name or self.tr("(no name)")
        parts = [f"<h3 style='margin:0'>★ {escape(name)}</h3>",
                 "<p style='margin:2px 0'>" + escape(phones_text(customer)) + "</p>",
                 "<p style='margin:2px 0'><b>" + escape(self.tr("Owner:")) + "</b> "
                 + escape(owner_text(customer, zone)) + "</p>"]
        if customer.district:
            parts.append("<p style='margin:2px 0'><b>" + escape(self.tr("District:")) + "</b> "
                         + escape(customer.district) + "</p>")
        if customer.agency:
            parts.append("<p style='margin:2px 0'><b>" + escape(self.tr("Agency:")) + "</b> "
                         + escape(customer.agency) + "</p>")
        desk = self.tr("desk")
        calls = sorted(customer.calls, key=lambda c: c.at, reverse=True)[:SHOWN]
        parts.append(self._section(self.tr("Calls (%1)").replace("%1", str(len(customer.calls))),
                                   [f"{local_text(c.at, zone, day)} · "
                                    f"{c.consultant or desk} · "
                                    f"{' '.join(x for x in (c.area, c.budget, c.layout) if x)}"
                                    f"{' · ' + c.questions if c.questions else ''}"
                                    for c in calls]))
        visits = sorted(customer.visits, key=lambda v: v.arrived_at, reverse=True)[:SHOWN]
        parts.append(self._section(
            self.tr("Visits (%1)").replace("%1", str(len(customer.visits))),
            [f"{local_text(v.arrived_at, zone, day)} · {v.name} · {v.size}"
             f" · {v.consultant or '—'}{' · ' + v.agency if v.agency else ''}"
             for v in visits]))
        booked = sorted(customer.appointments, key=lambda a: a.day, reverse=True)[:SHOWN]
        parts.append(self._section(
            self.tr("Appointments (%1)").replace("%1", str(len(customer.appointments))),
            [f"{a.day.isoformat()} {local_text(a.expected_at, zone)} · "
             f"{source_label(a.source)} · {status_label(a.status)}"
             f"{' · ' + a.agency if a.agency else ''}" for a in booked]))
        self.setHtml("".join(parts))

    def _section(self, title: str, lines: list[str]) -> str:
        if not lines:
            return f"<p style='margin:6px 0 0 0'><b>{escape(title)}</b></p>"
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        return (f"<p style='margin:6px 0 0 0'><b>{escape(title)}</b></p>"
                f"<ul style='margin:0 0 0 -20px'>{items}</ul>")
