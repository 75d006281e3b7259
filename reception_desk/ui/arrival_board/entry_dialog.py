"""Registering a party (or correcting one): a form built for a few keystrokes.

F2 opens it, the surname has focus, Enter saves. A wrong value gets a red
line under its field saying what to fix; nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.party import Honorific, PartyDraft, VisitKind
from ...domain.records import PartyRecord
from ...services.arrivals import ArrivalService
from ..text import honorific_label, kind_label, message
from ..widgets import FieldError, mark_invalid, with_error

FIELDS = ("surname", "size", "channel", "phone", "plate", "description", "note", "consultant")


class PartyEntryDialog(QDialog):
    """New arrival (record is None) or edit of an existing party."""

    saved = Signal(object)

    def __init__(self, arrivals: ArrivalService, record: PartyRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrivals = arrivals
        self.record = record
        self.setObjectName("partyEntryDialog")
        self.setWindowTitle(self.tr("Register arrival") if record is None
                            else self.tr("Edit party"))
        self.setMinimumWidth(520)
        settings = arrivals.settings.current()

        self.surname = QLineEdit()
        self.surname.setObjectName("surname")
        self.surname.setPlaceholderText(self.tr("e.g. 王"))
        self.surname.setMaxLength(20)
        self.mr = QRadioButton(honorific_label(Honorific.MR))
        self.ms = QRadioButton(honorific_label(Honorific.MS))
        self.mr.setChecked(True)
        self.honorific_group = QButtonGroup(self)
        self.honorific_group.addButton(self.mr)
        self.honorific_group.addButton(self.ms)
        name_row = QHBoxLayout()
        name_row.addWidget(self.surname, 1)
        name_row.addWidget(self.mr)
        name_row.addWidget(self.ms)
        name_box = QWidget()
        name_box.setLayout(name_row)
        name_row.setContentsMargins(0, 0, 0, 0)

        self.size = QSpinBox()
        self.size.setObjectName("size")
        self.size.setRange(0, 999)
        self.size.setValue(2)
        self.size.setSuffix(self.tr(" people"))

        self.walk_in = QRadioButton(kind_label(VisitKind.WALK_IN))
        self.appointment = QRadioButton(kind_label(VisitKind.APPOINTMENT))
        self.walk_in.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.walk_in)
        self.kind_group.addButton(self.appointment)
        kind_row = QHBoxLayout()
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.walk_in)
        kind_row.addWidget(self.appointment)
        kind_row.addStretch(1)
        kind_box = QWidget()
        kind_box.setLayout(kind_row)

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.addItems(settings.channels)
        self.channel.setCurrentIndex(-1)
        self.channel.setPlaceholderText(self.tr("— choose —"))

        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(self.tr("optional · 138 1234 5678 or 010-12345678"))
        self.phone.setMaxLength(24)
        self.returning = QLabel()
        self.returning.setObjectName("returningInfo")
        self.returning.setWordWrap(True)
        self.returning.setStyleSheet("color: #175cd3; font-weight: 600;")
        self.returning.hide()

        self.plate = QLineEdit()
        self.plate.setObjectName("plate")
        self.plate.setPlaceholderText(self.tr("optional · 粤B12345"))
        self.plate.setMaxLength(14)
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(
            self.tr("for the posts: grey coat, with a child, white SUV…"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant")
        self.consultant.setEditable(True)
        self.consultant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.consultant.addItems(arrivals.consultants_seen())
        self.consultant.setCurrentIndex(-1)
        self.consultant.lineEdit().setPlaceholderText(self.tr("optional"))

        self.errors = {name: FieldError() for name in FIELDS}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Surname"), with_error(name_box, self.errors["surname"]))
        form.addRow(self.tr("Party si&ze"), with_error(self.size, self.errors["size"]))
        form.addRow(self.tr("Type"), kind_box)
        form.addRow(self.tr("C&hannel"), with_error(self.channel, self.errors["channel"]))
        form.addRow(self.tr("&Phone"), with_error(self.phone, self.errors["phone"]))
        form.addRow("", self.returning)
        form.addRow(self.tr("P&late"), with_error(self.plate, self.errors["plate"]))
        form.addRow(self.tr("&Description"),
                    with_error(self.description, self.errors["description"]))
        form.addRow(self.tr("&Note"), with_error(self.note, self.errors["note"]))
        form.addRow(self.tr("&Consultant"),
                    with_error(self.consultant, self.errors["consultant"]))
        for label_field in (self.surname, self.size, self.channel, self.phone, self.plate,
                            self.description, self.note, self.consultant):
            label = form.labelForField(label_field.parentWidget() or label_field)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        hint = QLabel(self.tr("Enter saves · Esc cancels"))
        hint.setStyleSheet("color: #667085;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(250)
        self._lookup.timeout.connect(self._show_prior_visits)
        self.phone.textChanged.connect(lambda _text: self._lookup.start())
        if record is not None:
            self._fill(record)
        self.surname.setFocus()

    def _fill(self, r: PartyRecord) -> None:
        self.surname.setText(r.surname)
        (self.mr if r.honorific is Honorific.MR else self.ms).setChecked(True)
        self.size.setValue(r.size)
        (self.walk_in if r.kind is VisitKind.WALK_IN else self.appointment).setChecked(True)
        if self.channel.findText(r.channel) < 0:
            self.channel.addItem(r.channel)
        self.channel.setCurrentText(r.channel)
        self.phone.setText(r.phone)
        self.plate.setText(r.plate)
        self.description.setText(r.description)
        self.note.setText(r.note)
        self.consultant.setCurrentText(r.consultant)

    def draft(self) -> PartyDraft:
        return PartyDraft(
            surname=self.surname.text(),
            honorific=Honorific.MR if self.mr.isChecked() else Honorific.MS,
            size=self.size.value(),
            kind=VisitKind.WALK_IN if self.walk_in.isChecked() else VisitKind.APPOINTMENT,
            channel=self.channel.currentText() if self.channel.currentIndex() >= 0 else "",
            phone=self.phone.text(),
            plate=self.plate.text(),
            description=self.description.text(),
            note=self.note.text(),
            consultant=self.consultant.currentText(),
        )

    def _show_prior_visits(self) -> None:
        visits = self.arrivals.prior_visits(self.phone.text())
        if self.record is not None:
            visits = [v for v in visits if v.party_id != self.record.id]
        if not visits:
            self.returning.hide()
            return
        zone = self.arrivals.settings.current().zone()
        lines = [self.tr("★ Returning customer — earlier visits:")]
        for v in visits[:3]:
            when = v.arrived_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            consultant = v.consultant or self.tr("no consultant recorded")
            lines.append(f"{when}  {v.name}  ·  {consultant}")
        self.returning.setText("\n".join(lines))
        self.returning.show()
        self._fit()
        if not self.consultant.currentText() and visits[0].consultant:
            self.consultant.setCurrentText(visits[0].consultant)

    def _fit(self) -> None:
        """Grow to show every message in full (they wrap under their fields)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _clear_errors(self) -> None:
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(self._widget(name), False)

    def _widget(self, name: str) -> QWidget:
        return getattr(self, name)

    def save(self) -> None:
        self._clear_errors()
        draft = self.draft()
        try:
            if self.record is None:
                saved = self.arrivals.register(draft)
            else:
                saved = self.arrivals.edit(self.record.id, draft)
        except ValidationError as exc:
            first: QWidget | None = None
            for problem in exc.problems:
                if problem.field in self.errors:
                    self.errors[problem.field].show_text(message(problem))
                    widget = self._widget(problem.field)
                    mark_invalid(widget, True)
                    first = first or widget
            if first is not None:
                first.setFocus()
            self._fit()
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        self.saved.emit(saved)
        self.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter saves from any field, including the combo boxes.
            self.save()
            return
        super().keyPressEvent(event)
