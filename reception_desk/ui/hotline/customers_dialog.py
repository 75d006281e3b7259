"""Customers (客户): search by name, pinyin initials, phone (any part) or plate; merge.

Typing "zw" finds 张伟, "5678" every number with 5678 in it. The selected
customer's owner (or "open pool"), phones and history show beside the list.
VIP card… opens the data card; Merge… (manager only, asks who it is) joins
two records of one person, keeping the one chosen. For an administrator,
Export data… writes everything held about the customer to one file (JSON or
XLSX) and Erase… removes the personal data now (a person's rights, PIPL);
both ask the admin's PIN unless signed in, and are in the audit log.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.customer_records import CustomerRecord
from ...domain.errors import DomainError
from ...domain.roles import Permission
from ...services.context import Services
from ..search_field import add_clear_button
from ..text import message
from .common import fill_table, make_table, owner_text, phones_seen_by, phones_text, viewer
from .history import HistoryBox


def customer_line(customer: CustomerRecord) -> str:
    return f"{customer.display_name or '?'} · {phones_text(customer)}"


class MergeDialog(QDialog):
    """Choose the other record and which of the two to keep."""

    def __init__(self, first: CustomerRecord, others: list[CustomerRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge customers"))
        self.first = first
        self.others = others
        self.other = QComboBox()
        self.other.setObjectName("mergeOther")
        for customer in others:
            self.other.addItem(customer_line(customer), customer.id)
        self.keep_first = QRadioButton()
        self.keep_first.setObjectName("keepFirst")
        self.keep_other = QRadioButton()
        self.keep_other.setObjectName("keepOther")
        self.keep_first.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep_first)
        group.addButton(self.keep_other)
        self.other.currentIndexChanged.connect(lambda _i: self._label())
        text = QLabel(self.tr("Two records of one person: everything of the record merged "
                              "(calls, visits, appointments, VIP card) moves to the record "
                              "kept. This is recorded in the audit log."))
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Same person as:")))
        layout.addWidget(self.other)
        layout.addWidget(QLabel(self.tr("Keep:")))
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_other)
        layout.addWidget(buttons)
        self._label()

    def _label(self) -> None:
        self.keep_first.setText(customer_line(self.first))
        other = self.chosen_other()
        self.keep_other.setText(customer_line(other) if other else "")

    def chosen_other(self) -> CustomerRecord | None:
        index = self.other.currentIndex()
        return self.others[index] if 0 <= index < len(self.others) else None

    def keep_and_merge(self) -> tuple[int, int] | None:
        other = self.chosen_other()
        if other is None:
            return None
        if self.keep_first.isChecked():
            return self.first.id, other.id
        return other.id, self.first.id


#: The most customers a search lists (newest first); a search that finds more says so.
SHOWN = 50


class CustomersDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersDialog")
        self.setWindowTitle(self.tr("Customers"))
        self.resize(1000, 600)
        self.services = services
        self.zone = services.settings.current().zone()
        self._records: list[CustomerRecord] = []
        self._filling = False
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        add_clear_button(self.search)  # no 160 ms fade-in (search_field.py)
        self.search.setPlaceholderText(self.tr("Name, pinyin initials (zw), phone (any part) "
                                               "or plate"))
        self.count = QLabel()
        self.table = make_table([self.tr("Name"), self.tr("Phone"), self.tr("Plate"),
                                 self.tr("Owner"), self.tr("Channel / agency")],
                                "customersTable", self)
        # The scroll bar stays: appearing when a search fills an empty list, it narrowed
        # the stretched last column after the repaint, and the list was painted twice.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Every column on screen with its header whole, "Channel / agency" too (issue 15):
        # a masked phone needs far less than 180 pixels; long cells elide, with a tooltip.
        header = self.table.horizontalHeader()
        for col, width in enumerate((90, 130, 90, 170)):
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        self.history = HistoryBox()
        self.vip_button = QPushButton(self.tr("&VIP card…"))
        self.vip_button.setObjectName("vipCardButton")
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(self.tr("Two records of one person (manager)"))
        self.export_person_button = QPushButton(self.tr("E&xport data…"))
        self.export_person_button.setObjectName("exportPersonButton")
        self.export_person_button.setToolTip(self.tr(
            "Everything held about this customer in one file (administrator)"))
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.erase_button.setObjectName("erasePersonButton")
        self.erase_button.setToolTip(self.tr(
            "Remove this customer's personal data now (administrator)"))
        from ..accounts import may

        for button in (self.export_person_button, self.erase_button):
            button.setVisible(may(Permission.PRIVACY_ADMIN, services))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter in the search box searches; it must not also press a default button
        # (it opened the VIP card of whoever was listed first, or closed the dialog).
        for button in (self.vip_button, self.merge_button, self.export_person_button,
                       self.erase_button, close.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 340])
        bottom = QHBoxLayout()
        bottom.addWidget(self.vip_button)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.export_person_button)
        bottom.addWidget(self.erase_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.vip_button.clicked.connect(self.open_vip_card)
        self.merge_button.clicked.connect(self.merge)
        self.export_person_button.clicked.connect(self.export_person)
        self.erase_button.clicked.connect(self.erase_person)
        self._update_buttons()
        self.search.setFocus()
        # Once the dialog is on screen, while the person types the first search: on a
        # thread of its own, so the dialog paints and takes keys meanwhile.
        self.preparing: threading.Thread | None = None
        QTimer.singleShot(0, self._prepare_search)

    def _prepare_search(self) -> None:
        self.preparing = self.services.customers.prepare_search_aside()

    def records(self) -> list[CustomerRecord]:
        return list(self._records)

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        # One more than is listed: whether the search finds more than the list shows.
        found = self.services.customers.search(query, limit=SHOWN + 1) if query else []
        self._records = found[:SHOWN]
        self._filling = True  # the first row's history is read once, below
        try:
            who = viewer()
            fill_table(self.table, [[c.display_name, phones_seen_by(who, c), c.plate,
                                     owner_text(c, self.zone),
                                     " · ".join(x for x in (c.channel, c.agency) if x)]
                                    for c in self._records])
            if self._records:
                self.table.selectRow(0)
        finally:
            self._filling = False
        if not query:
            self.count.setText("")
        elif len(found) > SHOWN:
            self.count.setText(self.tr("Showing the first %1 customers found; more match: "
                                       "type more of the name or number").replace(
                                           "%1", str(SHOWN)))
        else:
            self.count.setText(self.tr("%n customer(s) found", "", len(self._records)))
        self._show_selected()

    def selected(self) -> CustomerRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._records):
            return None
        return self._records[rows[0].row()]

    def _on_current_row(self, *_args: object) -> None:
        if not self._filling:
            self._show_selected()

    def _show_selected(self) -> None:
        chosen = self.selected()
        # The history alone: the customer and its owner are as the search just listed them.
        full = self.services.customers.with_history(chosen) if chosen is not None else None
        self.history.show_customer(full, self.zone, self.tr("Search, then choose a customer."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.vip_button.setEnabled(chosen is not None)
        self.merge_button.setEnabled(chosen is not None and len(self._records) > 1)
        self.export_person_button.setEnabled(chosen is not None)
        self.erase_button.setEnabled(chosen is not None and chosen.anonymised_at is None)

    def open_vip_card(self) -> QDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        from .vip_card_dialog import VipCardDialog

        dialog = VipCardDialog(self.services, chosen.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def merge(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        others = [c for c in self._records if c.id != chosen.id]
        if not others:
            return
        from ..accounts import ask_actor

        actor = ask_actor(self, self.services, Permission.CUSTOMER_MERGE,
                          self.tr("merge two customer records"))
        if actor is None:
            return
        dialog = MergeDialog(chosen, others, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pair = dialog.keep_and_merge()
        if pair is None:
            return
        try:
            kept = self.services.customers.merge(actor, *pair)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        self.run_search()
        for row, record in enumerate(self._records):
            if record.id == kept.id:
                self.table.selectRow(row)

    # -- a person's rights (administrator) -------------------------------------------------
    def ask_path(self, chosen: CustomerRecord) -> str:
        """Where to write the person's file ("" when cancelled)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export everything about %1").replace("%1", customer_line(chosen)),
            f"customer-{chosen.id}.json", self.tr("JSON (*.json);;Excel (*.xlsx)"))
        return path

    def confirm_erase(self, chosen: CustomerRecord) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase personal data"), self.tr(
            "Erase the personal data of %1 now? The name, phones, plate, address and notes "
            "are removed from the customer and from its calls, visits and appointments; "
            "counts and statistics stay. This cannot be undone and is recorded in the "
            "audit log.").replace("%1", customer_line(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("eraseConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    def export_person(self) -> str:
        """Write everything held about the selected customer; the path written, or ""."""
        chosen = self.selected()
        if chosen is None:
            return ""
        from ..accounts import ask_actor

        actor = ask_actor(self, self.services, Permission.PRIVACY_ADMIN,
                          self.tr("export a customer's personal data"))
        if actor is None:
            return ""
        path = self.ask_path(chosen)
        if not path:
            return ""
        try:
            written = self.services.privacy.export_person(actor, chosen.id, path)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Could not write %1: %2").replace("%1", path).replace(
                "%2", exc.strerror or str(exc)))
            return ""
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return ""
        self.count.setText(self.tr("Written to %1 (recorded in the audit log)")
                           .replace("%1", str(written)))
        return str(written)

    def erase_person(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        from ..accounts import ask_actor

        actor = ask_actor(self, self.services, Permission.PRIVACY_ADMIN,
                          self.tr("erase a customer's personal data"))
        if actor is None or not self.confirm_erase(chosen):
            return False
        try:
            self.services.privacy.erase(actor, chosen.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return False
        self.run_search()
        self.count.setText(self.tr("The personal data of %1 was erased (recorded in the "
                                   "audit log).").replace("%1", customer_line(chosen)))
        return True
