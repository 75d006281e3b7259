"""The base of the list dialogs (roster, menu, stock, accounts) and of their record forms.

`ListEditDialog` is a table of records with Add (Ctrl+N), Edit (or Enter / a
double click on a row) and a deactivate / reactivate action; the selection
follows the record across reloads. `RecordFormDialog` is the form that adds
(record None) or corrects one record: Enter saves from any field, problems show
under their fields, what was typed is never lost, and a save over a version
someone else changed meanwhile is refused with who changed what — the next Save
then applies the form over the newer version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.edits import StaleEditError
from ...domain.errors import DomainError, ValidationError
from ..record_table import HasId, RecordTableSelection
from ..text import message
from ..widgets import FieldError, mark_invalid

ID_ROLE = Qt.ItemDataRole.UserRole
R = TypeVar("R", bound=HasId)
# The form type of a list (what `make_form` returns).
F = TypeVar("F", bound=QDialog)
D = TypeVar("D", bound=QDialog)


class RecordFormDialog(QDialog):
    """Add or correct one record; `save()` reads the fields and calls `submit`."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The version the form's values are based on (optimistic locking); None: new.
        self.version: int | None = None
        # The error line under each field, by field name.
        self.errors: dict[str, FieldError] = {}
        self.general = FieldError()
        self.general.setObjectName("generalError")

    def save(self) -> None:  # pragma: no cover - every form has its own
        raise NotImplementedError

    def problem_fields(self) -> dict[str, QWidget]:
        """The fields a service's problem can name (the form's attribute of that name)."""
        return {name: getattr(self, name) for name in self.errors}

    def clear_errors(self) -> None:
        self.general.clear_text()
        fields = self.problem_fields()
        for name, error in self.errors.items():
            error.clear_text()
            if name in fields:
                mark_invalid(fields[name], False)

    def submit(self, write: Callable[[], Any]) -> bool:
        """Run the service call `write`; on success emit `saved` and close, else say why."""
        try:
            saved = write()
        except StaleEditError as exc:
            # Keep what was typed; the next Save applies it over the newer version.
            self.version = exc.current
            self.general.show_text(message(exc))
            self.fit()
            return False
        except ValidationError as exc:
            self.show_problems(exc)
            self.fit()
            return False
        except DomainError as exc:
            self.general.show_text(message(exc))
            self.fit()
            return False
        self.saved.emit(saved)
        self.accept()
        return True

    def show_problems(self, exc: ValidationError) -> None:
        """Each problem under its field (marked); the first such field gets the focus."""
        fields = self.problem_fields()
        first: QWidget | None = None
        for problem in exc.problems:
            if problem.field in fields and problem.field in self.errors:
                self.errors[problem.field].show_text(message(problem))
                mark_invalid(fields[problem.field], True)
                first = first or fields[problem.field]
            else:
                self.general.show_text(message(problem))
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def fit(self) -> None:
        """Grow to show the error lines that appeared."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def enter_saves(self) -> bool:
        """Whether Enter saves now (from any field by default)."""
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.enter_saves():
            self.save()
            return
        super().keyPressEvent(event)


class ListEditDialog(RecordTableSelection[R], QDialog, Generic[R, F]):
    """A table of records (one row each, `ID_ROLE` on every cell) to add to and edit.

    `R` is the record type, `F` the form that adds or corrects one (it has a `saved`
    signal carrying the saved record).
    """

    # Select the first row when nothing was selected before a reload.
    SELECT_FIRST = True

    def __init__(self, parent: QWidget | None = None, *, name: str, title: str,
                 size: tuple[int, int], table_name: str, headers: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(*size)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(table_name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.configure_table()
        self._records: list[R] = []

    def configure_table(self) -> None:
        """Striped rows without numbers; columns fit their text; Enter edits the row."""
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _i: self.edit())
        self.table.itemSelectionChanged.connect(self.update_buttons)

    @staticmethod
    def list_button(text: str, object_name: str, *, shortcut: str | None = None,
                    tip: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        if tip is not None:
            button.setToolTip(tip)
        return button

    # -- what a list says ----------------------------------------------------------------
    def load(self) -> list[R]:  # pragma: no cover - every list has its own
        """The records to show, in order."""
        raise NotImplementedError

    def cells(self, record: R) -> list[str]:  # pragma: no cover - every list has its own
        """The texts of a record's row."""
        raise NotImplementedError

    def style_cell(self, item: QTableWidgetItem, record: R, column: int) -> None:
        """Colour, font or alignment of one cell (nothing by default)."""

    def filled(self) -> None:
        """After the rows are filled (e.g. a summary line; nothing by default)."""

    def update_buttons(self) -> None:
        """Enable the buttons that need a selected record (nothing by default)."""

    def make_form(self, record: R | None) -> F:  # pragma: no cover
        """The form adding (record None) or correcting `record`."""
        raise NotImplementedError

    # -- data ------------------------------------------------------------------------------
    def records(self) -> list[R]:
        return list(self._records)

    def reload(self, select: int | None = None) -> None:
        """Read the records again; the selected one (or `select`) stays selected."""
        keep = select if select is not None else self.selected_id()
        self._records = self.load()
        self.table.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            for col, text in enumerate(self.cells(record)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record.id)
                self.style_cell(item, record, col)
                self.table.setItem(row, col, item)
        self.filled()
        if keep is not None:
            self.select(keep)
        elif self._records and self.SELECT_FIRST:
            self.table.selectRow(0)
        self.update_buttons()

    # -- actions ---------------------------------------------------------------------------
    def open_form(self, form: D) -> D:
        """Open `form` (window-modal); a saved record is selected after the reload."""
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda saved: self.reload(select=saved.id))  # type: ignore[attr-defined]
        form.open()
        return form

    def add(self) -> F:
        return self.open_form(self.make_form(None))

    def edit(self) -> F | None:
        record = self.selected()
        return self.open_form(self.make_form(record)) if record is not None else None

    def warn(self, text: str, object_name: str) -> QMessageBox:
        """A warning that does not block the desk (closed with OK)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName(object_name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
