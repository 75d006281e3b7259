"""The start-up baseline: a bare PySide6 main window with four docks.

Started the same way as the app (``python -m ...`` in a fresh process), it prints
the same first-paint line, so the ratio measures what Reception Desk adds.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow

from ..ui.first_paint import FirstPaint, report


def main() -> int:
    qapp = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("central"))
    areas = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
             Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
    for number, area in enumerate(areas, 1):
        dock = QDockWidget(f"dock {number}", window)
        dock.setWidget(QLabel(f"dock {number}"))
        window.addDockWidget(area, dock)
    window.resize(1280, 800)
    window.show()
    report(FirstPaint(qapp, [window]).wait())
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
