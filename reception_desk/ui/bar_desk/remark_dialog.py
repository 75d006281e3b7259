"""Noting a customer's remark (客户意见) for a party: what they said about the drinks,
the service, the place. The board shows remarks in the party's tooltip and status."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.bar_records import RemarkRecord
from ...domain.errors import DomainError, ValidationError
from ...domain.records import PartyRecord
from ...services.context import Services
from ..text import message, record_name
from ..widgets import FieldError, mark_invalid, with_error


class RemarkDialog(QDialog):
    """One line of remark; Enter saves it. Earlier remarks of the party are listed."""

    def __init__(self, services: Services, record: PartyRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remarkDialog")
        self.services = services
        self.record = record
        self.saved: RemarkRecord | None = None
        self.setWindowTitle(self.tr("Customer remark — %1").replace("%1", record_name(record)))
        zone = services.settings.current().zone()
        earlier = services.bar.remarks(record.id)

        self.earlier = QListWidget()
        self.earlier.setObjectName("earlierRemarks")
        for remark in earlier:
            self.earlier.addItem(f"{remark.at.astimezone(zone).strftime('%H:%M')}  {remark.text}")
        self.earlier.setVisible(bool(earlier))
        if earlier:  # as tall as its lines, up to five
            self.earlier.setFixedHeight(min(len(earlier), 5) * self.earlier.sizeHintForRow(0)
                                        + 2 * self.earlier.frameWidth() + 4)
        self.text = QLineEdit()
        self.text.setObjectName("remarkText")
        self.text.setPlaceholderText(self.tr("e.g. would like the tea less strong"))
        self.text_error = FieldError()
        self.error = FieldError()
        self.error.setObjectName("remarkError")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        place = record.place or record.last_place
        self.party = QLabel(f"{record_name(record)} · {place}" if place else record_name(record))
        self.party.setObjectName("remarkParty")
        self.party.setStyleSheet("font-size: 17px; font-weight: 700; color: #1d2939;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.party)
        if earlier:
            layout.addWidget(QLabel(self.tr("Noted before:")))
            layout.addWidget(self.earlier)
        layout.addWidget(QLabel(self.tr("What did the customer say?")))
        layout.addWidget(with_error(self.text, self.text_error))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
        self.text.setFocus()

    def save(self) -> bool:
        self.text_error.clear_text()
        self.error.clear_text()
        mark_invalid(self.text, False)
        try:
            self.saved = self.services.bar.add_remark(self.record.id, self.text.text())
        except ValidationError as exc:
            problem = exc.for_field("text") or exc.problems[0]
            self.text_error.show_text(message(problem))
            mark_invalid(self.text, True)
            return False
        except DomainError as exc:
            self.error.show_text(message(exc))
            return False
        self.accept()
        return True
