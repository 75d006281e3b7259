"""Tables and lists that do not repaint whole when their window gains or loses the focus.

Qt's item views repaint their whole viewport at every window activation change, since
an inactive window may draw its selection in another colour. The desk's views use one
palette for both states (ui/style.py), so those repaints change nothing on screen; yet
closing any dialog (a registration, a drink order) repainted every table of the window
and its headers, about 10 ms of a key press on the desk. A view whose palette differs
between the states still gets the event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QWidget

#: Set on a view once it is watched.
WATCHED = "_reception_desk_steady"
_ACTIVATION = (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)


class SteadyViews(QObject):
    """Keeps the window-activation events from the item views under a window."""

    def watch(self, root: QWidget) -> None:
        """Watch every item view under `root` not watched yet (cheap to call again)."""
        for view in root.findChildren(QAbstractItemView):
            if not view.property(WATCHED):
                view.installEventFilter(self)
                view.setProperty(WATCHED, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return (event.type() in _ACTIVATION and isinstance(watched, QWidget)
                and watched.palette().isEqual(QPalette.ColorGroup.Active,
                                              QPalette.ColorGroup.Inactive))


def keep_views_steady(window: QWidget) -> None:
    """Watch the item views of `window` (its own watcher, made on the first call)."""
    steady = window.findChild(SteadyViews)
    if steady is None:
        steady = SteadyViews(window)
    steady.watch(window)
