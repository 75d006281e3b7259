"""The lobby wall display (大厅显示屏): read-only, full screen, readable from 5 metres.

Who is up (第一序列) and on deck (第二序列) in very large type, the rest of the
turn order, today's expected parties (surname and time only) and a clock, light
on dark. Every size follows the window's height, so a 1920x1080 TV and a
1366x768 screen both fill up: at 1080 px the up consultant's name is 120 px
high, on deck 80 px, the lists 48 px.

Nothing here changes anything: no buttons, no fields. Keys: Esc leaves full
screen, F11 toggles it, Ctrl+Q closes. It reloads on the same events as the
other windows (this process's services, other PCs through the change feed), so
it moves on as soon as the desk gives a party to a consultant.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.events import APPOINTMENTS, EVERYTHING, PARTIES, ROTATION, SETTINGS, Event
from ...domain.timeutil import local_date
from ...services.context import Services
from ..events import EventBridge
from .model import LobbySnapshot, read_snapshot, status_text

TICK_MS = 1000
# The picture's size in a --screenshot run (a common TV).
SCREENSHOT_SIZE = (1920, 1080)
# Pixel sizes at a window height of 1080; everything scales with the height.
REFERENCE_HEIGHT = 1080
SIZES = {"up": 120, "deck": 80, "line": 48, "caption": 34, "title": 44, "clock": 64,
         "margin": 40, "gap": 16}
# Below this the type would stop being readable across a room anyway.
MIN_SCALE = 0.35

BACKGROUND = "#0b1220"
PANEL = "#16213a"
TEXT = "#ffffff"
UP = "#ffd84d"
CAPTION = "#b8c4d6"
DIM = "#8d9ab0"
ALARM = "#ffb020"


def style_sheet(px: dict[str, int]) -> str:
    """The colours and the type, sized for one window height."""
    return f"""
#lobbyWindow {{ background: {BACKGROUND}; }}
#lobbyWindow QLabel {{ color: {TEXT}; background: transparent; }}
#lobbyHeader {{ border-bottom: 2px solid {PANEL}; }}
#lobbyWindow QLabel#lobbyTitle {{ font-size: {px['title']}px; font-weight: 700; }}
#lobbyWindow QLabel#lobbyDate {{ font-size: {px['title']}px; color: {CAPTION}; }}
#lobbyWindow QLabel#lobbyClock {{ font-size: {px['clock']}px; font-weight: 700; }}
#lobbyWindow QLabel#lobbyCaption {{ font-size: {px['caption']}px; color: {CAPTION};
    font-weight: 600; }}
#lobbyWindow QLabel#lobbyUp {{ font-size: {px['up']}px; font-weight: 800; color: {UP}; }}
#lobbyWindow QLabel#lobbyUp[empty="true"] {{ font-size: {px['deck']}px; color: {ALARM}; }}
#lobbyWindow QLabel#lobbyDeck {{ font-size: {px['deck']}px; font-weight: 700; }}
#lobbyWindow QLabel#lobbyDeck[empty="true"] {{ color: {DIM}; }}
#lobbyWindow QLabel#lobbyLine, #lobbyWindow QLabel#lobbyLineLead {{
    font-size: {px['line']}px; }}
#lobbyWindow QLabel#lobbyLineLead {{ color: {CAPTION}; font-weight: 700; }}
#lobbyWindow QLabel[dim="true"] {{ color: {DIM}; }}
#lobbyWindow QLabel#lobbyBanner {{ font-size: {px['caption']}px; color: {BACKGROUND};
    background: {ALARM}; padding: 6px 16px; }}
#lobbyPanel {{ background: {PANEL}; border-radius: {px['gap']}px; }}
"""


def scaled_sizes(height: int) -> dict[str, int]:
    scale = max(MIN_SCALE, height / REFERENCE_HEIGHT)
    return {key: max(1, round(value * scale)) for key, value in SIZES.items()}


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FitLabel(QLabel):
    """A one-line label that never widens the window: a too-long text ends in "…"."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_state(self, prop: str, on: bool) -> None:
        if bool(self.property(prop)) != on:
            self.setProperty(prop, on)
            repolish(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())


