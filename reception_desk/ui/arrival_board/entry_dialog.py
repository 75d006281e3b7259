"""Registering a party (or correcting one): a form built for a few keystrokes.

F2 opens it, the surname has focus, Enter saves. A wrong value gets a red
line under its field saying what to fix; nothing typed is lost.

With consultants on duty the Consultant field is the rotation's roster: it
proposes the up consultant (or a returning customer's owner, found from the
phone) and says beside it what the choice means. Enter registers the party
and assigns it through the rotation in one step; a choice that is an override
asks a manager first and registers nothing until the manager confirmed, and a
choice the rotation refuses registers nothing and keeps the form. With
nobody on duty the field is free text, as before the rotation existed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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

from ...domain.customer_records import check_consent_has_phone
from ...domain.edits import PARTY_FIELDS, StaleEditError
from ...domain.errors import DomainError, ValidationError
from ...domain.party import Honorific, PartyDraft, VisitKind, validate_party
from ...domain.phone import normalise_phone
from ...domain.records import PartyRecord
from ...domain.roles import Actor
from ...domain.rotation import AssignMode, QueueState, classify
from ...services.accounts import AccountService
from ...services.arrivals import ArrivalService
from ...services.rotation import Proposal, RotationService, check_override
from ..privacy import ConsentBox
from ..rotation import OverrideDialog
from ..station import station_actor
from ..text import honorific_label, kind_label, message, party_name
from ..widgets import FieldError, count_suffix, mark_invalid, with_error
from .dialogs import MODE_COLOURS, choice_meaning, duty_text, override_summary

FIELDS = ("surname", "size", "channel", "phone", "consent", "plate", "description", "note",
          "consultant")

#: The roster entry "no consultant yet": the party waits unassigned.
NOBODY = -1


def tell(parent: QWidget | None, title: str, text: str, name: str) -> QMessageBox:
    """A warning that does not block: the work behind it is already done."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class PartyEntryDialog(QDialog):
    """New arrival (record is None) or edit of an existing party."""

    saved = Signal(object)

    def __init__(self, arrivals: ArrivalService, record: PartyRecord | None = None,
                 parent: QWidget | None = None, *,
                 rotation: RotationService | None = None,
                 accounts: AccountService | None = None) -> None:
        super().__init__(parent)
        self.arrivals = arrivals
        self.rotation = rotation
        self.accounts = accounts
        self.record = record
        #: The rotation's proposal for the phone typed so far (None without rotation).
        self.proposal: Proposal | None = None
        #: What the chosen consultant means under the rules (None: no choice / free text).
        self.choice_mode: AssignMode | None = None
        self._state = QueueState()
        self._names: dict[int, str] = {}
        self._user_chose = False
        self._override: tuple[Actor | None, str] = (None, "")
        if rotation is not None:
            self._state = rotation.state()
            self._names = rotation.names()
        #: Consultants on duty and a new party: the Consultant field is the roster.
        self.roster_mode = rotation is not None and record is None and bool(self._state.order)
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

        self.party_size = QSpinBox()
        self.party_size.setObjectName("size")
        self.party_size.setRange(0, 999)
        self.party_size.setValue(2)
        count_suffix(self.party_size, self.tr(" person"), self.tr(" people"))

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
        #: The customer's answer to "may we contact you?" (kept with the phone's customer).
        self.consent = ConsentBox()

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
        self.consultant_meaning = QLabel()
        self.consultant_meaning.setObjectName("consultantMeaning")
        self.consultant_meaning.setWordWrap(True)
        self.consultant_meaning.setMinimumWidth(200)
        self.consultant_meaning.hide()  # shown with something to say
        if self.roster_mode:
            # Filled by _propose() below, once the form is built.
            self.consultant.currentIndexChanged.connect(lambda _i: self._show_meaning())
            self.consultant.activated.connect(self._on_user_choice)
        else:
            self.consultant.setEditable(True)
            self.consultant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.consultant.addItems(arrivals.consultants_seen())
            self.consultant.setCurrentIndex(-1)
            editor = self.consultant.lineEdit()
            assert editor is not None  # an editable combo box has its line edit
            editor.setPlaceholderText(self.tr("optional"))
        consultant_row = QHBoxLayout()
        consultant_row.setContentsMargins(0, 0, 0, 0)
        consultant_row.addWidget(self.consultant, 3)
        consultant_row.addWidget(self.consultant_meaning, 2)
        consultant_box = QWidget()
        consultant_box.setLayout(consultant_row)

        self.errors = {name: FieldError() for name in FIELDS}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Surname"), with_error(name_box, self.errors["surname"]))
        form.addRow(self.tr("Party si&ze"), with_error(self.party_size, self.errors["size"]))
        form.addRow(self.tr("Type"), kind_box)
        form.addRow(self.tr("C&hannel"), with_error(self.channel, self.errors["channel"]))
        form.addRow(self.tr("&Phone"), with_error(self.phone, self.errors["phone"]))
        form.addRow("", self.returning)
        form.addRow(self.tr("C&onsent"), with_error(self.consent, self.errors["consent"]))
        form.addRow(self.tr("P&late"), with_error(self.plate, self.errors["plate"]))
        form.addRow(self.tr("&Description"),
                    with_error(self.description, self.errors["description"]))
        form.addRow(self.tr("&Note"), with_error(self.note, self.errors["note"]))
        form.addRow(self.tr("&Consultant"),
                    with_error(consultant_box, self.errors["consultant"]))
        #: The input widget of each of FIELDS, by the name its problems and error label use.
        self.fields: dict[str, QWidget] = {
            "surname": self.surname, "size": self.party_size, "channel": self.channel,
            "phone": self.phone, "consent": self.consent, "plate": self.plate,
            "description": self.description, "note": self.note, "consultant": self.consultant}
        for label_field in self.fields.values():
            # The field sits inside its row's boxes: the form knows the outermost one.
            box: QWidget | None = label_field
            label = None
            while box is not None and box is not self and label is None:
                label = form.labelForField(box)
                box = box.parentWidget()
            if isinstance(label, QLabel):
                label.setBuddy(label_field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        hint = QLabel(self.tr("Enter saves · Esc cancels"))
        hint.setStyleSheet("color: #667085;")
        #: Shown when another PC saved this party since the form opened.
        self.conflict = QLabel()
        self.conflict.setObjectName("editConflict")
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet("color: #b42318; background: #fef3f2; padding: 8px;"
                                    " border-radius: 6px;")
        self.conflict.hide()
        #: The version of the party the form's values are based on (optimistic locking).
        self.version = record.version if record is not None else None
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict)
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
        #: The form's values as opened, to tell the person's changes from another PC's.
        self._opened = self.draft()
        self._set_up_consultant()
        self.surname.setFocus()

    def _take_in_newer(self, draft: PartyDraft, exc: StaleEditError) -> None:
        """Another PC saved this party since the form opened: show who changed what, keep
        every field the person changed, take the other PC's values into the fields the
        person left alone, and base the next Save on the newer version."""
        assert self.record is not None
        try:
            current = self.arrivals.get(self.record.id)
        except DomainError as gone:
            QMessageBox.warning(self, self.windowTitle(), message(gone))
            return
        mine = {name: getattr(draft, name) for name in PARTY_FIELDS
                if getattr(draft, name) != getattr(self._opened, name)}
        merged = replace(current, **mine)
        self._fill(merged)
        self._opened = replace(self.draft(), **{
            name: getattr(current, name) for name in PARTY_FIELDS})
        self.record = current
        self.version = current.version
        self.conflict.setText(message(exc))
        self.conflict.show()
        self._fit()

    def _fill(self, r: PartyRecord) -> None:
        self.surname.setText(r.surname)
        (self.mr if r.honorific is Honorific.MR else self.ms).setChecked(True)
        self.party_size.setValue(r.size)
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
            size=self.party_size.value(),
            kind=VisitKind.WALK_IN if self.walk_in.isChecked() else VisitKind.APPOINTMENT,
            channel=self.channel.currentText() if self.channel.currentIndex() >= 0 else "",
            phone=self.phone.text(),
            plate=self.plate.text(),
            description=self.description.text(),
            note=self.note.text(),
            # From the roster the rotation writes the name when it assigns the party.
            consultant="" if self.roster_mode else self.consultant.currentText(),
        )

    # -- the consultant: roster, proposal, meaning -----------------------------------
    def _fill_roster(self) -> None:
        """On-duty consultants in queue order, then the other active ones, then nobody."""
        assert self.rotation is not None
        keep = self.consultant.currentData() if self.consultant.count() else None
        self.consultant.blockSignals(True)
        self.consultant.clear()
        state = self._state
        for position, cid in enumerate(state.order, 1):
            self.consultant.addItem(
                f"{position}. {self._names.get(cid, '?')} · {duty_text(state.status.get(cid))}",
                cid)
        others = [c for c in self.rotation.consultants() if not state.on_duty(c.id)]
        if others:
            self.consultant.insertSeparator(self.consultant.count())
            for c in others:
                self.consultant.addItem(
                    self.tr("%1 · not on duty").replace("%1", c.name), c.id)
        self.consultant.insertSeparator(self.consultant.count())
        self.consultant.addItem(self.tr("— no consultant yet —"), NOBODY)
        if isinstance(keep, int):
            self.consultant.setCurrentIndex(max(self.consultant.findData(keep), 0))
        self.consultant.blockSignals(False)

    def _select(self, consultant_id: int | None) -> None:
        index = self.consultant.findData(NOBODY if consultant_id is None else consultant_id)
        self.consultant.setCurrentIndex(index)

    def chosen_consultant(self) -> int | None:
        """The roster consultant chosen (None: nobody yet, or the field is free text)."""
        if not self.roster_mode:
            return None
        value = self.consultant.currentData()
        return value if isinstance(value, int) and value != NOBODY else None

    def _set_up_consultant(self) -> None:
        if self.roster_mode:
            self._propose()
            return
        if self.rotation is None:
            return
        if self.record is not None and (self._state.order
                                        or self.record.id in self._state.assignments):
            # Changing who receives a party is a rotation action, recorded in its log.
            self.consultant.setEnabled(False)
            self._set_meaning(self.tr("Change it with Consultant… (F3) on the board"), None)
        elif self.record is None and self.rotation.consultants():
            self._set_meaning(self.tr("Nobody is signed in: type a name (no rotation)"), None)

    def _phone_for_rotation(self) -> str:
        return normalise_phone(self.phone.text()) or ""

    def _propose(self) -> None:
        """Ask the rotation again (on opening and whenever the phone lookup runs)."""
        assert self.rotation is not None
        self._state = self.rotation.state()
        self._fill_roster()
        self.proposal = self.rotation.propose(self._phone_for_rotation())
        if not self._user_chose:
            self.consultant.blockSignals(True)
            self._select(self.proposal.consultant_id)
            self.consultant.blockSignals(False)
        self._show_meaning()

    def _on_user_choice(self, _index: int) -> None:
        self._user_chose = True
        self._show_meaning()

    def _owner(self) -> int | None:
        return self.proposal.owner_id if self.proposal is not None else None

    def _show_meaning(self) -> None:
        chosen = self.chosen_consultant()
        owner = self._owner()
        owner_name = self._names.get(owner, "") if owner is not None else ""
        if chosen is None:
            self.choice_mode = None
            if self._state.up() is None and owner is None:
                text = self.tr("Nobody is free: the party waits for a consultant")
            else:
                text = self.tr("No consultant yet: the party waits")
            self._set_meaning(text, None)
            return
        self.choice_mode = classify(self._state, chosen, owner)
        up = self._state.up()
        up_name = self._names.get(up, "") if up is not None else ""
        self._set_meaning(choice_meaning(self.choice_mode, owner_name, up_name, short=True),
                          self.choice_mode, choice_meaning(self.choice_mode, owner_name, up_name))

    def _set_meaning(self, text: str, mode: AssignMode | None, tip: str = "") -> None:
        colour = MODE_COLOURS.get(mode, "#667085") if mode is not None else "#667085"
        weight = 700 if mode is AssignMode.OVERRIDE else 600
        self.consultant_meaning.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        self.consultant_meaning.setText(text)
        self.consultant_meaning.setToolTip(tip or text)
        self.consultant_meaning.setVisible(bool(text))

    def _show_prior_visits(self) -> None:
        if self.roster_mode:
            self._propose()
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
        if not self.roster_mode and self.consultant.isEnabled() \
                and not self.consultant.currentText() and visits[0].consultant:
            self.consultant.setCurrentText(visits[0].consultant)

    def _fit(self) -> None:
        """Grow to show every message in full (they wrap under their fields)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _clear_errors(self) -> None:
        self.conflict.hide()
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(self._widget(name), False)

    def _widget(self, name: str) -> QWidget:
        return self.fields[name]

    def _show_problems(self, exc: ValidationError) -> None:
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

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        self._clear_errors()
        draft = self.draft()
        if self.roster_mode:
            self._save_through_rotation(draft)
            return
        try:
            if self.record is None:
                saved = self.arrivals.register(draft, consent=self.consent.value(),
                                               actor=station_actor())
            else:
                saved = self.arrivals.edit(self.record.id, draft, version=self.version,
                                           actor=station_actor(), consent=self.consent.value())
        except ValidationError as exc:
            self._show_problems(exc)
            return
        except StaleEditError as exc:
            self._take_in_newer(draft, exc)
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        self.saved.emit(saved)
        self.accept()

    def _save_through_rotation(self, draft: PartyDraft) -> None:
        """Check the form, ask a manager if the choice is an override, then register."""
        assert self.rotation is not None
        try:
            validate_party(draft, self.arrivals.settings.current().channels)
            check_consent_has_phone(self.consent.value(), draft.phone)
        except ValidationError as exc:
            self._show_problems(exc)
            return
        chosen = self.chosen_consultant()
        if chosen is not None:
            # Decide on the queue as it is now (another PC may have moved it).
            self._state = self.rotation.state()
            owner = self.rotation.owner_for(self._phone_for_rotation())
            if classify(self._state, chosen, owner) is AssignMode.OVERRIDE:
                self._ask_manager(draft, chosen, owner)
                return
        self._commit(draft, chosen)

    def _ask_manager(self, draft: PartyDraft, chosen: int, owner: int | None) -> None:
        up = self._state.up()
        summary = override_summary(
            party_name(draft.surname.strip(), draft.honorific), self._names.get(chosen, ""),
            self._names.get(owner, "") if owner is not None else "",
            self._names.get(up, "") if up is not None else "")
        assert self.accounts is not None
        dialog = OverrideDialog(self.accounts, summary, self._confirm_override, self)
        dialog.accepted.connect(lambda: self._commit(draft, chosen, *self._override))
        dialog.rejected.connect(self.consultant.setFocus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _confirm_override(self, manager: Actor, reason: str) -> tuple[Actor, str]:
        self._override = check_override(manager, reason)
        return self._override

    def _commit(self, draft: PartyDraft, chosen: int | None, manager: Actor | None = None,
                reason: str = "") -> None:
        """Register and assign in one step: when the assignment is refused nothing is
        registered, the form stays open with everything typed and says why."""
        assert self.rotation is not None
        try:
            if chosen is None:
                saved = self.arrivals.register(draft, consent=self.consent.value(),
                                               actor=station_actor())
            else:
                saved = self.arrivals.register_and_assign(
                    draft, chosen, manager=manager, reason=reason, proposed=manager is None,
                    consent=self.consent.value(), actor=station_actor())
        except ValidationError as exc:
            self._show_problems(exc)
            return
        except DomainError as exc:
            if chosen is None:
                QMessageBox.warning(self, self.windowTitle(), message(exc))
                return
            self._not_assigned(chosen, message(exc))
            return
        self.saved.emit(saved)
        self.accept()

    def _not_assigned(self, chosen: int, problem: str) -> None:
        """The rotation refused the choice (another desk took the turn, the consultant
        left the roster…): nothing was registered; show why and propose again."""
        self.conflict.setText(
            self.tr("Not registered yet: %1 could not be given the party: %2\n"
                    "Check the consultant and press Enter again.")
            .replace("%1", self._names.get(chosen, "")).replace("%2", problem))
        self.conflict.show()
        self._names = self.rotation.names() if self.rotation is not None else self._names
        self._user_chose = False
        self._propose()
        self.consultant.setFocus()
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter saves from any field, including the combo boxes.
            self.save()
            return
        super().keyPressEvent(event)
