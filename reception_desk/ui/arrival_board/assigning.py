"""Giving the selected party to a consultant through the rotation (F5, F3).

A mixin of the arrival board panel: F5 gives the party to the rotation's
proposal, F3 offers the roster; an override asks a manager first. With
nobody signed in, the consultant is a typed name outside the rotation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...domain.records import PartyRecord
from ...domain.rotation import AssignMode, QueueState, classify
from ..rotation import OverrideDialog
from ..text import record_name
from .dialogs import (
    ChoiceDialog,
    ConsultantDialog,
    choice_meaning,
    override_summary,
    roster_items,
)
from .entry_dialog import tell

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from ...services.arrivals import ArrivalService
    from ...services.context import Services

    # For the type checker the mixin is the widget it is mixed into.
    _Panel = QWidget
else:
    _Panel = object

translate = QCoreApplication.translate


class ConsultantAssigning(_Panel):
    """The panel's consultant actions; `self` is the ArrivalBoardPanel."""

    if TYPE_CHECKING:  # what the mixin uses of the panel, which defines it
        services: Services
        arrivals: ArrivalService

        def selected_record(self) -> PartyRecord | None: ...
        def reload(self) -> None: ...
        def select_party(self, party_id: int) -> bool: ...
        def _run(self, work: Callable[[], object]) -> PartyRecord | None: ...
        @staticmethod
        def _open(dialog: QDialog) -> None: ...

    def _tell(self, text: str) -> None:
        tell(self, translate(
                "ArrivalBoardPanel", "Arrival board"), text, "boardMessage")

    def assign_up(self) -> None:
        """F5: give the party to the rotation's proposal (up, or the returning owner)."""
        record = self.selected_record()
        if record is None or record.departed:
            return
        rotation = self.services.rotation
        state = rotation.state()
        if not state.order:
            self._tell(translate(
                "ArrivalBoardPanel", "No consultant is signed in today: sign consultants in on "
                               "the rotation panel, or type a name with Consultant… (F3)."))
            return
        proposal = rotation.propose(record.phone, record.id, state)
        assignment = state.assignments.get(record.id)
        if assignment is not None and not assignment.restored and (
                not record.unreceived or assignment.consultant_id == proposal.consultant_id):
            name = rotation.names().get(assignment.consultant_id, record.consultant)
            self._tell(translate(
                "ArrivalBoardPanel", "%1 is already with %2. To give the party to someone else, "
                               "use Consultant… (F3).").replace("%1", record_name(record))
                       .replace("%2", name))
            return
        if proposal.consultant_id is None:
            self._tell(translate(
                "ArrivalBoardPanel", "Nobody is free to receive %1: every consultant on duty is "
                               "receiving or away.").replace("%1", record_name(record)))
            return
        # The queue and owner just read: the service decides again in its write anyway.
        self.assign_to(record, proposal.consultant_id, (state, proposal.owner_id))

    def assign_to(self, record: PartyRecord, consultant_id: int,
                  read: tuple[QueueState, int | None] | None = None) -> None:
        """Give a party to a consultant; an override asks a manager first. `read` is the
        queue and the customer's owner the caller has just read (else read here)."""
        rotation = self.services.rotation
        if read is None:
            state = rotation.state()
            owner = rotation.owner_for(record.phone, record.id)
        else:
            state, owner = read
        mode = classify(state, consultant_id, owner)
        if mode is not AssignMode.OVERRIDE:
            # Another desk may take this turn first: the service then says who got whom
            # and who is up now, and the board and rotation refresh with the new proposal.
            self._run(lambda: rotation.assign(record.id, consultant_id, proposed=True))
            return
        names = rotation.names()
        up = state.up()
        summary = override_summary(record_name(record), names.get(consultant_id, ""),
                                   names.get(owner, "") if owner is not None else "",
                                   names.get(up, "") if up is not None else "")
        dialog = OverrideDialog(self.services.accounts, summary,
                                lambda manager, reason: rotation.assign(
            record.id, consultant_id, manager=manager, reason=reason), self)
        dialog.accepted.connect(lambda: self._after_assign(dialog.result_value))
        self._open(dialog)

    def _after_assign(self, result: object) -> None:
        if isinstance(result, PartyRecord):
            self.reload()
            self.select_party(result.id)

    def choose_consultant(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        rotation = self.services.rotation
        state = rotation.state()
        if not state.order:
            self._choose_by_name(record)
            return
        if record.departed:
            self._tell(translate(
                "ArrivalBoardPanel", "%1 has already left.").replace("%1", record_name(record)))
            return
        names = rotation.names()
        roster = [(c.id, c.name) for c in rotation.consultants()]
        owner = rotation.owner_for(record.phone, record.id)
        assignment = state.assignments.get(record.id)
        current = assignment.consultant_id if assignment is not None \
            and not assignment.restored else None
        items = roster_items(state, roster, owner, names, current)
        prompt = translate(
                "ArrivalBoardPanel", "Who receives %1?").replace("%1", record_name(record))
        proposal = rotation.propose(record.phone, record.id)
        if proposal.consultant_id is not None and proposal.consultant_id != current:
            up = state.up()
            prompt += "\n" + translate(
                "ArrivalBoardPanel", "Proposed: %1 — %2").replace(
                "%1", names.get(proposal.consultant_id, "")).replace(
                "%2", choice_meaning(proposal.mode, names.get(owner, "") if owner else "",
                                     names.get(up, "") if up is not None else ""))
        dialog = ChoiceDialog(translate(
                "ArrivalBoardPanel", "Consultant"), prompt, items, self)
        dialog.setObjectName("rosterDialog")
        dialog.resize(max(dialog.width(), 560), dialog.height())
        values = [value for _text, value, enabled in items if enabled]
        if proposal.consultant_id in values:
            dialog.list.setCurrentRow(
                next(i for i, item in enumerate(items) if item[1] == proposal.consultant_id))

        def chosen() -> None:
            value = dialog.value()
            if isinstance(value, int):
                self.assign_to(record, value)

        dialog.accepted.connect(chosen)
        self._open(dialog)

    def _choose_by_name(self, record: PartyRecord) -> None:
        """Nobody on duty: the consultant is a typed name, outside the rotation."""
        dialog = ConsultantDialog(self.arrivals.consultants_seen(), record.consultant, self)
        dialog.setObjectName("consultantDialog")
        dialog.accepted.connect(
            lambda: self._run(lambda: self.arrivals.set_consultant(record.id, dialog.value())))
        self._open(dialog)

