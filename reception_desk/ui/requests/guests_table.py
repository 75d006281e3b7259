"""The guest list of a request: name, title, phone; one row per visitor."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.reception_request import Guest
from .row_table import RowTable

GUEST_COLUMNS = ("name", "title", "phone")


class GuestsTable(RowTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("guests", [self.tr("Name"), self.tr("Title"), self.tr("Phone")],
                         self.tr("Add guest"), parent)

    def make_cells(self) -> list[QWidget]:
        cells: list[QWidget] = []
        for name, hint, length in (("guestName", self.tr("e.g. 王建国"), 40),
                                   ("guestTitle", self.tr("e.g. 董事长"), 40),
                                   ("guestPhone", self.tr("optional"), 24)):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
            edit.setMaxLength(length)
            edit.setFrame(False)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            cells.append(edit)
        return cells

    def _edit(self, row: int, col: int) -> QLineEdit:
        widget = self.cell(row, col)
        assert isinstance(widget, QLineEdit)
        return widget

    def row_is_blank(self, row: int) -> bool:
        return not any(self._edit(row, col).text().strip() for col in range(3))

    def guests(self) -> tuple[Guest, ...]:
        return tuple(Guest(name=self._edit(row, 0).text().strip(),
                           title=self._edit(row, 1).text().strip(),
                           phone=self._edit(row, 2).text().strip())
                     for row in self.filled_rows())

    def set_guests(self, guests: tuple[Guest, ...]) -> None:
        self.clear_rows()
        for guest in guests:
            row = self.add_row()
            for col, value in enumerate((guest.name, guest.title, guest.phone)):
                self._edit(row, col).setText(value)
