#!/usr/bin/env python3
"""Soak run: the main window and the bar window open through a busy, compressed day.

    .venv/bin/python scripts/soak.py [--minutes 10] [--day-hours 8] [--parties 150]
    (or: make soak SOAK_ARGS="--minutes 30")

Three processes share one SQLite file filled with a week of demo data: the main
window, the bar window (each as `--window main|bar` would start them) and a
driver that works parties through the day with the service API (register, give
to the up consultant, sand table, seat, order, serve, refill rounds, clear,
depart). All three run on one fast clock, so `--day-hours` of the desk pass in
`--minutes` of real time: serve timers go late, refill rounds come due.

Each window samples, after a garbage collection, its resident memory and
`sys.getrefcount(None)` every few seconds and counts Qt warnings. The report
gives, per window: crash or not, memory at the end of the warm-up and at the
end (growth must stay under --max-growth %), warnings, and None's drift. Exit 0
when nothing crashed, warned or grew; 1 otherwise. Not part of the test suite.

Where growth comes from: each sample also records glibc's heap (mallinfo2: bytes in
use, and bytes freed but kept, i.e. fragmentation) and what SQLite itself holds
(sqlite3_memory_used: page caches, prepared statements). The gate stays on plain
resident memory, measured without malloc_trim: the free part of the heap stayed at
2-3 MB all day and did not grow, so fragmentation was never the growth and trimming
would only hide a real leak. The desk window's old growth (+2.8 % a day) was SQLite's
statement cache: the board asked the remarks of an id list one longer after every
arrival, a new SQL text each time, prepared and kept by the driver (up to 128 per
connection, each longer than the last). `--sql-census` counts each window's distinct
SQL texts after warm-up (one shape with a hundred texts is that pattern);
`--heaptrack` runs the windows under heaptrack; `--qobjects` counts the QObjects at
each sample (it walks every QObject from Python; the one run with it crashed both
windows in a later `tr()` call, not understood, so it is off by default).
"""

from __future__ import annotations

import argparse
import ctypes
import faulthandler
import functools
import gc
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Qt log lines that a machine without sound or GPU prints; not the app's problem.
IGNORED_QT = ("qt.multimedia", "qt.qpa", "QSoundEffect", "PulseAudio", "Using Qt multimedia",
              "No QtMultimedia backends", "This plugin does not support")


def sim_clock(real_start: float, sim_start: datetime, speed: float) -> Callable[[], datetime]:
    """A clock that runs `speed` times faster than real time from `sim_start`."""
    def now() -> datetime:
        return sim_start + timedelta(seconds=(time.time() - real_start) * speed)
    return now


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


@functools.cache
def _native(library: str, name: str, restype: type) -> Callable[[], Any] | None:
    """A C function of a loaded library, looked up once (so the census does not count
    ctypes' own objects as growth); None where there is no such library."""
    try:
        function = getattr(ctypes.CDLL(library), name)
    except (OSError, AttributeError):
        return None
    function.restype = restype
    return function  # type: ignore[no-any-return]


def heap_kb() -> tuple[int, int]:
    """glibc's heap: (bytes in use, bytes free but kept) in KB; (0, 0) off glibc."""
    mallinfo2 = _native("libc.so.6", "mallinfo2", _MallInfo2)
    if mallinfo2 is None:
        return 0, 0
    info = mallinfo2()
    return (info.uordblks + info.hblkhd) // 1024, info.fordblks // 1024


def sqlite_kb() -> int:
    """What SQLite itself holds (page caches, prepared statements, schemas) in KB."""
    memory_used = _native("libsqlite3.so.0", "sqlite3_memory_used", ctypes.c_int64)
    return int(memory_used()) // 1024 if memory_used is not None else 0


