"""Bar › Menu…: the drinks on the bar's menu and what one serving takes from stock.

The list shows each drink's category, whether it can be ordered now, the fill
level (tea 80% of the cup, other drinks 70%: site settings) and its recipe.
The form adds or corrects one drink; problems show beside their fields and the
form keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.bar import DrinkCategory, fill_percent
from ...domain.bar_records import MenuRecord, StockRecord
from ...domain.errors import DomainError, ValidationError
from ...domain.events import BAR, EVERYTHING, SETTINGS, STOCK, Event
from ...domain.roles import Permission
from ...services.bar import MAX_NAME
from ...services.context import Services
from ..accounts import Gate
from ..common import ListEditDialog, RecordFormDialog
from ..events import EventBridge
from ..text import message
from ..widgets import FieldError, mark_invalid, with_error
from .common import QUIET_FG, category_label, format_quantity, not_a_number_text, parse_quantity

ID_ROLE = Qt.ItemDataRole.UserRole


def fill_text(services: Services, category: DrinkCategory) -> str:
    s = services.settings.current()
    return f"{fill_percent(category, s.tea_fill_percent, s.other_fill_percent)}%"


def recipe_text(record: MenuRecord) -> str:
    return "、".join(f"{r.stock_name} {format_quantity(r.quantity)} {r.unit}"
                    for r in record.recipe)


class RecipeRow(QWidget):
    """One stock item of a serving: which item, how much, its unit, a remove button."""

    removed = Signal(object)

    def __init__(self, stock: list[StockRecord], index: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = QComboBox()
        self.item.setObjectName(f"recipeItem{index}")
        self.item.setMinimumWidth(150)
        self._units: dict[int, str] = {}
        for record in stock:
            self.item.addItem(record.name, record.id)
            self._units[record.id] = record.unit
        self.quantity = QLineEdit()
        self.quantity.setObjectName(f"recipeQuantity{index}")
        self.quantity.setMaximumWidth(90)
        self.quantity.setPlaceholderText(self.tr("e.g. 1"))
        self.unit = QLabel()
        self.unit.setMinimumWidth(36)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setObjectName(f"recipeRemove{index}")
        self.remove.setToolTip(self.tr("Remove this stock item from the recipe"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.item.currentIndexChanged.connect(lambda _i: self._show_unit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item, 1)
        layout.addWidget(self.quantity)
        layout.addWidget(self.unit)
        layout.addWidget(self.remove)
        self._show_unit()

    def _show_unit(self) -> None:
        stock_id = self.item.currentData()
        self.unit.setText(self._units.get(stock_id, "") if isinstance(stock_id, int) else "")

    def set_line(self, stock_id: int, quantity: float) -> None:
        found = self.item.findData(stock_id)
        if found >= 0:
            self.item.setCurrentIndex(found)
        self.quantity.setText(format_quantity(quantity))

    def stock_id(self) -> int | None:
        value = self.item.currentData()
        return value if isinstance(value, int) else None


class RecipeEditor(QWidget):
    """The stock items one serving uses, one row each, with "Add stock item"."""

    def __init__(self, stock: list[StockRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipeEditor")
        self.stock = stock
        self.rows: list[RecipeRow] = []
        self._made = 0
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add stock item"))
        self.add_button.setObjectName("recipeAdd")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.empty = QLabel(self.tr("Nothing from stock (e.g. water from the dispenser)."))
        self.empty.setStyleSheet("color: #667085;")
        self.no_stock = QLabel(self.tr("The stock list is empty: add stock items under "
                                       "Bar › Stock first."))
        self.no_stock.setWordWrap(True)
        self.no_stock.setStyleSheet("color: #667085;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_box)
        layout.addWidget(self.empty)
        layout.addWidget(self.no_stock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.setEnabled(bool(stock))
        self._update()

    def add_row(self, stock_id: int | None = None, quantity: float | None = None) -> RecipeRow:
        row = RecipeRow(self.stock, self._made, self)
        self._made += 1
        if stock_id is not None:
            row.set_line(stock_id, quantity or 0.0)
        else:
            used = {r.stock_id() for r in self.rows}
            free = next((i for i, s in enumerate(self.stock) if s.id not in used), 0)
            row.item.setCurrentIndex(free)
        row.removed.connect(self.remove_row)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self._update()
        row.quantity.setFocus()
        return row

    def remove_row(self, row: RecipeRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self._rows_box.removeWidget(row)
            row.deleteLater()
        self._update()

    def _update(self) -> None:
        self.empty.setVisible(not self.rows and bool(self.stock))
        self.no_stock.setVisible(not self.stock)

    def fields(self) -> list[QLineEdit]:
        return [row.quantity for row in self.rows]


class DrinkEditDialog(RecordFormDialog):
    """Add (record None) or correct one drink; problems show beside their fields."""

    def __init__(self, services: Services, record: MenuRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.record = record
        self.version = record.version if record is not None else None
        self.gate = Gate(services, Permission.MENU_EDIT)
        self.setObjectName("drinkEditDialog")
        self.setWindowTitle(self.tr("Add drink") if record is None else self.tr("Edit drink"))
        self.setMinimumWidth(480)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(MAX_NAME + 10)
        self.name.setPlaceholderText(self.tr("e.g. 铁观音"))
        self.category = QComboBox()
        self.category.setObjectName("category")
        for category in DrinkCategory:
            self.category.addItem(category_label(category), category.value)
        self.fill = QLabel()
        self.fill.setObjectName("fillNote")
        self.fill.setStyleSheet("color: #475467;")
        self.available = QCheckBox(self.tr("Available (can be ordered now)"))
        self.available.setObjectName("available")
        self.available.setChecked(True)
        self.recipe = RecipeEditor(services.stock.items(), self)
        self.errors = {name: FieldError() for name in ("name", "recipe")}

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, with_error(self.name, self.errors["name"]))
        category_box = QWidget()
        row = QHBoxLayout(category_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.category)
        row.addWidget(self.fill, 1)
        category_label_widget = QLabel(self.tr("&Category"))
        category_label_widget.setBuddy(self.category)
        form.addRow(category_label_widget, category_box)
        form.addRow("", self.available)
        recipe_label = QLabel(self.tr("One serving uses"))
        form.addRow(recipe_label, with_error(self.recipe, self.errors["recipe"]))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.category.currentIndexChanged.connect(lambda _i: self._show_fill())
        if record is not None:
            self.name.setText(record.name)
            self.category.setCurrentIndex(self.category.findData(record.category.value))
            self.available.setChecked(record.available)
            for line in record.recipe:
                self.recipe.add_row(line.stock_item_id, line.quantity)
        self._show_fill()
        self.name.setFocus()

    def category_value(self) -> DrinkCategory:
        return DrinkCategory(self.category.currentData())

    def _show_fill(self) -> None:
        self.fill.setText(self.tr("Fill the cup to %1").replace(
            "%1", fill_text(self.services, self.category_value())))

    def problem_fields(self) -> dict[str, QWidget]:
        return {"name": self.name}

    def clear_errors(self) -> None:
        super().clear_errors()
        for field in self.recipe.fields():
            mark_invalid(field, False)

    def _recipe(self) -> list[tuple[int, float]] | None:
        """The typed recipe; None (with the problem shown) when a line is not a number."""
        lines: list[tuple[int, float]] = []
        seen: set[int] = set()
        for row in self.recipe.rows:
            stock_id = row.stock_id()
            value = parse_quantity(row.quantity.text())
            if value is None:
                self._recipe_problem(not_a_number_text(), row.quantity)
                return None
            if stock_id is None:
                continue
            if stock_id in seen:
                self._recipe_problem(self.tr("“%1” is listed twice: put the whole quantity "
                                             "on one line.").replace("%1", row.item.currentText()),
                                     row.quantity)
                return None
            seen.add(stock_id)
            lines.append((stock_id, value))
        return lines

    def _recipe_problem(self, text: str, field: QLineEdit | None) -> None:
        self.errors["recipe"].show_text(text)
        if field is not None:
            mark_invalid(field, True)
            field.setFocus()
            field.selectAll()
        self.fit()

    def save(self) -> None:
        self.clear_errors()
        recipe = self._recipe()
        if recipe is None:
            return
        actor = self.gate.actor(self)
        if actor is None:
            return
        record_id = self.record.id if self.record is not None else None
        self.submit(lambda: self.services.bar.save_menu_item(
            self.name.text(), self.category_value(), recipe, self.available.isChecked(),
            record_id, actor=actor, version=self.version))

    def show_problems(self, exc: ValidationError) -> None:
        first: QWidget | None = None
        for problem in exc.problems:
            if problem.field == "name":
                self.errors["name"].show_text(message(problem))
                mark_invalid(self.name, True)
                first = first or self.name
            elif problem.field == "recipe":
                self.errors["recipe"].show_text(message(problem))
                bad = [row.quantity for row in self.recipe.rows
                       if (parse_quantity(row.quantity.text()) or 0) <= 0]
                for field in bad:
                    mark_invalid(field, True)
                first = first or (bad[0] if bad else None)
            else:
                self.general.show_text(message(problem))
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def enter_saves(self) -> bool:
        # Enter on a button (Add stock item, ✕) presses that button.
        return not isinstance(self.focusWidget(), QPushButton | QToolButton)


class MenuDialog(ListEditDialog[MenuRecord, DrinkEditDialog]):
    """饮品单: every drink, available or not; add, edit, take off or put back on."""

    COLUMNS = 5

    def __init__(self, services: Services, bridge: EventBridge | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, name="menuDialog", title=self.tr("Bar menu"), size=(760, 480),
                         table_name="menuTable", headers=[
                             self.tr("Drink"), self.tr("Category"), self.tr("Fill"),
                             self.tr("Available"), self.tr("One serving uses")])
        self.services = services
        self.gate = Gate(services, Permission.MENU_EDIT)

        self.add_button = self.list_button(self.tr("&Add…"), "menuAdd", shortcut="Ctrl+N",
                                           tip=self.tr("Add a drink (Ctrl+N)"))
        self.edit_button = self.list_button(self.tr("&Edit…"), "menuEdit")
        self.toggle_button = self.list_button(self.tr("Take &off the menu"), "menuToggle")
        close = self.list_button(self.tr("Close"), "menuClose")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.toggle_button.clicked.connect(self.toggle_available)
        close.clicked.connect(self.accept)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #667085;")
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.toggle_button, 0, 2)
        buttons.setColumnStretch(3, 1)
        buttons.addWidget(close, 0, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

        if bridge is not None:
            bridge.changed.connect(self._on_event)
        self.reload()
        self.table.setFocus()

    # -- data ------------------------------------------------------------------------
    def load(self) -> list[MenuRecord]:
        s = self.services.settings.current()
        self.hint.setText(self.tr(
            "Fill levels from the procedures: tea to %1% of the cup, other drinks to %2%. "
            "Serving a drink takes its recipe out of stock; a drink that is not available "
            "cannot be ordered.").replace("%1", str(s.tea_fill_percent))
            .replace("%2", str(s.other_fill_percent)))
        return self.services.bar.menu()

    def cells(self, record: MenuRecord) -> list[str]:
        return [record.name, category_label(record.category),
                fill_text(self.services, record.category),
                self.tr("yes") if record.available else self.tr("no — off the menu"),
                recipe_text(record) or self.tr("(nothing from stock)")]

    def style_cell(self, item: QTableWidgetItem, record: MenuRecord, column: int) -> None:
        if not record.available:
            item.setForeground(QUIET_FG)

    def _on_event(self, event: Event) -> None:
        if event.concerns(BAR, STOCK, SETTINGS, EVERYTHING) and self.isVisible():
            if event.topic == BAR and event.data.get("kind") not in (None, "menu") \
                    and not event.concerns(STOCK):
                return
            self.reload()

    def update_buttons(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.toggle_button.setEnabled(record is not None)
        self.toggle_button.setText(self.tr("Put &back on the menu") if record is not None
                                   and not record.available else self.tr("Take &off the menu"))

    # -- actions -----------------------------------------------------------------------
    def make_form(self, record: MenuRecord | None) -> DrinkEditDialog:
        return DrinkEditDialog(self.services, record, self)

    def toggle_available(self) -> None:
        record = self.selected()
        if record is None:
            return
        actor = self.gate.actor(self)
        if actor is None:
            return
        try:
            saved = self.services.bar.save_menu_item(
                record.name, record.category,
                [(r.stock_item_id, r.quantity) for r in record.recipe],
                not record.available, record.id, actor=actor, version=record.version)
        except DomainError as exc:
            self.warn(message(exc), "menuMessage")
            return
        self.reload(select=saved.id)
