"""The main window's Bar menu: menu, stock, goods in, closing count, statistics and the
requisition sheet, plus the 18:50 closing-count reminder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from .reminder import ClosingReminder

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .bar_stats_dialog import BarStatsDialog
    from .closing_dialog import ClosingDialog
    from .menu_dialog import MenuDialog
    from .stock_dialog import GoodsInDialog, StockDialog


class BarMenu(QObject):
    """Builds the Bar menu on ``window`` and opens its dialogs (one of each at a time)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.bridge = window.bridge
        self.menu = QMenu(self.tr("&Bar"), window)
        self.menu.setObjectName("barMenu")
        self._open: dict[str, QDialog] = {}

        def action(name: str, text: str, slot: object) -> QAction:
            act = QAction(text, window)
            act.setObjectName(name)
            act.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            self.menu.addAction(act)
            return act

        self.act_menu = action("barMenuDrinks", self.tr("&Menu…"), self.open_menu)
        self.act_stock = action("barStock", self.tr("&Stock…"), self.open_stock)
        self.act_goods_in = action("barGoodsIn", self.tr("&Goods in…"), self.open_goods_in)
        self.menu.addSeparator()
        self.act_closing = action("barClosing", self.tr("&Closing count…"),
                                  self.open_closing)
        self.act_requisition = action("barRequisition", self.tr("Print &requisition…"),
                                      self.print_requisition)
        self.menu.addSeparator()
        self.act_stats = action("barStats", self.tr("Bar s&tatistics…"), self.open_stats)
        self.reminder = ClosingReminder(self.services, self.windows, self.open_closing, self)
        self.reminder.fired.connect(lambda _day: self._status_note())

    def windows(self) -> list[QWidget]:
        """Where the reminder shows: the main window, and the bar window when open."""
        found: list[QWidget] = [self.window]
        bar = getattr(self.window, "bar_window", None)
        if isinstance(bar, QWidget) and bar.isVisible():
            found.append(bar)
        return found

    def _status_note(self) -> None:
        status = self.window.statusBar()
        if status is not None:
            status.showMessage(self.tr("Closing count time: count the bar's stock."),
                               60_000)

    def _show(self, key: str, dialog: QDialog) -> QDialog:
        """Open ``dialog`` as the one dialog of its kind."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_a, k=key: self._open.pop(k, None))
        self._open[key] = dialog
        dialog.show()
        return dialog

    def _existing(self, key: str) -> QDialog | None:
        found = self._open.get(key)
        try:
            return found if found is not None and found.isVisible() else None
        except RuntimeError:
            return None

    def open_menu(self) -> MenuDialog:
        from .menu_dialog import MenuDialog

        found = self._existing("menu")
        if found is not None:
            found.raise_()
            return found  # type: ignore[return-value]
        return self._show("menu", MenuDialog(self.services, self.bridge,
                                             self.window))  # type: ignore[return-value]

    def open_stock(self) -> StockDialog:
        from .stock_dialog import StockDialog

        found = self._existing("stock")
        if found is not None:
            found.raise_()
            return found  # type: ignore[return-value]
        return self._show("stock", StockDialog(self.services, self.bridge,
                                               self.window))  # type: ignore[return-value]

    def open_goods_in(self) -> GoodsInDialog:
        from .stock_dialog import GoodsInDialog

        dialog = GoodsInDialog(self.services, None, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_closing(self) -> ClosingDialog:
        from .closing_dialog import ClosingDialog

        found = self._existing("closing")
        if found is not None:
            found.raise_()
            found.activateWindow()
            return found  # type: ignore[return-value]
        dialog = ClosingDialog(self.services, self.window)
        dialog.saved.connect(lambda _lines: self.reminder.dismiss())
        return self._show("closing", dialog)  # type: ignore[return-value]

    def open_stats(self) -> BarStatsDialog:
        from .bar_stats_dialog import BarStatsDialog

        found = self._existing("stats")
        if found is not None:
            found.raise_()
            return found  # type: ignore[return-value]
        return self._show("stats", BarStatsDialog(self.services,
                                                  self.window))  # type: ignore[return-value]

    def print_requisition(self) -> StockDialog:
        """The stock list (low items marked) with the save-as-PDF question on top."""
        dialog = self.open_stock()
        dialog.choose_print()
        return dialog