def qobject_count() -> int:
    """QObjects reachable from the application and its top-level widgets."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return 0
    tops = QApplication.topLevelWidgets()
    return len(app.findChildren(QObject)) + len(tops) + sum(
        len(top.findChildren(QObject)) for top in tops)


def object_census() -> Counter[str]:
    """Live Python objects by type: what a reload keeps shows up as steady growth."""
    return Counter(type(o).__qualname__ for o in gc.get_objects())


# --- a window process --------------------------------------------------------------

def run_window(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    faulthandler.enable()  # a crash leaves the Python stacks in the log
    from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler

    from reception_desk.app import DeskApp, make_qapp
    from reception_desk.services.context import Services
    from reception_desk.startup import open_database

    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            category = getattr(_context, "category", "") or ""
            if not any(part in f"{category} {message}" for part in IGNORED_QT):
                warnings.append(message)
                print(json.dumps({"warning": message}), flush=True)

    qInstallMessageHandler(on_message)
    qapp, _ = make_qapp("zh_CN")
    if args.mute:
        from reception_desk.ui.prefs import BAR_MUTED, SOUND, make_prefs

        make_prefs().setValue(SOUND, "false")
        make_prefs().setValue(BAR_MUTED, "true")
    db, _ = open_database(args.db)
    clock = sim_clock(args.real_start, datetime.fromisoformat(args.sim_start), args.speed)
    services = Services.open(db, clock=clock)
    desk = DeskApp(qapp, services, args.role, interactive=False)
    statements: Counter[str] = Counter()
    if args.sql_census:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        def on_execute(*call: object) -> None:
            if "warm" in census:
                statements[str(call[2])] += 1

        event.listen(Engine, "before_cursor_execute", on_execute)
    for window in desk.windows():
        window.remember_layout = False  # type: ignore[attr-defined]
        window.resize(1440, 880)
    desk.show()
    started = time.monotonic()
    census: dict[str, Counter[str]] = {}

    def sample() -> None:
        gc.collect()
        elapsed = time.monotonic() - started
        if "warm" not in census and elapsed >= args.warmup_s:
            census["warm"] = object_census()
            if args.trace:
                tracemalloc.start(8)
        used, free = heap_kb()
        print(json.dumps({"t": round(time.monotonic() - started, 1), "rss_kb": rss_kb(),
                          "heap_used_kb": used, "heap_free_kb": free, "sqlite_kb": sqlite_kb(),
                          "qobjects": qobject_count() if args.qobjects else 0,
                          "none": sys.getrefcount(None), "warnings": len(warnings),
                          "sim": clock().isoformat(timespec="minutes")}), flush=True)
        if time.monotonic() - started >= args.seconds:
            grown = object_census()
            grown.subtract(census.get("warm", Counter()))
            print(json.dumps({"grown": [[name, n] for name, n in grown.most_common(8)
                                        if n > 0]}), flush=True)
            if statements:
                shapes = Counter(" ".join(sql.split())[:90] for sql in statements)
                print(json.dumps({"sql": [len(statements), shapes.most_common(12)]},
                                 ensure_ascii=False), flush=True)
            if tracemalloc.is_tracing():
                top = tracemalloc.take_snapshot().statistics("traceback")[:6]
                for stat in top:
                    print(json.dumps({"trace": [stat.size // 1024, stat.count,
                                                stat.traceback.format()[-16:]]}), flush=True)
            qapp.quit()

    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(int(args.sample * 1000))
    QTimer.singleShot(0, sample)
    code = qapp.exec()
    desk.close()
    return code


# --- the driver process ------------------------------------------------------------

@dataclass
class Visit:
    party_id: int
    seat_at: datetime
    leave_at: datetime
    seated: bool = False


@dataclass
class Driver:
    services: object
    clock: Callable[[], datetime]
    rng: random.Random
    visits: list[Visit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    serve_after: dict[int, datetime] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    def take_over_the_building(self) -> None:
        """The demo's parties still inside leave within the first hour, freeing their
        consultants and seats as a real morning would."""
        s = self.services
        now = self.clock()
        for record in s.arrivals.list_day(s.arrivals.today()):  # type: ignore[attr-defined]
            if not record.departed:
                self.visits.append(Visit(record.id, now, now + timedelta(
                    minutes=self.rng.uniform(5, 60)), seated=True))

    def arrive(self) -> None:
        from reception_desk.domain.party import Honorific, PartyDraft, VisitKind

        s = self.services
        surname = self.rng.choice("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        phone = f"139{self.rng.randrange(10**8):08d}" if self.rng.random() < 0.7 else ""
        channels = s.settings.current().channels  # type: ignore[attr-defined]
        party = s.arrivals.register(PartyDraft(  # type: ignore[attr-defined]
            surname, self.rng.choice(list(Honorific)), self.rng.randint(1, 4),
            VisitKind.WALK_IN, self.rng.choice(channels), phone=phone))
        self.count("registered")
        proposal = s.rotation.propose(phone, party.id)  # type: ignore[attr-defined]
        if proposal.consultant_id is not None:
            s.rotation.assign(party.id, proposal.consultant_id,  # type: ignore[attr-defined]
                              actor="soak")
            self.count("assigned")
        now = self.clock()
        self.visits.append(Visit(party.id, now + timedelta(minutes=self.rng.uniform(3, 10)),
                                 now + timedelta(minutes=self.rng.uniform(25, 90))))

    def step(self) -> None:
        from reception_desk.domain.bar import OrderLine, RefillOutcome
        from reception_desk.domain.stages import Stage

        s = self.services
        now = self.clock()
        for visit in list(self.visits):
            if not visit.seated and now >= visit.seat_at:
                free = s.arrivals.free_places()  # type: ignore[attr-defined]
                if not free:
                    visit.seat_at = now + timedelta(minutes=5)
                    continue
                s.arrivals.move(visit.party_id, Stage.SEATED,  # type: ignore[attr-defined]
                                self.rng.choice(free))
                visit.seated = True
                menu = [m.id for m in s.bar.menu(only_available=True)]  # type: ignore[attr-defined]
                if menu:
                    order = s.bar.order(visit.party_id, [  # type: ignore[attr-defined]
                        OrderLine(self.rng.choice(menu), self.rng.randint(1, 3))])
                    self.serve_after[order.id] = now + timedelta(
                        minutes=self.rng.uniform(1, 4.5))
                    self.count("ordered")
            elif now >= visit.leave_at:
                s.arrivals.move(visit.party_id, Stage.DEPARTED)  # type: ignore[attr-defined]
                self.visits.remove(visit)
                self.count("departed")
        board = s.bar.board()  # type: ignore[attr-defined]
        for order in board.orders:
            due = self.serve_after.setdefault(order.id, now + timedelta(minutes=2))
            if now >= due:
                s.bar.bump(order.id)  # type: ignore[attr-defined]
                self.count("served")
        for check in board.refills_due:
            if now >= check.due_at + timedelta(minutes=self.rng.uniform(0.5, 3)):
                s.bar.refill_done(check.id, self.rng.choice(  # type: ignore[attr-defined]
                    [RefillOutcome.REFILLED, RefillOutcome.DECLINED]))
                self.count("refills")
        for task in board.tasks:
            s.bar.table_cleared(task.id)  # type: ignore[attr-defined]
            self.count("cleared")


def run_driver(args: argparse.Namespace) -> int:
    from reception_desk.domain.errors import DomainError
    from reception_desk.services.context import Services
    from reception_desk.startup import open_database

    db, _ = open_database(args.db)
    clock = sim_clock(args.real_start, datetime.fromisoformat(args.sim_start), args.speed)
    driver = Driver(Services.open(db, clock=clock), clock, random.Random(args.seed))
    driver.take_over_the_building()
    gap = args.seconds / max(args.parties, 1)
    next_arrival = time.monotonic()
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        try:
            if time.monotonic() >= next_arrival:
                driver.arrive()
                next_arrival += gap * driver.rng.uniform(0.5, 1.5)
            driver.step()
        except DomainError as exc:  # a rule said no (e.g. a race with our own step)
            driver.count(f"refused: {exc}")
        time.sleep(0.2)
    print(json.dumps({"driver": driver.counts}), flush=True)
    return 0


# --- the conductor -------------------------------------------------------------------

def prepare(db_url: str, sim_start: datetime, days: int) -> None:
    from reception_desk.demo.fill import fill_demo
    from reception_desk.services.context import Services
    from reception_desk.startup import open_database

    db, _ = open_database(db_url)
    services = Services.open(db, clock=lambda: sim_start)
    summary = fill_demo(services, days, force=True, rng_seed=7)
    print(f"demo: {summary.parties} parties over {days} days, "
          f"{summary.in_building} in the building at {sim_start:%H:%M} UTC")
    db.dispose()


def summarise(role: str, lines: list[dict[str, object]], code: int, warmup: float,
              max_growth: float) -> tuple[bool, str]:
    samples = [x for x in lines if "rss_kb" in x]
    warnings = [str(x["warning"]) for x in lines if "warning" in x]
    if not samples:
        return False, f"{role}: no samples (exit {code})"
    after = [x for x in samples if float(x["t"]) >= warmup] or samples  # type: ignore[arg-type]
    first, last = after[0], samples[-1]
    growth = (int(last["rss_kb"]) - int(first["rss_kb"])) / int(first["rss_kb"]) * 100  # type: ignore[call-overload]
    drift = int(samples[0]["none"]) - int(last["none"])  # type: ignore[call-overload]
    # Losing references to None is what aborts a window on a leaking binding.
    ok = code == 0 and not warnings and growth < max_growth and drift < 1000
    text = (f"{role:5} exit {code}{'' if code == 0 else ' (CRASH)'}; "
            f"RSS after warm-up {int(first['rss_kb']) / 1024:.1f} MB "  # type: ignore[call-overload]
            f"(t={first['t']} s) -> end {int(last['rss_kb']) / 1024:.1f} MB "  # type: ignore[call-overload]
            f"(t={last['t']} s, sim {last['sim']}): {growth:+.2f} %; "
            f"Qt warnings {len(warnings)}; None refcount {-drift:+d} "
            f"({'lost: a leaking binding' if drift > 0 else 'no loss'})")
    if "heap_used_kb" in first:
        def mb(sample: dict[str, object], key: str) -> str:
            return f"{int(sample.get(key, 0)) / 1024:.1f}"  # type: ignore[call-overload]

        text += (f"\n      after warm-up -> end: malloc in use {mb(first, 'heap_used_kb')} -> "
                 f"{mb(last, 'heap_used_kb')} MB (SQLite's own {mb(first, 'sqlite_kb')} -> "
                 f"{mb(last, 'sqlite_kb')} MB), free in the heap {mb(first, 'heap_free_kb')}"
                 f" -> {mb(last, 'heap_free_kb')} MB; QObjects {first['qobjects']} -> "
                 f"{last['qobjects']}")
    grown = next((x["grown"] for x in lines if "grown" in x), [])
    text += f"\n      objects grown after warm-up: {grown}"
    for warning in warnings[:5]:
        text += f"\n      warning: {warning}"
    return ok, text


def conduct(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="reception-desk-soak-"))
    db_url = f"sqlite:///{work / 'soak.db'}"
    zone = ZoneInfo("Asia/Shanghai")
    local_start = datetime.now(zone).replace(hour=9, minute=30, second=0, microsecond=0)
    sim_start = local_start.astimezone(UTC)
    seconds = args.minutes * 60
    speed = args.day_hours * 3600 / seconds
    env = dict(os.environ, RECEPTION_DESK_HOME=str(work / "home"))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    prepare(db_url, sim_start, args.days)
    print(f"soak: {args.minutes} min real = {args.day_hours} h of desk time "
          f"(x{speed:.0f}), {args.parties} parties; files in {work}", flush=True)
    real_start = time.time() + 2  # the clock starts once every process is up
    common = ["--db", db_url, "--real-start", str(real_start), "--sim-start",
              sim_start.isoformat(), "--speed", str(speed), "--seconds", str(seconds)]
    me = [sys.executable, str(Path(__file__).resolve())]
    # --gdb: a crash prints the native stack of the window (which C++ object, which call).
    # Address randomisation stays on: a crash that depends on the memory layout still shows.
    debugger = ["gdb", "-q", "-batch", "-ex", "set disable-randomization off", "-ex", "run",
                "-ex", "bt 60", "--args"] if args.gdb else []
    # --heaptrack: every native allocation with its stack, for `heaptrack_print`.
    def heaptrack(role: str) -> list[str]:
        return ["heaptrack", "-o", str(work / f"heaptrack-{role}")] if args.heaptrack else []

    logs = {role: open(work / f"{role}.log", "w", encoding="utf-8")  # noqa: SIM115
            for role in ("main", "bar", "driver")}
    procs = {
        role: subprocess.Popen([*debugger, *heaptrack(role), *me, "window", role, *common,
                                "--sample",
                                str(args.sample),
                                "--warmup-s", str(seconds * args.warmup / 100),
                                *(["--trace"] if args.trace else []),
                                *(["--mute"] if args.mute else []),
                                *(["--qobjects"] if args.qobjects else []),
                                *(["--sql-census"] if args.sql_census else [])],
                               stdout=logs[role], stderr=subprocess.STDOUT, env=env)
        for role in ("main", "bar")
    }
    driver = subprocess.Popen([*me, "driver", *common, "--parties", str(args.parties),
                               "--seed", str(args.seed)], stdout=logs["driver"],
                              stderr=subprocess.STDOUT, env=env)
    codes: dict[str, int] = {}
    deadline = time.monotonic() + seconds + 300
    for role, proc in [*procs.items(), ("driver", driver)]:
        try:
            codes[role] = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            codes[role] = proc.wait()
            print(f"soak: {role} did not stop in time and was killed", flush=True)
    for handle in logs.values():
        handle.close()
    outputs = {role: _parse(work / f"{role}.log") for role in ("main", "bar")}
    driven = _parse(work / "driver.log")
    report = {"minutes": args.minutes, "day_hours": args.day_hours, "speed": speed}
    all_ok = codes["driver"] == 0
    lines = []
    for role in procs:
        ok, text = summarise(role, outputs[role], codes[role], seconds * args.warmup / 100,
                             args.max_growth)
        all_ok &= ok
        lines.append(("ok   " if ok else "FAIL ") + text)
        report[role] = outputs[role]
    work_done = next((x["driver"] for x in driven if "driver" in x), None)
    lines.append(f"      driver exit {codes['driver']}: {work_done}")
    (work / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print("\n".join(lines))
    print(f"soak: {'passed' if all_ok else 'FAILED'}; samples in {work / 'report.json'}")
    return 0 if all_ok else 1


def _parse(log: Path) -> list[dict[str, object]]:
    parsed: list[dict[str, object]] = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            if line.strip():  # stderr: a Python warning, a traceback, a fatal error
                parsed.append({"warning": line.strip()})
            continue
        if isinstance(value, dict):
            parsed.append(value)
    return parsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    for name in ("window", "driver"):
        child = sub.add_parser(name)
        if name == "window":
            child.add_argument("role", choices=["main", "bar"])
            child.add_argument("--sample", type=float, default=5)
            child.add_argument("--warmup-s", type=float, default=30)
            child.add_argument("--trace", action="store_true")
            child.add_argument("--mute", action="store_true")
            child.add_argument("--qobjects", action="store_true")
            child.add_argument("--sql-census", action="store_true")
        else:
            child.add_argument("--parties", type=int, default=150)
            child.add_argument("--seed", type=int, default=1)
        child.add_argument("--db", required=True)
        child.add_argument("--real-start", type=float, required=True)
        child.add_argument("--sim-start", required=True)
        child.add_argument("--speed", type=float, required=True)
        child.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--day-hours", type=float, default=8)
    parser.add_argument("--parties", type=int, default=150)
    parser.add_argument("--days", type=int, default=7, help="demo days before today")
    parser.add_argument("--sample", type=float, default=5, help="seconds between samples")
    parser.add_argument("--warmup", type=float, default=15, help="percent of the run")
    parser.add_argument("--max-growth", type=float, default=2.0, help="percent")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--trace", action="store_true",
                        help="tracemalloc after warm-up: where the growth was allocated")
    parser.add_argument("--mute", action="store_true", help="windows without sound")
    parser.add_argument("--qobjects", action="store_true",
                        help="count the windows' QObjects at every sample")
    parser.add_argument("--sql-census", action="store_true",
                        help="count the distinct SQL texts each window runs after warm-up")
    parser.add_argument("--heaptrack", action="store_true",
                        help="run the windows under heaptrack: native allocations by stack")
    parser.add_argument("--gdb", action="store_true",
                        help="run the windows under gdb: a crash prints its native stack")
    args = parser.parse_args(argv)
    if args.command == "window":
        time.sleep(max(0.0, args.real_start - time.time()))
        return run_window(args)
    if args.command == "driver":
        time.sleep(max(0.0, args.real_start - time.time()))
        return run_driver(args)
    return conduct(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
