"""Composition root: settings, database, services and windows, then the event loop.

`run_gui` is the one start-up path for a normal start and for `--screenshot`.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The services (with SQLAlchemy and the store) before Qt: once PySide6 is imported, its
# import hook reads the source of every module imported after it, looking for
# "PySide6" (shibokensupport/feature.py), some 400 modules that never use Qt (issue 14).
from . import paths
from .services.context import Services
from .startup import open_database, setup_logging
from .store.database import StoreError

# isort: split
from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

# isort: split
from .ui.pyside_scan import skip_source_scan

skip_source_scan()  # before the windows' modules load (see ui/pyside_scan.py)

# isort: split
from .ui.after_paint import AfterFirstPaint  # noqa: E402
from .ui.first_paint import EXIT_AFTER_PAINT  # noqa: E402

if TYPE_CHECKING:
    from .store.database import Database
    from .ui.backup_guard import DailyBackup
    from .ui.bar import BarWindow
    from .ui.demo_loader import DemoLoader
    from .ui.lobby import LobbyWindow
    from .ui.main_window import MainWindow

log = logging.getLogger(__name__)


class DeskApp:
    """Everything one running app holds; tests build it the same way."""

    def __init__(self, qapp: QApplication, services: Services, window: str,
                 interactive: bool = True) -> None:
        from .ui.errors import ErrorReporter
        from .ui.events import EventBridge
        from .ui.notice import Announcer
        from .ui.text import set_site_zone

        self.qapp = qapp
        self.services = services
        set_site_zone(services.settings.current().zone())
        self.errors = ErrorReporter(interactive=interactive)
        self.errors.install()
        self.bridge = EventBridge(services)
        self.bridge.start_feed()
        self.announcer = Announcer(services, self.bridge)
        self.main: MainWindow | None = None
        self.bar: BarWindow | None = None
        #: The lobby wall display of `--window lobby` (read-only, full screen).
        self.lobby: LobbyWindow | None = None
        self.interactive = interactive
        self.demo_loader: DemoLoader | None = None
        self.backups: DailyBackup | None = None
        # Only the window asked for is loaded (the bar window starts without the desk's).
        if window == "bar":
            from .ui.bar import BarWindow
            from .ui.notice import bar_window_notices

            self.bar = BarWindow(services, self.bridge)
            bar_window_notices(self.announcer.attach(self.bar), self.bar)
        elif window == "lobby":
            from .ui.lobby import LobbyWindow

            self.lobby = LobbyWindow(services, self.bridge)
        else:
            from .ui.main_window import MainWindow

            self.main = MainWindow(services, self.bridge, self.announcer)

    def windows(self) -> list[QWidget]:
        found: list[QWidget] = []
        if self.main is not None:
            found.append(self.main)
            if self.main.bar_window is not None and self.main.bar_window.isVisible():
                found.append(self.main.bar_window)
        if self.bar is not None:
            found.append(self.bar)
        if self.lobby is not None:
            found.append(self.lobby)
        return found

    def show(self) -> None:
        for window in self.windows():
            if self.lobby is not None and window is self.lobby and self.interactive:
                self.lobby.show_full_screen()
            else:
                window.show()  # a --screenshot lobby: a 1920x1080 picture

    def start_backups(self, language: str) -> DailyBackup:
        """The daily copy of an SQLite database, in a worker thread (real starts only)."""
        from .ui.backup_guard import DailyBackup

        window = self.main or self.bar
        # The lobby display shows no banner: its backups report to the log only.
        self.backups = DailyBackup(self.services, window, language, window or self.lobby)
        self.backups.start()
        return self.backups

    def close(self) -> None:
        if self.backups is not None:
            self.backups.wait()
        if self.demo_loader is not None:
            self.demo_loader.wait()
        for window in self.windows():
            window.close()
        self.bridge.stop()
        self.services.db.dispose()


def make_qapp(lang: str | None) -> tuple[QApplication, str]:
    from .ui.fonts import setup_fonts
    from .ui.i18n import DEFAULT, install_translations
    from .ui.prefs import LANGUAGE, make_prefs
    from .ui.style import apply_style

    qapp = QApplication.instance()
    if not isinstance(qapp, QApplication):
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName("Reception Desk")
    qapp.setOrganizationName("ReceptionDesk")
    qapp.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "app.png")))
    language = lang or str(make_prefs().value(LANGUAGE, DEFAULT))
    language = install_translations(qapp, language)
    setup_fonts(qapp)
    apply_style(qapp)
    return qapp, language


def screenshot_paths(path: str, with_main: bool = True) -> tuple[Path, Path]:
    """Where the main window's and the bar window's pictures go.

    With the main window shown, it is written to PATH and a bar window beside it to PATH
    with -bar before the suffix. With only the bar window (`--window bar`) or the lobby
    display (`--window lobby`), it is written to exactly PATH.
    """
    main = Path(path)
    if not with_main:
        return main, main
    bar = main.with_name(f"{main.stem}-bar{main.suffix or '.png'}")
    return main, bar


def _wait_painted(qapp: QApplication, windows: list[QWidget], timeout_ms: int = 5000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < timeout_ms:
        qapp.processEvents()
        handles = [w.windowHandle() for w in windows]
        if all(h is not None and h.isExposed() for h in handles):
            break
    for _ in range(5):
        qapp.processEvents()


def take_screenshots(desk: DeskApp, path: str) -> list[Path]:
    main_path, bar_path = screenshot_paths(path, with_main=desk.main is not None)
    saved: list[Path] = []
    _wait_painted(desk.qapp, desk.windows())
    for window in desk.windows():
        target = main_path if window is desk.main else bar_path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target)):
            raise OSError(f"cannot write {target}")
        saved.append(target)
    return saved


def ask_first_admin(desk: DeskApp) -> None:
    """First start without accounts: the administrator sets their name and PIN
    (no default password). Cancelling leaves "Create administrator…" in the menu."""
    if desk.main is None or desk.services.accounts.has_accounts():
        return
    from .ui.accounts import FirstAdminDialog

    dialog = FirstAdminDialog(desk.services.accounts, desk.main)
    dialog.exec()
    dialog.deleteLater()


def offer_demo(desk: DeskApp) -> None:
    """First start on an empty database: offer to fill it with demo data."""
    services = desk.services
    if services.settings.flag("demo_offered"):
        return
    empty = services.arrivals.is_empty()
    services.settings.set_flag("demo_offered", True)
    if not empty or desk.main is None:
        return
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        desk.main, translate("DeskApp", "Welcome"),
        translate("DeskApp", "The database is empty. Fill it with demo data (two weeks of "
                  "realistic visits) to try the board out?\nYou can start with real data "
                  "instead; demo data is marked and can be replaced later."))
    if answer == QMessageBox.StandardButton.Yes:
        from .ui.demo_loader import DemoLoader

        desk.demo_loader = DemoLoader(services, desk.main)
        desk.demo_loader.start()


def open_or_recover(db_url: str, language: str, interactive: bool) -> Database | None:
    """Open the database; if it is refused, say why (stderr) and, in a real window,
    offer the newest good backup until one is restored or the person quits."""
    from .cli_messages import store_error_text

    while True:
        try:
            db, _ = open_database(db_url)
        except StoreError as exc:
            text = store_error_text(str(exc), language)
            log.error("refusing the database: %s", exc)
            print(f"reception-desk: error: {text}", file=sys.stderr)
            if not interactive:
                return None
            from .store.backup import sqlite_file  # (the backups' module: a refused file only)

            path = sqlite_file(db_url)
            if path is None or not path.exists():
                QMessageBox.critical(None, "Reception Desk", text)
                return None
            from .ui.recovery_dialog import RecoveryDialog

            dialog = RecoveryDialog(path, text, language)
            accepted = dialog.exec() == RecoveryDialog.DialogCode.Accepted
            dialog.deleteLater()
            if not accepted:
                return None
            continue
        return db


def exit_after_paint(desk: DeskApp, with_bar: bool) -> int:
    """The benchmarks' start-up probe: show, print when first painted, close."""
    from .ui.first_paint import FirstPaint, report

    if with_bar and desk.main is not None:
        desk.main.open_bar_window()
    for shown in (desk.main, desk.bar, desk.main and desk.main.bar_window):
        if shown is not None:
            shown.remember_layout = False
    desk.show()
    painted_at = FirstPaint(desk.qapp, desk.windows()).wait()
    report(painted_at)
    desk.close()
    return 0


