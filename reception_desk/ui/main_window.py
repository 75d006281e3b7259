"""The control-desk main window: docks for each panel, menus, layout memory."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QScrollArea, QWidget

from .. import __version__
from ..domain.events import SETTINGS, Event
from ..domain.roles import Permission
from ..services.context import Services
from .accounts import ask_actor
from .after_paint import AfterFirstPaint
from .arrival_board import ArrivalBoardPanel
from .bar_desk import BarDeskPanel
from .events import EventBridge
from .hotline import HotlinePanel
from .notice import Announcer, bar_window_notices
from .prefs import BAR_OPEN, LAYOUT_VERSION, MAIN_AUTO, MAIN_GEOMETRY, MAIN_STATE, make_prefs
from .requests import RequestsPanel
from .rotation import RotationPanel
from .settings import SettingsDialog
from .status_bar import DeskStatusBar
from .steady_views import keep_views_steady

if TYPE_CHECKING:  # loaded when opened: the desk paints without them
    from .bar import BarWindow
    from .lobby import LobbyWindow

#: The right-hand column (rotation, and the bar / requests / hotline tabs under it).
RIGHT_MIN_WIDTH = 340
RIGHT_MAX_WIDTH = 560
RIGHT_SHARE = 0.28
#: The rotation's share of the right-hand column's height.
ROTATION_SHARE = 0.64
#: The first start's size on a screen with room for it.
DEFAULT_SIZE = QSize(1440, 880)
#: Room the title bar and borders take around the window.
FRAME_ALLOWANCE = QSize(16, 40)


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a frameless scroll area, so its dock can be narrower or lower."""
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class SeparatorWatch(QObject):
    """Notices a press on the window itself, between its docks: the person drags a
    separator, and from then on sizes the docks by hand (the default sizing stops)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and watched is self._window:
            self._window.auto_layout = False
        return False


class MainWindow(QMainWindow):
    def __init__(self, services: Services, bridge: EventBridge, announcer: Announcer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.bridge = bridge
        self.announcer = announcer
        self.bar_window: BarWindow | None = None
        self.lobby_window: LobbyWindow | None = None
        #: A --screenshot run must not overwrite the person's saved layout.
        self.remember_layout = True
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)

        self.board = ArrivalBoardPanel(services, bridge, self)
        self.docks: dict[str, QDockWidget] = {}
        self._add_dock("dock_arrivals", self.tr("Arrival board"), self.board,
                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.rotation = RotationPanel(services, bridge, self)
        self._add_dock("dock_rotation", self.tr("Consultant rotation"), self.rotation,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.bar_desk = BarDeskPanel(services, bridge, self)
        self.bar_desk.set_order_action(self.board.act_drinks)
        self.bar_desk.party_activated.connect(self.board.select_party)
        # The board keeps the whole left-hand side, top to bottom: its in-building rows
        # are the desk's first concern. The right-hand column holds the rotation and,
        # under it, the bar, the requests and the hotline as tabs.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        # In a scroll area so the dock can be as low as the receptionist likes.
        self._add_dock("dock_bar", self.tr("Water bar"),
                       _scrolled(self.bar_desk, "barDeskScroll"),
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.docks["dock_rotation"], self.docks["dock_bar"],
                             Qt.Orientation.Vertical)
        # The requests and the hotline tabs start behind the bar: they read their rows
        # after the first paint, or when shown if sooner (after_paint.py).
        self.after_first_paint = AfterFirstPaint(self)
        self.requests = RequestsPanel(services, bridge, self, load=False)
        # The requests and the hotline are wider than the column: they scroll sideways
        # there, and show whole when the column is widened or the dock floats.
        self._add_dock("dock_requests", self.tr("Reception requests"),
                       _scrolled(self.requests, "requestsScroll"),
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["dock_bar"], self.docks["dock_requests"])
        self.hotline = HotlinePanel(services, bridge, self, load=False)
        self._add_dock("dock_hotline", self.tr("Hotline"),
                       _scrolled(self.hotline, "hotlineScroll"),
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["dock_requests"], self.docks["dock_hotline"])
        self.docks["dock_bar"].raise_()
        self.after_first_paint.add(self.requests.load_once, self.docks["dock_requests"])
        self.after_first_paint.add(self.hotline.load_once, self.docks["dock_hotline"])

        self.setStatusBar(DeskStatusBar(services, bridge, self))
        self._build_menus()
        # One notice area for the arrival banners and the reminders: in the bar's corner
        # under the rotation, never over the up / on-deck cards (nor a field in use).
        self.notices = self.announcer.attach(self)
        self.notices.corners = (Qt.Corner.BottomRightCorner, Qt.Corner.BottomLeftCorner,
                                Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner)
        self.notices.keep_clear = lambda: [self.rotation.up_card, self.rotation.deck_card]
        bridge.changed.connect(self._on_event)
        self._update_title()
        self._default_state = self.saveState(LAYOUT_VERSION)
        #: True while the layout is the default one: it then follows the window's size.
        self.auto_layout = True
        self._arranging = False
        self._restore_layout()
        for dock in self.docks.values():
            dock.dockLocationChanged.connect(self._layout_changed_by_hand)
            dock.topLevelChanged.connect(self._layout_changed_by_hand)
            dock.visibilityChanged.connect(lambda _v: self.notices.place_soon())
        self._separators = SeparatorWatch(self)

    def _add_dock(self, name: str, title: str, widget: QWidget,
                  area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        if area == Qt.DockWidgetArea.RightDockWidgetArea:
            dock.setMinimumWidth(RIGHT_MIN_WIDTH)
        self.addDockWidget(area, dock)
        self.docks[name] = dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.act_settings = QAction(self.tr("&Settings…"), self)
        self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_settings.triggered.connect(self.open_settings)
        file_menu.addAction(self.act_settings)
        self.act_export = QAction(self.tr("&Export…"), self)
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.open_export)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        party_menu = bar.addMenu(self.tr("&Party"))
        for action in self.board.party_actions():
            party_menu.addAction(action)

        rotation_menu = bar.addMenu(self.tr("&Rotation"))
        rotation_menu.setObjectName("rotationMenu")
        duty = set(self.rotation.status_actions.values())
        was_duty = False
        for action in self.rotation.actions_for_menu():
            if (action in duty) != was_duty:  # the duty keys form their own group
                rotation_menu.addSeparator()
                was_duty = action in duty
            rotation_menu.addAction(action)
        rotation_menu.addSeparator()
        self.act_rotation_log = QAction(self.tr("Rotation &log…"), self)
        self.act_rotation_log.setObjectName("rotationLog")
        self.act_rotation_log.setShortcut(QKeySequence("Ctrl+L"))
        self.act_rotation_log.triggered.connect(self.open_rotation_log)
        rotation_menu.addAction(self.act_rotation_log)
        self.act_rotation_stats = QAction(self.tr("S&tatistics…"), self)
        self.act_rotation_stats.setObjectName("rotationStats")
        self.act_rotation_stats.triggered.connect(self.open_rotation_stats)
        rotation_menu.addAction(self.act_rotation_stats)

        self._build_bar_menu()
        self._build_requests_menu()
        self._build_hotline_menu()
        self._build_accounts_menu()

        view_menu = bar.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        reset = QAction(self.tr("&Reset layout"), self)
        reset.setObjectName("resetLayout")
        reset.triggered.connect(self.reset_layout)
        view_menu.addAction(reset)
        view_menu.addSeparator()
        self.act_lobby = QAction(self.tr("&Lobby display"), self)
        self.act_lobby.triggered.connect(self.open_lobby_window)
        view_menu.addAction(self.act_lobby)

        window_menu = bar.addMenu(self.tr("&Window"))
        self.act_bar = QAction(self.tr("Open &bar window"), self)
        self.act_bar.setShortcut(QKeySequence("Ctrl+B"))
        self.act_bar.triggered.connect(self.open_bar_window)
        window_menu.addAction(self.act_bar)

        help_menu = bar.addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        about = QAction(self.tr("&About Reception Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_bar_menu(self) -> None:
        """The Bar menu (drinks menu, stock, goods in, closing count, statistics, requisition)
        and the 18:50 closing-count reminder, kept on the window."""
        from .stock import BarMenu

        self.bar_menu = BarMenu(self)
        self.menuBar().addMenu(self.bar_menu.menu)
        self.closing_reminder = self.bar_menu.reminder

    def _build_requests_menu(self) -> None:
        """The Requests menu (接待申请): the requests dock's actions, and a key to show it."""
        menu = self.menuBar().addMenu(self.tr("Re&quests"))
        menu.setObjectName("requestsMenu")
        self.act_show_requests = QAction(self.tr("Show reception &requests"), self)
        self.act_show_requests.setObjectName("showRequests")
        self.act_show_requests.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.act_show_requests.triggered.connect(self.show_requests)
        menu.addAction(self.act_show_requests)
        menu.addSeparator()
        for action in self.requests.actions_for_menu():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def _build_accounts_menu(self) -> None:
        """The Accounts menu (账户): sign in/out, accounts, audit log; who is signed in."""
        from .accounts import AccountsMenu

        self.accounts_menu = AccountsMenu(self, self.services, self.bridge)
        self.menuBar().addMenu(self.accounts_menu.menu)

    def _build_hotline_menu(self) -> None:
        """The Hotline menu (来电): new call (F12, from anywhere), customers, import, 判客."""
        menu = self.menuBar().addMenu(self.tr("&Hotline"))
        menu.setObjectName("hotlineMenu")
        for action in self.hotline.actions_for_menu():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def show_requests(self) -> None:
        dock = self.docks["dock_requests"]
        dock.show()
        dock.raise_()
        self.requests.view.setFocus()

    # -- layout -------------------------------------------------------------------
    def _restore_layout(self) -> None:
        prefs = make_prefs()
        geometry = prefs.value(MAIN_GEOMETRY)
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self._first_start_size()
        state = prefs.value(MAIN_STATE)
        # A layout saved by an earlier version (another arrangement) is not restored:
        # the new default applies once.
        if isinstance(state, QByteArray) and self._restore_state(state):
            self.auto_layout = str(prefs.value(MAIN_AUTO, "false")).lower() == "true"
        self.apply_default_sizes()

    def _first_start_size(self) -> None:
        """No size saved on this PC: 1440x880 where the screen has room for it; on a
        smaller screen (a 1366x768 laptop) the window starts maximised, never larger than
        the screen, and the board keeps its rows in what the screen gives."""
        width, height, maximise = first_start_size(available_screen_area(self))
        self.resize(width, height)
        if maximise:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _restore_state(self, state: QByteArray) -> bool:
        self._arranging = True
        try:
            return self.restoreState(state, LAYOUT_VERSION)
        finally:
            self._arranging = False

    def save_layout(self) -> None:
        prefs = make_prefs()
        prefs.setValue(MAIN_GEOMETRY, self.saveGeometry())
        prefs.setValue(MAIN_STATE, self.saveState(LAYOUT_VERSION))
        prefs.setValue(MAIN_AUTO, self.auto_layout)
        prefs.setValue(BAR_OPEN, self.bar_window is not None and self.bar_window.isVisible())
        prefs.sync()

    def reset_layout(self) -> None:
        """View › Reset layout: every dock back in its place, sized for this window."""
        self._restore_state(self._default_state)
        self._arranging = True
        try:
            for dock in self.docks.values():
                dock.setFloating(False)
                dock.show()
            self.docks["dock_bar"].raise_()
        finally:
            self._arranging = False
        self.auto_layout = True
        self.board.auto_split = True
        self.board.share_height()
        self.apply_default_sizes()

    def apply_default_sizes(self) -> None:
        """Share the window the default way (while the layout is the default one): the
        right-hand column a quarter of the width, the rotation about two thirds of its height.
        The board's minimum size keeps its in-building rows whatever the others get."""
        if not self.auto_layout:
            return
        docks = self.docks
        board, rotation = docks["dock_arrivals"], docks["dock_rotation"]
        lower = next((docks[name] for name in ("dock_bar", "dock_requests", "dock_hotline")
                      if self._docked(docks[name])), None)
        self._arranging = True
        try:
            if self._docked(board) and self._docked(rotation):
                right = max(rotation.minimumWidth(),
                            min(RIGHT_MAX_WIDTH, round(self.width() * RIGHT_SHARE)))
                self.resizeDocks([board, rotation], [self.width() - right, right],
                                 Qt.Orientation.Horizontal)
            if lower is not None and self._docked(rotation):
                height = self.height()
                top = round(height * ROTATION_SHARE)
                self.resizeDocks([rotation, lower], [top, height - top],
                                 Qt.Orientation.Vertical)
        finally:
            self._arranging = False
        self.notices.place_soon()

    def _docked(self, dock: QDockWidget) -> bool:
        return not dock.isHidden() and not dock.isFloating() \
            and self.dockWidgetArea(dock) != Qt.DockWidgetArea.NoDockWidgetArea

    def _layout_changed_by_hand(self, *_args: object) -> None:
        if not self._arranging:
            self.auto_layout = False
        self.notices.place_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_default_sizes()

    # -- actions ------------------------------------------------------------------
    def open_settings(self) -> None:
        actor = ask_actor(self, self.services, Permission.SETTINGS_EDIT)
        if actor is None:
            return
        dialog = SettingsDialog(self.services.settings, self, actor=actor)
        dialog.open()

    def open_export(self) -> None:
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.services, self)
        dialog.open()

    def open_rotation_log(self) -> None:
        from .rotation import LogDialog

        dialog = LogDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_rotation_stats(self) -> None:
        from .rotation import StatsDialog

        dialog = StatsDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_bar_window(self) -> BarWindow:
        if self.bar_window is None:
            from .bar import BarWindow

            self.bar_window = BarWindow(self.services, self.bridge)
            self.bar_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            bar_window_notices(self.announcer.attach(self.bar_window), self.bar_window)
        self.bar_window.show()
        self.bar_window.raise_()
        return self.bar_window

    def open_lobby_window(self) -> LobbyWindow:
        """The wall display, full screen on a second screen if there is one."""
        from .lobby import LobbyWindow, second_screen

        if self.lobby_window is None:
            self.lobby_window = LobbyWindow(self.services, self.bridge)
        self.lobby_window.show_full_screen(second_screen(self))
        return self.lobby_window

    def show_shortcuts(self) -> None:
        rows = [
            ("F2 / Ctrl+N", self.tr("Register an arrival")),
            (self.tr("Enter"), self.tr("Save the form")),
            (self.tr("Space"), self.tr("Selected party: next stage")),
            ("F6", self.tr("Seat the party")),
            ("F7", self.tr("Move to any stage")),
            ("F8", self.tr("The party has left")),
            ("Ctrl+Z", self.tr("Undo the party's last move")),
            ("F3", self.tr("Set the consultant")),
            ("F5", self.tr("Give the selected party to the up consultant")),
            ("F4", self.tr("Edit the party")),
            ("F9", self.tr("Mark an invalid reception")),
            ("D", self.tr("Order drinks for the selected party (then 1–9, Enter)")),
            ("Ctrl+M", self.tr("Note a customer remark for the selected party")),
            ("Ctrl+F", self.tr("Search by surname, phone or plate")),
            ("Ctrl+I", self.tr("Sign a consultant in")),
            ("Alt+1", self.tr("Selected consultant: available")),
            ("Alt+2", self.tr("Selected consultant: on break")),
            ("Alt+3", self.tr("Selected consultant: out")),
            ("Alt+4", self.tr("Selected consultant: signed off")),
            ("Alt+M", self.tr("Selected consultant missed the turn (to the back)")),
            ("Alt+O", self.tr("Move the selected consultant in the queue (manager)")),
            ("Ctrl+L", self.tr("Rotation log")),
            ("Ctrl+B", self.tr("Open the bar window")),
            ("Ctrl+Shift+R", self.tr("Show the reception requests")),
            ("Ctrl+Shift+N", self.tr("New reception request")),
            ("Ctrl+Shift+O", self.tr("Open the selected reception request")),
            ("Ctrl+Shift+A", self.tr("Approve the selected reception request")),
            ("F12", self.tr("Log a hotline call (phone first)")),
            ("Ctrl+U", self.tr("Customers: search, history, merge")),
            ("V", self.tr("VIP data card of the selected party's customer")),
            (self.tr("Enter"), self.tr("On the expected list: check the party in")),
            ("Ctrl+E", self.tr("Export data to Excel or CSV")),
            ("Ctrl+,", self.tr("Settings")),
            ("F1", self.tr("This list")),
        ]
        html = "<table cellspacing=6>" + "".join(
            f"<tr><td><b>{key}</b></td><td>{what}</td></tr>" for key, what in rows) + "</table>"
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), html)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Reception Desk"),
                          self.tr("Reception Desk %1\nFront-desk software for a sales office.\n"
                                  "Database: %2").replace("%1", __version__)
                          .replace("%2", self.services.db.describe()))

    def _on_event(self, event: Event) -> None:
        if event.topic in (SETTINGS, "*"):
            self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("Reception Desk — %1").replace(
            "%1", self.services.settings.current().site_name))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_layout:
            self.save_layout()
        if self.bar_window is not None:
            self.bar_window.close()
        if self.lobby_window is not None:
            self.lobby_window.close()
        # The PC's sign-in session outlives this window (and its desk's database).
        self.requests.follow_sign_in(False)
        self.accounts_menu.follow_sign_in(False)
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.requests.follow_sign_in(True)  # shown again after a close
        self.accounts_menu.follow_sign_in(True)
        keep_views_steady(self)
        super().showEvent(event)

    def bar_was_open(self) -> Any:
        return str(make_prefs().value(BAR_OPEN, "false")).lower() == "true"


def available_screen_area(window: QWidget) -> QRect | None:
    """The screen area a window may take (without the taskbar), or None without a real
    screen (the offscreen platform of --screenshot and the tests: pictures at 1440x880)."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return None
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def first_start_size(available: QRect | None) -> tuple[int, int, bool]:
    """The first start's window size, and whether it starts maximised."""
    if available is None:
        return DEFAULT_SIZE.width(), DEFAULT_SIZE.height(), False
    room = available.size() - FRAME_ALLOWANCE
    if room.width() >= DEFAULT_SIZE.width() and room.height() >= DEFAULT_SIZE.height():
        return DEFAULT_SIZE.width(), DEFAULT_SIZE.height(), False
    return (min(DEFAULT_SIZE.width(), room.width()), min(DEFAULT_SIZE.height(), room.height()),
            True)
