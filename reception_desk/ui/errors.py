"""Unexpected errors inside the running app: logged in full, told in short, app stays up."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import paths
from ..services.storage import storage_failure_message

log = logging.getLogger("reception_desk.crash")


class ErrorReporter:
    """Installed as sys.excepthook: exceptions escaping a slot end up here."""

    def __init__(self, interactive: bool = True) -> None:
        self.interactive = interactive
        self.last_message = ""
        self.count = 0
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(self, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        translate = QCoreApplication.translate
        storage = storage_failure_message(value)
        if storage is not None:
            self.last_message = translate("ErrorReporter", storage)
        else:
            self.last_message = translate(
                "ErrorReporter",
                "Something went wrong: %1.\nNothing from that action was saved; you can carry "
                "on working.\nDetails are in the log: %2").replace(
                "%1", str(value) or kind.__name__).replace("%2", str(paths.log_dir()))
        if not self.interactive:
            print(f"reception-desk: error: {self.last_message}", file=sys.stderr)
        elif not self._showing:
            QTimer.singleShot(0, self._show)

    def _show(self) -> None:
        self._showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(),
                                 QCoreApplication.translate("ErrorReporter", "Reception Desk"),
                                 self.last_message)
        finally:
            self._showing = False