def resume_collector() -> None:
    """The garbage collector back on after the first paint. What the start made lives as
    long as the app (of some 170,000 objects about 1,300 are garbage): frozen, the
    collections from now on look only at newer objects, and none of them pauses the
    desk for the 50 ms a pass over all of them takes."""
    gc.freeze()
    gc.enable()


def run_gui(db_url: str, window: str = "main", lang: str | None = None,
            screenshot: str | None = None) -> int:
    setup_logging()
    qapp, _language = make_qapp(lang)
    from .ui.qt_binding import leaks_none_references, unsafe_binding_text

    if leaks_none_references():
        text = unsafe_binding_text()
        log.error("refusing to start: %s", text)
        print(f"reception-desk: error: {text}", file=sys.stderr)
        if screenshot is None and QApplication.platformName() not in ("offscreen", "minimal"):
            QMessageBox.critical(None, "Reception Desk", text)
        return 2
    probe = os.environ.get(EXIT_AFTER_PAINT, "")
    interactive = screenshot is None and not probe and \
        QApplication.platformName() not in ("offscreen", "minimal")
    db = open_or_recover(db_url, _language, interactive)
    if db is None:
        return 2
    services = Services.open(db)
    desk = DeskApp(qapp, services, window, interactive=screenshot is None and not probe)
    if not gc.isenabled():  # turned off for the start (__main__.py)
        AfterFirstPaint(desk.windows()[0]).add(resume_collector)
    if probe:
        return exit_after_paint(desk, with_bar=probe == "both")
    if screenshot is not None:
        for shown in (desk.main, desk.bar):
            if shown is not None:
                shown.remember_layout = False
    if desk.main is not None and screenshot is None and desk.main.bar_was_open():
        desk.main.open_bar_window()
    desk.show()
    if screenshot is not None:
        try:
            saved = take_screenshots(desk, screenshot)
        except OSError as exc:
            print(f"reception-desk: error: {exc}", file=sys.stderr)
            desk.close()
            return 2
        for path in saved:
            print(path)
        desk.close()
        return 0
    desk.start_backups(_language)
    from .ui.privacy import start_daily_retention

    start_daily_retention(desk.services, qapp)  # personal data past retention, once a day

    def first_questions() -> None:
        ask_first_admin(desk)
        offer_demo(desk)

    QTimer.singleShot(0, first_questions)
    code = qapp.exec()
    desk.close()
    return code