class LineList(QWidget):
    """Rows of (lead, text, dim) as many as fit the height; the last says "+N more"."""

    def __init__(self, more: str, empty: str, lead_em: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The width of the lead column (a place number, a time) in line heights.
        self._lead_em = lead_em
        self.setObjectName("lobbyList")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self._more = more  # "%1 more" in the reader's language
        self._empty = empty
        self._lines: list[tuple[str, str, bool]] = []
        self._line_px = SIZES["line"]
        self._rows: list[tuple[QWidget, FitLabel, FitLabel]] = []
        self._row_layouts: list[QHBoxLayout] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        # The rows never hold the window up: the ones that do not fit are hidden instead.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout.addStretch(1)

    def set_lines(self, lines: list[tuple[str, str, bool]]) -> None:
        self._lines = lines
        self._render()

    def set_line_px(self, px: int) -> None:
        self._line_px = px
        for (row, lead, _text), layout in zip(self._rows, self._row_layouts, strict=True):
            row.setFixedHeight(self.line_height())
            layout.setSpacing(round(px * 0.4))
            lead.setFixedWidth(round(px * self._lead_em))
        self._render()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.line_height())

    def sizeHint(self) -> QSize:
        return QSize(0, self.line_height() * 3)

    def line_height(self) -> int:
        return round(self._line_px * 1.5)

    def capacity(self) -> int:
        return max(1, self.height() // self.line_height())

    def _row(self, index: int) -> tuple[QWidget, FitLabel, FitLabel]:
        while len(self._rows) <= index:
            row = QWidget(self)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(round(self._line_px * 0.4))
            lead = FitLabel("lobbyLineLead")
            lead.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            lead.setFixedWidth(round(self._line_px * self._lead_em))
            text = FitLabel("lobbyLine")
            layout.addWidget(lead)
            layout.addWidget(text, 1)
            row.setFixedHeight(self.line_height())
            self._layout.insertWidget(len(self._rows), row)
            self._rows.append((row, lead, text))
            self._row_layouts.append(layout)
        return self._rows[index]

    def shown(self) -> list[tuple[str, str, bool]]:
        """The rows on screen now: the lines that fit, the last replaced by "+N more"."""
        lines = self._lines or [("", self._empty, True)]
        fit = self.capacity()
        if len(lines) <= fit:
            return list(lines)
        hidden = len(lines) - (fit - 1)
        return [*lines[:fit - 1], ("", self._more.replace("%1", str(hidden)), True)]

    def _render(self) -> None:
        rows = self.shown()
        for index, (lead_text, text, dim) in enumerate(rows):
            row, lead, label = self._row(index)
            lead.setText(lead_text)
            label.setText(text)
            label.set_state("dim", dim)
            row.show()
        for row, lead, label in self._rows[len(rows):]:
            lead.clear()
            label.clear()
            row.hide()

    def texts(self) -> list[str]:
        """Every text the rows show (for tests and checks)."""
        return [part for row, lead, label in self._rows if not row.isHidden()
                for part in (lead.text(), label.text()) if part]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()


class LobbyWindow(QWidget):
    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("lobbyWindow")
        self.setWindowTitle(self.tr("Lobby display"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.services = services
        self.snapshot: LobbySnapshot | None = None
        self._px: dict[str, int] = {}
        self._build()
        self._apply_sizes(REFERENCE_HEIGHT)
        bridge.changed.connect(self._on_event)
        bridge.connection.connect(self._on_connection)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self.reload()
        self.resize(*SCREENSHOT_SIZE)

    # -- building ------------------------------------------------------------------------
    def _caption(self, text: str) -> FitLabel:
        label = FitLabel("lobbyCaption")
        label.setText(text)
        return label

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self._outer = outer
        outer.setSpacing(0)

        header = QFrame()
        header.setObjectName("lobbyHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        self.title = FitLabel("lobbyTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("lobbyDate")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("lobbyClock")
        row.addWidget(self.title, 1)
        row.addWidget(self.date_label)
        row.addSpacing(24)
        row.addWidget(self.clock_label)
        outer.addWidget(header)

        self.banner = QLabel(self.tr("The database is not answering: this display may be "
                                     "out of date."))
        self.banner.setObjectName("lobbyBanner")
        self.banner.hide()
        outer.addWidget(self.banner)

        body = QHBoxLayout()
        self._body = body
        left = QVBoxLayout()
        left.setSpacing(0)
        self._left = left
        self.up_caption = self._caption(self.tr("Up now — receives the next customer"))
        self.up_label = FitLabel("lobbyUp")
        self.deck_caption = self._caption(self.tr("On deck — ready next"))
        self.deck_label = FitLabel("lobbyDeck")
        self.queue_caption = self._caption(self.tr("Then, in turn"))
        self.queue_list = LineList(self.tr("… and %1 more"), self.tr("Nobody else on duty"),
                                   lead_em=1.3)
        for widget in (self.up_caption, self.up_label, self.deck_caption, self.deck_label,
                       self.queue_caption):
            left.addWidget(widget)
        left.addWidget(self.queue_list, 1)
        body.addLayout(left, 11)

        panel = QFrame()
        panel.setObjectName("lobbyPanel")
        right = QVBoxLayout(panel)
        self._right = right
        right.setSpacing(0)
        self.expected_caption = self._caption(self.tr("Expected today"))
        self.expected_list = LineList(self.tr("… and %1 more"),
                                      self.tr("No more appointments today"), lead_em=3.0)
        right.addWidget(self.expected_caption)
        right.addWidget(self.expected_list, 1)
        body.addWidget(panel, 9)
        outer.addLayout(body, 1)

    def _apply_sizes(self, height: int) -> None:
        px = scaled_sizes(height)
        if px == self._px:
            return
        self._px = px
        self.setStyleSheet(style_sheet(px))
        margin, gap = px["margin"], px["gap"]
        self._outer.setContentsMargins(margin, round(margin * 0.6), margin, margin)
        self._body.setContentsMargins(0, gap * 2, 0, 0)
        self._body.setSpacing(margin)
        self._right.setContentsMargins(gap * 2, gap * 2, gap * 2, gap)
        for label, size in ((self.up_label, px["up"]), (self.deck_label, px["deck"])):
            label.setFixedHeight(round(size * 1.3))
        for caption in (self.up_caption, self.deck_caption, self.queue_caption,
                        self.expected_caption):
            caption.setFixedHeight(round(px["caption"] * 1.5))
        self.deck_caption.setContentsMargins(0, gap, 0, 0)
        self.deck_caption.setFixedHeight(round(px["caption"] * 1.5) + gap)
        self.queue_caption.setContentsMargins(0, gap, 0, 0)
        self.queue_caption.setFixedHeight(round(px["caption"] * 1.5) + gap)
        self.title.setFixedHeight(round(px["clock"] * 1.3))
        for lines in (self.queue_list, self.expected_list):
            lines.set_line_px(px["line"])

    # -- content -------------------------------------------------------------------------
    def reload(self) -> None:
        snap = read_snapshot(self.services)
        self.snapshot = snap
        self.title.setText(snap.site)
        self._show_date(snap)
        if snap.up is not None:
            self.up_label.setText(snap.up)
        elif snap.on_duty:
            self.up_label.setText(self.tr("Everyone is busy — one moment please"))
        else:
            self.up_label.setText(self.tr("Nobody on duty yet"))
        self.up_label.set_state("empty", snap.up is None)
        self.deck_label.setText(snap.on_deck if snap.on_deck is not None else "—")
        self.deck_label.set_state("empty", snap.on_deck is None)
        self.queue_list.set_lines([
            (str(line.turn) if line.turn is not None else "",
             line.name if line.turn is not None else f"{line.name} · {status_text(line)}",
             line.turn is None) for line in snap.queue])
        # The day is in the caption: a party expected "today" without a time shows a dash.
        self.expected_list.set_lines([
            (line.at.strftime("%H:%M") if line.at is not None else "—", line.name, False)
            for line in snap.expected])
        self.tick()

    def _show_date(self, snap: LobbySnapshot) -> None:
        day = QDate(snap.day.year, snap.day.month, snap.day.day)
        # The format of the date in the header, as QLocale reads it.
        self.date_label.setText(QLocale().toString(day, self.tr("dddd d MMMM")))

    def tick(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        now = self.services.clock()
        if local_date(now, snap.zone) != snap.day:
            self.reload()  # midnight: a new day, a new queue and a new list
            return
        self.clock_label.setText(now.astimezone(snap.zone).strftime("%H:%M"))

    def texts(self) -> list[str]:
        """Everything the window shows in words."""
        labels = [label.text() for label in self.findChildren(QLabel)
                  if not label.isHidden() and label.text()]
        return [*labels, self.windowTitle()]

    def _on_event(self, event: Event) -> None:
        if event.concerns(ROTATION, PARTIES, APPOINTMENTS, SETTINGS, EVERYTHING):
            self._reload_timer.start()

    def _on_connection(self, connected: bool) -> None:
        self.banner.setVisible(not connected)

    # -- the screen ----------------------------------------------------------------------
    def show_full_screen(self, screen: QScreen | None = None) -> None:
        """Full screen on `screen` (the one it is on when None)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A wall display has nothing to point at: no cursor over it in full screen.
        if self.isFullScreen():
            self.setCursor(Qt.CursorShape.BlankCursor)
        else:
            self.unsetCursor()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            return
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return
        if event.matches(QKeySequence.StandardKey.Quit) or (
                event.key() == Qt.Key.Key_Q
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.close()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_sizes(event.size().height())
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.tick_timer.isActive():  # shown again after being closed
            self.reload()
            self.tick_timer.start()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tick_timer.stop()
        super().closeEvent(event)


def second_screen(near: QWidget | None) -> QScreen | None:
    """Another screen than the one `near` is on, if there is one; else that screen."""
    here = near.screen() if near is not None else QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not here]
    return others[0] if others else here
