"""Bar › Stock…: the stock register (物耗) — items, goods in, and the requisition sheet.

Each item shows its quantity now, unit and low-stock threshold; an item at or
below its threshold is marked in red *and* with the word "Low", so it reads on
any screen. "Goods in…" records a delivery (入库); "Print requisition…" writes
the 物资领用申请表 of the low items as a PDF in a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.bar_records import StockRecord
from ...domain.events import EVERYTHING, STOCK, Event
from ...domain.roles import Permission
from ...services.context import Services
from ..accounts import Gate
from ..common import ListEditDialog, PdfRunner, RecordFormDialog, pdf_filter, pdf_path
from ..events import EventBridge
from ..widgets import FieldError, mark_invalid, with_error
from .common import (
    LOW_BG,
    LOW_FG,
    QUIET_FG,
    format_quantity,
    not_a_number_text,
    parse_quantity,
)

ID_ROLE = Qt.ItemDataRole.UserRole
#: True on every cell of a row whose item is at or below its threshold.
LOW_ROLE = Qt.ItemDataRole.UserRole + 1


class StockItemDialog(RecordFormDialog):
    """Add (record None) or correct one stock item. The quantity of an existing item
    changes only through goods in, serving and the closing count."""

    def __init__(self, services: Services, record: StockRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.record = record
        self.version = record.version if record is not None else None
        self.gate = Gate(services, Permission.STOCK_EDIT)
        self.setObjectName("stockItemDialog")
        self.setWindowTitle(self.tr("Add stock item") if record is None
                            else self.tr("Edit stock item"))
        self.setMinimumWidth(420)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(30)
        self.name.setPlaceholderText(self.tr("e.g. 铁观音茶叶"))
        self.unit = QLineEdit()
        self.unit.setObjectName("unit")
        self.unit.setMaxLength(10)
        self.unit.setPlaceholderText(self.tr("e.g. 包, 克, 个"))
        self.low_threshold = QLineEdit()
        self.low_threshold.setObjectName("low_threshold")
        self.low_threshold.setPlaceholderText(self.tr("e.g. 5"))
        self.quantity = QLineEdit()
        self.quantity.setObjectName("quantity")
        self.quantity.setPlaceholderText(self.tr("what is on the shelf now"))
        self.active = QCheckBox(self.tr("In use (listed and counted)"))
        self.active.setObjectName("active")
        self.active.setChecked(True)
        names = ("name", "unit", "low_threshold", "quantity")
        self.errors = {n: FieldError() for n in names}
        self.fields: dict[str, QLineEdit] = {n: getattr(self, n) for n in names}

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        labels = {"name": self.tr("&Name"), "unit": self.tr("&Unit"),
                  "low_threshold": self.tr("&Low-stock threshold"),
                  "quantity": self.tr("&Quantity now")}
        for key in names:
            if key == "quantity" and record is not None:
                continue
            label = QLabel(labels[key])
            label.setBuddy(self.fields[key])
            form.addRow(label, with_error(self.fields[key], self.errors[key]))
        if record is not None:
            now = QLabel(self.tr("%1 %2 — changes with goods in, serving and the closing count")
                         .replace("%1", format_quantity(record.quantity))
                         .replace("%2", record.unit))
            now.setWordWrap(True)
            now.setStyleSheet("color: #475467;")
            form.addRow(self.tr("Quantity now"), now)
        form.addRow("", self.active)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        if record is not None:
            self.name.setText(record.name)
            self.unit.setText(record.unit)
            self.low_threshold.setText(format_quantity(record.low_threshold))
            self.active.setChecked(record.active)
        self.name.setFocus()

    def problem_fields(self) -> dict[str, QWidget]:
        return dict(self.fields)

    def _number(self, key: str, empty: float | None) -> float | None:
        text = self.fields[key].text()
        if not text.strip() and empty is not None:
            return empty
        value = parse_quantity(text)
        if value is None:
            self.errors[key].show_text(not_a_number_text())
            mark_invalid(self.fields[key], True)
        return value

    def save(self) -> None:
        self.clear_errors()
        threshold = self._number("low_threshold", None)
        quantity = self._number("quantity", 0.0) if self.record is None else 0.0
        if threshold is None or quantity is None:
            bad = self.low_threshold if threshold is None else self.quantity
            bad.setFocus()
            bad.selectAll()
            self.fit()
            return
        actor = self.gate.actor(self)
        if actor is None:
            return
        record_id = self.record.id if self.record is not None else None
        self.submit(lambda: self.services.stock.save_item(
            self.name.text(), self.unit.text(), threshold, self.active.isChecked(),
            record_id, quantity=quantity, actor=actor, version=self.version))


class GoodsInDialog(RecordFormDialog):
    """入库: which item came in, how much, and a note (supplier, delivery slip…)."""

    def __init__(self, services: Services, item_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("goodsInDialog")
        self.setWindowTitle(self.tr("Goods in"))
        self.setMinimumWidth(420)
        self.item = QComboBox()
        self.item.setObjectName("item")
        self._stock = services.stock.items()
        for record in self._stock:
            self.item.addItem(self.tr("%1 (now %2 %3)").replace("%1", record.name)
                              .replace("%2", format_quantity(record.quantity))
                              .replace("%3", record.unit), record.id)
        if item_id is not None and self.item.findData(item_id) >= 0:
            self.item.setCurrentIndex(self.item.findData(item_id))
        self.quantity = QLineEdit()
        self.quantity.setObjectName("quantity")
        self.quantity.setPlaceholderText(self.tr("e.g. 10"))
        self.unit = QLabel()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("optional · supplier, delivery slip number"))
        self.errors = {"item": FieldError(), "quantity": FieldError()}

        quantity_box = QWidget()
        row = QHBoxLayout(quantity_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quantity, 1)
        row.addWidget(self.unit)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for text, field, box in (
                (self.tr("&Item"), self.item, with_error(self.item, self.errors["item"])),
                (self.tr("&Quantity"), self.quantity,
                 with_error(quantity_box, self.errors["quantity"])),
                (self.tr("N&ote"), self.note, self.note)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.item.currentIndexChanged.connect(lambda _i: self._show_unit())
        self._show_unit()
        if not self._stock:
            self.errors["item"].show_text(self.tr("The stock list is empty: add the item "
                                                  "under Bar › Stock first."))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.quantity.setFocus()

    def item_id(self) -> int | None:
        value = self.item.currentData()
        return value if isinstance(value, int) else None

    def _show_unit(self) -> None:
        found = next((s for s in self._stock if s.id == self.item_id()), None)
        self.unit.setText(found.unit if found is not None else "")

    def problem_fields(self) -> dict[str, QWidget]:
        return {"quantity": self.quantity}

    def save(self) -> None:
        # Not clear_errors(): the item's line may say the stock list is empty.
        self.general.clear_text()
        self.errors["quantity"].clear_text()
        mark_invalid(self.quantity, False)
        item_id = self.item_id()
        if item_id is None:
            return
        value = parse_quantity(self.quantity.text())
        if value is None:
            self.errors["quantity"].show_text(not_a_number_text())
            mark_invalid(self.quantity, True)
            self.quantity.setFocus()
            self.quantity.selectAll()
            self.fit()
            return
        self.submit(lambda: self.services.stock.receive(item_id, value, self.note.text()))


class StockDialog(ListEditDialog[StockRecord, StockItemDialog]):
    """物耗: every stock item with its quantity, unit and threshold; low ones marked."""

    COLUMNS = 5
    printed = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Services, bridge: EventBridge | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, name="stockDialog", title=self.tr("Bar stock"),
                         size=(760, 500), table_name="stockTable", headers=[
                             self.tr("Item"), self.tr("Quantity"), self.tr("Unit"),
                             self.tr("Low at"), self.tr("Status")])
        self.services = services
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.show_inactive = QCheckBox(self.tr("Show items no longer in use"))
        self.show_inactive.setObjectName("stockShowInactive")
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("stockSummary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_inactive)

        self.add_button = self.list_button(self.tr("&Add…"), "stockAdd", shortcut="Ctrl+N",
                                           tip=self.tr("Add a stock item (Ctrl+N)"))
        self.edit_button = self.list_button(self.tr("&Edit…"), "stockEdit")
        self.goods_in_button = self.list_button(self.tr("&Goods in…"), "stockGoodsIn",
                                                shortcut="Ctrl+G",
                                                tip=self.tr("Record a delivery (Ctrl+G)"))
        self.print_button = self.list_button(
            self.tr("&Print requisition…"), "stockPrint",
            tip=self.tr("物资领用申请表 of the items at or below their threshold, as a PDF"))
        close = self.list_button(self.tr("Close"), "stockClose")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.goods_in_button.clicked.connect(self.goods_in)
        self.print_button.clicked.connect(self.choose_print)
        close.clicked.connect(self.accept)

        self.error = FieldError()
        self.result_label = QLabel()
        self.result_label.setObjectName("stockResult")
        self.result_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.goods_in_button,
                       self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        status = QHBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(status)
        layout.addLayout(buttons)

        self.printer = PdfRunner(self)
        self.printer.started.connect(self._busy)
        self.printer.done.connect(self._printed)
        self.printer.failed.connect(self._print_failed)

        self._bold = QFont(self.table.font())
        self._bold.setBold(True)
        if bridge is not None:
            bridge.changed.connect(self._on_event)
        self.reload()
        self.table.setFocus()

    # -- data ------------------------------------------------------------------------
    def load(self) -> list[StockRecord]:
        records = self.services.stock.items(include_inactive=self.show_inactive.isChecked())
        return sorted(records, key=lambda r: (not r.active, not r.low, r.name))

    def cells(self, record: StockRecord) -> list[str]:
        if not record.active:
            status = self.tr("not in use")
        elif record.low:
            status = self.tr("⚠ Low — order more")
        else:
            status = self.tr("OK")
        return [record.name, format_quantity(record.quantity), record.unit,
                format_quantity(record.low_threshold), status]

    def style_cell(self, item: QTableWidgetItem, record: StockRecord, column: int) -> None:
        low = record.active and record.low
        item.setData(LOW_ROLE, low)
        if column in (1, 3):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if low:
            item.setForeground(QBrush(LOW_FG))
            item.setBackground(QBrush(LOW_BG))
            if column in (1, 4):
                item.setFont(self._bold)
        elif not record.active:
            item.setForeground(QBrush(QUIET_FG))

    def filled(self) -> None:
        low_count = sum(1 for r in self._records if r.active and r.low)
        self.summary.setText(
            self.tr("%1 items · %2 low").replace("%1", str(sum(r.active for r in self._records)))
            .replace("%2", str(low_count)))

    def _on_event(self, event: Event) -> None:
        if event.concerns(STOCK, EVERYTHING) and self.isVisible():
            self.reload()

    def update_buttons(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.goods_in_button.setEnabled(any(r.active for r in self._records))

    # -- actions -----------------------------------------------------------------------
    def make_form(self, record: StockRecord | None) -> StockItemDialog:
        return StockItemDialog(self.services, record, self)

    def goods_in(self) -> GoodsInDialog:
        record = self.selected()
        return self.open_form(GoodsInDialog(self.services, record.id if record is not None
                                            and record.active else None, self))

    # -- printing ------------------------------------------------------------------------
    def choose_print(self) -> None:
        day = self.services.arrivals.today()
        suggested = str(Path.home() / f"requisition-{day.isoformat()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the requisition as PDF"), suggested, pdf_filter())
        if path:
            self.print_to(pdf_path(path))

    def print_to(self, path: str) -> bool:
        """Write the requisition (物资领用申请表) of today's low items to ``path``."""
        from ...printing.bar_sheets import build_requisition_pdf

        self.error.clear_text()
        self.result_label.clear()
        target = self.printer.check_folder(path)
        if target is None or self.printer.busy():
            return False
        settings = self.services.settings.current()
        lines = self.services.stock.requisition()
        day = self.services.arrivals.today()
        now = self.services.clock().astimezone(settings.zone()).replace(tzinfo=None)

        def work() -> str:
            build_requisition_pdf(str(target), lines, site_name=settings.site_name, day=day,
                                  generated_at=now)
            return str(target)

        return self.printer.start(work, str(target))

    @Slot()
    def _busy(self) -> None:
        self.print_button.setEnabled(False)
        self.progress.show()

    def _idle(self) -> None:
        self.print_button.setEnabled(True)
        self.progress.hide()

    @Slot(str)
    def _printed(self, target: str) -> None:
        self._idle()
        self.result_label.setText(self.tr("PDF saved: %1").replace("%1", target))
        self.printed.emit(target)

    @Slot(str)
    def _print_failed(self, text: str) -> None:
        self._idle()
        text = self.tr("The PDF was not written: %1").replace("%1", text)
        self.error.show_text(text)
        self.failed.emit(text)

    def done(self, result: int) -> None:
        self.printer.stop()
        super().done(result)
