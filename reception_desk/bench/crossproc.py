"""Another PC's commit: committed in this process, repainted in another.

A listener process runs the main window (``python -m reception_desk.bench.crossproc
URL``) and prints ``repaint <monotonic time>`` when a remote event has been handled
and painted. This process registers parties and moves them on through the
services and takes the time right after each commit. Every change shows: a register
changes the board's head count, and a move moves the party in the board's top row
on (to parked, or to greeted when parked already). Moving the party just registered
timed, once the board had more rows than it shows, a change out of sight, which
paints nothing, up to the next paint of anything (the board's one-second clock).
On SQLite the feed wakes on
``PRAGMA data_version`` (polled); on PostgreSQL on LISTEN/NOTIFY. PostgreSQL runs
in a schema of its own, dropped afterwards. The baseline is the commit itself.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from typing import IO

from .stats import ratio, summary

MARK = "repaint"
READY = "ready"
#: Put on the line queue when the listener's output ends.
GONE = "\0gone"
PG_ENV = "RECEPTION_DESK_BENCH_PG"
PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def listener(db_url: str) -> int:
    """The other PC: main window, one line per remote change once it is painted."""
    from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from .harness import open_desk

    desk, _repaints = open_desk(db_url, with_bar=False)
    qapp = desk.qapp

    class Watch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.pending = False
            self.painted: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.pending and event.type() == QEvent.Type.Paint and \
                    isinstance(watched, QWidget):
                self.painted = time.monotonic()
            return False

        def on_event(self, event: object) -> None:
            if getattr(event, "origin", "") == "remote":
                self.pending = True

        def idle(self) -> None:
            if self.pending and self.painted is not None:
                print(f"{MARK} {self.painted:.6f}", flush=True)
                self.pending = False
                self.painted = None

    watch = Watch()
    qapp.installEventFilter(watch)
    desk.bridge.changed.connect(watch.on_event)
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    dispatcher.aboutToBlock.connect(watch.idle)
    stdin_closed = threading.Event()

    def wait_for_eof() -> None:
        sys.stdin.read()
        stdin_closed.set()

    threading.Thread(target=wait_for_eof, daemon=True).start()
    from PySide6.QtCore import QTimer

    stop = QTimer()
    stop.timeout.connect(lambda: qapp.quit() if stdin_closed.is_set() else None)
    stop.start(100)
    print(READY, flush=True)
    qapp.exec()
    desk.close()
    return 0


def _reader(stream, lines: queue.Queue[str]) -> None:  # type: ignore[no-untyped-def]
    for line in stream:
        lines.put(line.strip())
    lines.put(GONE)


class ListenerGone(RuntimeError):
    """The listener process ended before the bench was done with it."""

    def __init__(self, errors: IO[bytes]) -> None:
        errors.seek(0)
        tail = errors.read().decode(errors="replace").strip().splitlines()[-15:]
        super().__init__("the listener process stopped; its last words:\n" + "\n".join(tail))


def _next_line(lines: queue.Queue[str], timeout: float, errors: IO[bytes]) -> str:
    line = lines.get(timeout=timeout)
    if line == GONE:
        raise ListenerGone(errors)
    return line


def measure(db_url: str, env: dict[str, str], rounds: int) -> dict[str, object]:
    from ..domain.party import Honorific, PartyDraft, VisitKind
    from ..domain.stages import Stage
    from ..services.context import Services
    from ..startup import open_database

    db, _ = open_database(db_url)
    services = Services.open(db)
    channel = services.settings.current().channels[0]
    # Its error output is kept: a listener that dies says why instead of a bare timeout.
    errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed in the finally below)
    child = subprocess.Popen([sys.executable, "-m", "reception_desk.bench.crossproc", db_url],
                             env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=errors, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True).start()
    delays: list[float] = []
    commits: list[float] = []
    missed = 0
    try:
        while _next_line(lines, 120, errors) != READY:
            pass
        time.sleep(0.5)
        for number in range(rounds):
            # The board lists a day's parties by arrival: its top row is the first one in.
            top = next((r for r in services.arrivals.list_day(services.arrivals.today())
                        if not r.departed), None)
            start = time.monotonic()
            if top is None or number % 2 == 0:
                services.arrivals.register(PartyDraft(
                    "王李张刘"[number % 4], Honorific.MS, 2, VisitKind.WALK_IN, channel))
            else:
                services.arrivals.move(top.id, Stage.GREETED if top.stage is Stage.PARKED
                                       else Stage.PARKED)
            committed = time.monotonic()
            commits.append(committed - start)
            try:
                line = _next_line(lines, 5, errors)
            except queue.Empty:
                missed += 1
                continue
            delays.append(float(line.split()[1]) - committed)
            time.sleep(0.05 + (number % 7) * 0.03)  # commits arrive at any phase of a poll
    finally:
        assert child.stdin is not None
        child.stdin.close()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        errors.close()
        db.dispose()
    shown = summary(delays)
    commit = summary(commits)
    return {"repaint": shown, "commit": commit, "not_seen": missed,
            "ratio_p95": ratio(shown["p95_ms"], commit["p95_ms"])}


def sqlite(db_url: str, env: dict[str, str], rounds: int) -> dict[str, object]:
    return measure(db_url, env, rounds)


def postgres(env: dict[str, str], rounds: int) -> dict[str, object]:
    """In a fresh schema of the test database; skipped (with the reason) if unreachable."""
    import psycopg

    base = os.environ.get(PG_ENV, PG_DEFAULT)
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(plain, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
    except psycopg.Error as exc:
        return {"skipped": f"PostgreSQL not reachable at {base}: {exc}".strip()}
    try:
        return measure(f"{base}?options=-csearch_path%3D{schema}", env, rounds)
    finally:
        with psycopg.connect(plain, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    sys.exit(listener(sys.argv[1]))
