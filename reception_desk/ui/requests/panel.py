"""The reception requests dock (接待申请): the list with filters, the actions, print buttons.

Filters: all open, mine, waiting for my approval, this week, overdue, and a
status choice. "Mine" and "waiting for my approval" need to know who is at
the PC: the signed-in person, or whoever identifies when asked. An
itinerary reminder line heads the panel while some itinerary is due. The list
reloads on every REQUESTS event (this PC's or another's).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.events import ACCOUNTS, EVERYTHING, REQUESTS, SETTINGS, Event
from ...domain.reception_request import RequestRecord, Status
from ...domain.request_workflow import OPEN_STATUSES
from ...domain.roles import Actor, Permission
from ...services.context import Services
from ...services.requests import RequestFilter
from ..accounts import SignInSession, may
from ..events import EventBridge
from ..widgets import button_text
from .actions import RequestActions, Sheet, approval_permission
from .labels import FINISHED, status_label
from .model import REQUEST_ID_ROLE, Col, RequestTableModel

STYLE = """
QLabel#itineraryReminder {
    background: #fffaeb; color: #b54708; border: 1px solid #fedf89; border-radius: 6px;
    padding: 5px 8px; font-weight: 600;
}
QPushButton[filter="true"] { padding: 3px 10px; }
QPushButton[filter="true"]:checked { background: #175cd3; color: white; font-weight: 700; }
QPushButton#button_approve:enabled { color: #067647; font-weight: 700; }
QPushButton#button_reject:enabled { color: #b42318; }
"""

NEW_KEY = "Ctrl+Shift+N"
OPEN_KEY = "Ctrl+Shift+O"
APPROVE_KEY = "Ctrl+Shift+A"


class Filter(StrEnum):
    OPEN = "open"
    MINE = "mine"
    AWAITING = "awaiting"
    WEEK = "week"
    OVERDUE = "overdue"


class RequestsPanel(QWidget):
    """接待申请. One row per request; buttons act on the selected one(s)."""

    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None, *, load: bool = True) -> None:
        """Without `load` the rows are read by the first `load_once` or reload (the main
        window loads this tab after its first paint)."""
        super().__init__(parent)
        self.setObjectName("requestsPanel")
        self.loaded = False
        self.setStyleSheet(STYLE)
        self.services = services
        self.request_actions = RequestActions(services, self)
        self.filter = Filter.OPEN
        #: Who "mine" / "waiting for my approval" mean when nobody is signed in.
        self._filter_actor: Actor | None = None
        settings = services.settings

        self.reminder = QLabel()
        self.reminder.setObjectName("itineraryReminder")
        self.reminder.setWordWrap(True)
        self.reminder.hide()

        self.model = RequestTableModel(services.clock, lambda: settings.current().zone(),
                                       lambda: settings.current().itinerary_days_before, self)
        self.view = self._make_view()
        self._build_actions()
        self.buttons: dict[str, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        layout.addWidget(self.reminder)
        layout.addLayout(self._build_filters())
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.view, 1)

        bridge.changed.connect(self._on_event)
        SignInSession.instance().changed.connect(self._on_session)
        self._following_sign_in = True
        if load:
            self.reload()
        else:  # nothing selected yet: the row actions wait for the rows
            for action in self.actions_for_menu():
                if action is not None and action is not self.act_new:
                    action.setEnabled(False)
            self.print_button.setEnabled(False)

    # -- construction ------------------------------------------------------------
    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("requestsTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(28)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(lambda _i: self.open_selected())
        view.activated.connect(lambda _i: self.open_selected())
        view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        return view

    def _action(self, name: str, text: str, slot: Callable[[], object], tip: str,
                key: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({native})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action("newRequest", self.tr("&New request…"), self.new_request,
                                    self.tr("Fill in a new reception request"), NEW_KEY)
        self.act_open = self._action("openRequest", self.tr("&Open…"), self.open_selected,
                                     self.tr("Open the selected request"), OPEN_KEY)
        self.act_submit = self._action("submit", self.tr("&Submit"), self._on_selected(
            self.request_actions.submit), self.tr("Send the selected draft for approval"))
        self.act_approve = self._action("approve", self.tr("&Approve"), self._on_selected(
            self.request_actions.approve), self.tr("Approve the selected request (approvers)"),
            APPROVE_KEY)
        self.act_reject = self._action("reject", self.tr("&Reject…"), self._on_selected(
            self.request_actions.reject),
            self.tr("Send the request back to its host, with a reason"))
        self.act_cancel = self._action("cancel", self.tr("&Cancel…"), self._on_selected(
            self.request_actions.cancel), self.tr("Cancel the visit, with a reason"))
        self.act_itinerary = self._action(
            "itinerarySent", self.tr("&Itinerary sent"), self._on_selected(
                self.request_actions.itinerary_sent),
            self.tr("The itinerary went to the visiting leader"))
        self.act_visited = self._action("visited", self.tr("&Visited"), self._on_selected(
            self.request_actions.visited), self.tr("The visitors came"))
        self.act_close = self._action("closeRequest", self.tr("C&lose"), self._on_selected(
            self.request_actions.close_request),
            self.tr("Receipts reimbursed and unused items returned: close the request"))
        self.act_feedback = self._action("feedback", self.tr("&Feedback…"), self._on_selected(
            self.request_actions.feedback), self.tr("File the feedback form after the visit"))
        self.print_actions: dict[str, QAction] = {}
        for sheet, text in ((Sheet.REQUEST, self.tr("Request sheet…")),
                            (Sheet.ITINERARY, self.tr("Itinerary…")),
                            (Sheet.FEEDBACK_BLANK, self.tr("Feedback form, blank…")),
                            (Sheet.FEEDBACK_FILLED, self.tr("Feedback form, filled…"))):
            self.print_actions[sheet] = self._action(
                f"print_{sheet}", text, self._on_selected(
                    partial(self.request_actions.print_sheet, sheet=sheet)),
                self.tr("Preview, print or save as PDF"))
        self.act_batch = self._action("batchPrint", self.tr("&Batch print selected…"),
                                      self.batch_print,
                                      self.tr("Print the sheets of all selected requests "
                                              "in one job"))

    def _on_selected(self, act: Callable[[RequestRecord], object]) -> Callable[[], object]:
        def run() -> object:
            record = self.selected_record()
            return act(record) if record is not None else None
        return run

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[Filter, QPushButton] = {}
        for kind, text in ((Filter.OPEN, self.tr("All open")), (Filter.MINE, self.tr("Mine")),
                           (Filter.AWAITING, self.tr("Waiting for my approval")),
                           (Filter.WEEK, self.tr("This week")),
                           (Filter.OVERDUE, self.tr("Overdue"))):
            button = QPushButton(text)
            button.setObjectName(f"filter_{kind.value}")
            button.setCheckable(True)
            button.setProperty("filter", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, k=kind: self.set_filter(k))
            self.filter_group.addButton(button)
            self.filter_buttons[kind] = button
            row.addWidget(button)
        self.filter_buttons[Filter.OPEN].setChecked(True)
        row.addSpacing(10)
        row.addWidget(QLabel(self.tr("Status")))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("Any"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        row.addWidget(self.status_combo)
        row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("requestsCount")
        self.count_label.setStyleSheet("color: #475467;")
        row.addWidget(self.count_label)
        row.addSpacing(8)
        self.print_button = QToolButton()
        self.print_button.setObjectName("printMenuButton")
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_menu = QMenu(self.print_button)
        self.print_menu.setObjectName("printMenu")
        for action in self.print_actions.values():
            self.print_menu.addAction(action)
        self.print_button.setMenu(self.print_menu)
        row.addWidget(self.print_button)
        row.addWidget(self._button(self.act_batch))
        return row

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(button_text(action.text()))
        button.setObjectName(f"button_{action.objectName()}")
        button.setToolTip(action.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        action.visibleChanged.connect(lambda b=button, a=action: b.setVisible(a.isVisible()))
        button.setEnabled(action.isEnabled())
        self.buttons[action.objectName()] = button
        return button

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        for action in (self.act_new, self.act_open, self.act_submit, self.act_approve,
                       self.act_reject, self.act_cancel, self.act_itinerary,
                       self.act_visited, self.act_feedback, self.act_close):
            row.addWidget(self._button(action))
        row.addStretch(1)
        return row

    def actions_for_menu(self) -> list[QAction | None]:
        """For the main window's Requests menu (None: a separator)."""
        return [self.act_new, self.act_open, None, self.act_submit, self.act_approve,
                self.act_reject, self.act_cancel, self.act_itinerary, self.act_visited,
                self.act_feedback, self.act_close, None,
                *self.print_actions.values(), self.act_batch]

    # -- who ------------------------------------------------------------------------
    def present_actor(self) -> Actor | None:
        """The person signed in at this PC, else whoever identified for a filter."""
        return SignInSession.instance().actor() or self._filter_actor

    def follow_sign_in(self, on: bool) -> None:
        """Reload when someone signs in or out at this PC. The session belongs to the
        application and outlives the window: a closed desk stops following it, so a later
        sign-in never reads its database; following again catches up."""
        if on == self._following_sign_in:
            return
        self._following_sign_in = on
        changed = SignInSession.instance().changed
        if on:
            changed.connect(self._on_session)
            self._on_session()
        else:
            changed.disconnect(self._on_session)

    def _on_session(self, *_args: object) -> None:
        self._filter_actor = None
        if self.filter in (Filter.MINE, Filter.AWAITING) and self.present_actor() is None:
            self.filter_buttons[Filter.OPEN].setChecked(True)
            self.filter = Filter.OPEN
        self.reload()

    def set_filter(self, kind: Filter) -> None:
        """Mine / waiting for my approval ask who is there when nobody is signed in."""
        if kind in (Filter.MINE, Filter.AWAITING) and self.present_actor() is None:
            permission = (Permission.REQUEST_CREATE if kind is Filter.MINE
                          else Permission.REQUEST_APPROVE_DEPARTMENT)
            actor = self.request_actions.ask(permission, self.tr("see your requests"))
            if actor is None:
                self.filter_buttons[self.filter].setChecked(True)
                return
            self._filter_actor = actor
        self.filter = kind
        self.filter_buttons[kind].setChecked(True)
        self.reload()

    # -- data -------------------------------------------------------------------------
    def fetch(self) -> list[RequestRecord]:
        status_value = self.status_combo.currentData()
        status = Status(status_value) if isinstance(status_value, str) else None
        actor = self.present_actor()
        wanted = {Filter.OPEN: RequestFilter.ALL, Filter.MINE: RequestFilter.MINE,
                  Filter.AWAITING: RequestFilter.WAITING_FOR_MY_APPROVAL,
                  Filter.WEEK: RequestFilter.THIS_WEEK,
                  Filter.OVERDUE: RequestFilter.OVERDUE}[self.filter]
        records = self.services.requests.list_requests(wanted, actor=actor, status=status)
        if self.filter is Filter.OPEN and status is None:
            return [r for r in records if r.status not in FINISHED]
        return records

    def load_once(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        keep = self.selected_ids()
        self.model.set_records(self.fetch())
        if keep:
            self.select_ids(keep)
        elif self.model.rowCount():
            self.select_ids([self.model.records()[0].id])
        self.count_label.setText(self.tr("%n requests", "", self.model.rowCount()))
        self._update_reminder()
        self._update_actions()

    def _update_reminder(self) -> None:
        try:
            due = list(self.services.requests.itinerary_reminders(self.services.clock()))
        except Exception:  # a reminder must never stop the list
            due = []
        if not due:
            self.reminder.hide()
            return
        names = "、".join(f"{r.number} {r.form.organisation}".strip() for r in due[:5])
        more = len(due) - 5
        text = self.tr("Send the itinerary today (arrival tomorrow): %1").replace("%1", names)
        if more > 0:
            text += " " + self.tr("and %n more", "", more)
        self.reminder.setText("⚠ " + text)
        self.reminder.show()

    def _on_event(self, event: Event) -> None:
        if event.concerns(REQUESTS, SETTINGS, ACCOUNTS, EVERYTHING):
            self.reload()

    # -- selection --------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [int(i.data(REQUEST_ID_ROLE)) for i in rows]

    def selected_records(self) -> list[RequestRecord]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [r for r in (self.model.record_at(i) for i in rows) if r is not None]

    def selected_record(self) -> RequestRecord | None:
        current = self.view.currentIndex()
        if current.isValid() and self.view.selectionModel().isRowSelected(current.row()):
            return self.model.record_at(current.row())
        records = self.selected_records()
        return records[0] if records else None

    def select_ids(self, ids: list[int]) -> bool:
        selection = self.view.selectionModel()
        rows = [self.model.row_of(i) for i in ids]
        rows = [r for r in rows if r >= 0]
        if not rows:
            return False
        flags = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(self.model.index(rows[0], 0),
                                  flags.ClearAndSelect | flags.Rows)
        for row in rows[1:]:
            selection.select(self.model.index(row, 0), flags.Select | flags.Rows)
        self.view.scrollTo(self.model.index(rows[0], 0))
        return True

    def select_request(self, request_id: int) -> bool:
        return self.select_ids([request_id])

    def _may(self, permission: Permission) -> bool:
        """The signed-in person may; with nobody signed in, some account may (PIN)."""
        if SignInSession.instance().actor() is not None:
            return may(permission)
        return may(permission, self.services)

    def _update_actions(self) -> None:
        record = self.selected_record()
        status = record.status if record is not None else None
        pending = approval_permission(record) if record is not None else None
        self.act_open.setEnabled(record is not None)
        self.act_submit.setEnabled(status is Status.DRAFT)
        may_approve = pending is not None and self._may(pending)
        self.act_approve.setEnabled(may_approve)
        self.act_reject.setEnabled(may_approve)
        # Hidden for a signed-in person who may approve nothing (and with no approver at all).
        approver = self._may(Permission.REQUEST_APPROVE_DEPARTMENT) \
            or self._may(Permission.REQUEST_APPROVE_GM)
        self.act_approve.setVisible(approver)
        self.act_reject.setVisible(approver)
        self.act_cancel.setEnabled(status in OPEN_STATUSES)
        self.act_itinerary.setEnabled(
            record is not None and record.itinerary_sent_at is None
            and status in (Status.SUBMITTED, Status.DEPARTMENT_APPROVED, Status.GM_APPROVED,
                           Status.SCHEDULED))
        self.act_visited.setEnabled(status is Status.SCHEDULED)
        self.act_feedback.setEnabled(status in (Status.VISITED, Status.FEEDBACK_FILED))
        self.act_close.setEnabled(status is Status.FEEDBACK_FILED)
        for action in self.print_actions.values():
            action.setEnabled(record is not None)
        self.print_button.setEnabled(record is not None)
        self.act_batch.setEnabled(len(self.selected_ids()) > 0)

    # -- actions ----------------------------------------------------------------------
    def new_request(self) -> object:
        return self.request_actions.new_request()

    def open_selected(self) -> object:
        record = self.selected_record()
        return self.request_actions.open_request(record) if record is not None else None

    def batch_print(self) -> object:
        return self.request_actions.batch_print(self.selected_records())
