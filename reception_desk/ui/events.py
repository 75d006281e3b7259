"""Adapting the pure-Python event bus and the change feed to Qt signals.

Local events arrive from the services' bus. Changes committed by other
processes come from the change feed: on SQLite a cheap `PRAGMA data_version`
check, made at once when the write-ahead log is touched (every commit with a change
touches it, see `store.database`) and on a timer as the safety net (a file system
without change notices, a touch that could not be made); on PostgreSQL a LISTEN
connection in a worker thread. Both end up as the same `changed` signal on the Qt
thread.

When the database stops answering, `connection(False)` lets the windows show a
banner; the feed retries, and on reconnecting emits `connection(True)` and one
EVERYTHING event so every view reloads (NOTIFY is never replayed).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from ..domain.events import EVERYTHING, Event
from ..services.context import Services
from ..services.feed import RemoteChanges

log = logging.getLogger(__name__)
#: SQLite: how often another process's commit is looked for when no file watcher
#: woke the feed first. The probe is one ``PRAGMA data_version`` on a kept connection
#: (microseconds); rows are read only when it moved. 200 ms keeps a change on another
#: window under half a second to repaint even where the file's touch is not seen.
POLL_MS = 200
#: PostgreSQL: how often the LISTEN connection is checked, and reconnects are tried.
PING_S = 5.0
RETRY_S = 2.0
#: How long after the feed starts its old rows are pruned: housekeeping, a write that may
#: wait for another PC's write lock, so it waits until the window has been painted.
PRUNE_AFTER_MS = 3000


class EventBridge(QObject):
    """Re-emits every event (local or remote) as `changed` on the Qt thread."""

    changed = Signal(object)
    #: False when the database stopped answering, True when it answers again.
    connection = Signal(bool)
    _remote_wakeup = Signal()
    _reconnected = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._unsubscribe = services.bus.subscribe(self._on_bus)
        self._feed: RemoteChanges | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._watcher: QFileSystemWatcher | None = None
        self._remote_wakeup.connect(self._fetch_remote)
        self._reconnected.connect(self._refresh_all)
        #: Whether the database answered the last time the feed asked.
        self.connected = True

    def start_feed(self) -> None:
        """Follow other processes' commits (SQLite file or PostgreSQL)."""
        self._feed = self.services.remote_changes()
        if self._feed is None:
            return
        QTimer.singleShot(PRUNE_AFTER_MS, self, self._prune)
        if not self._feed.pushes:
            self._timer.start()
            self._watch_file(self._feed.watch_path)
        else:
            try:
                self._feed.listen()
            except Exception:  # no LISTEN: fall back to polling the table
                log.exception("LISTEN failed; polling the change table instead")
                self._timer.start()
                return
            self._thread = threading.Thread(target=self._listen_loop, daemon=True,
                                            name="change-feed")
            self._thread.start()

    @Slot()
    def _prune(self) -> None:
        if self._feed is None:
            return
        try:
            self._feed.prune()
        except Exception:  # pruning is housekeeping; never disturb the desk for it
            log.exception("could not prune the change feed")

    def _watch_file(self, path: str | None) -> None:
        """SQLite: poll as soon as another process's commit touches the log (its own
        writes wake it too, a little early: the touch after the commit follows)."""
        if path is None or not Path(path).exists():
            return
        # No Qt parent: dropped in `stop`, it goes at once with its inotify handle (a
        # user has only so many), not at some later turn of the loop.
        self._watcher = QFileSystemWatcher()
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.addPath(path)

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        self._poll()

    def _listen_loop(self) -> None:
        assert self._feed is not None
        since_ping = 0.0
        while not self._stop.is_set():
            try:
                if self._feed.wait(0.5):
                    self._remote_wakeup.emit()
                since_ping += 0.5
                if since_ping >= PING_S:
                    since_ping = 0.0
                    self._feed.ping()
            except Exception:
                log.exception("change feed connection lost; retrying")
                self._set_connected(False)
                while not self._stop.wait(RETRY_S):
                    try:
                        self._feed.listen()
                    except Exception as exc:
                        log.warning("reconnect failed: %s", exc)
                        continue
                    # NOTIFY is never replayed: whatever happened meanwhile, reload all.
                    self._set_connected(True)
                    self._reconnected.emit()
                    break

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self.connection.emit(connected)

    @Slot()
    def _refresh_all(self) -> None:
        if self._feed is not None:
            try:
                self._feed.fetch()  # move past what was missed: everything reloads anyway
            except Exception:
                log.exception("change feed fetch after reconnecting failed")
        self.services.bus.publish(Event(EVERYTHING, data={"kind": "reconnected"}))

    def _on_bus(self, event: Event) -> None:
        if threading.current_thread() is threading.main_thread():
            self.changed.emit(event)

    @Slot()
    def _poll(self) -> None:
        if self._feed is None:
            return
        try:
            events = self._feed.poll()
        except Exception:
            log.exception("change feed poll failed")
            self._set_connected(False)
            return
        if not self.connected:
            self._set_connected(True)
            self._refresh_all()
            return
        self._emit_remote(events)

    @Slot()
    def _fetch_remote(self) -> None:
        if self._feed is None:
            return
        try:
            events = self._feed.fetch()
        except Exception:
            log.exception("change feed fetch failed")
            return
        self._emit_remote(events)

    def _emit_remote(self, events: list[Event]) -> None:
        for event in events:
            self.services.bus.publish(event)

    def stop(self) -> None:
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.fileChanged.disconnect(self._on_file_changed)
            self._watcher = None
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        self._unsubscribe()
