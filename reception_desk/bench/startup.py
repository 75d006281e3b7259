"""Start-up and memory: fresh processes, from exec to the first painted window.

The app is started with ``RECEPTION_DESK_EXIT_AFTER_PAINT`` (see ui/first_paint.py):
it prints ``first-paint <monotonic time>`` once every window has been painted, then
closes. The bare PySide6 window (bare_window.py) is started the same way, in
alternation with the app (paired runs), and the ratio of the medians is reported.
Peak memory is the child's own peak resident set (``VmHWM``) at the first paint of
the main and bar windows.

Both are measured with the package's bytecode compiled (`compile_bytecode`), as an
installed desk runs: ``pip install`` and the PyInstaller bundle ship the ``.pyc``
files, while a development tree run with ``PYTHONDONTWRITEBYTECODE`` would compile
every module of the app from source at each start (about half a second).
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..ui.first_paint import EXIT_AFTER_PAINT, MARK
from .stats import ratio

#: The app's package, whose bytecode `compile_bytecode` writes.
PACKAGE = Path(__file__).resolve().parent.parent


def compile_bytecode() -> bool:
    """Write the package's missing or stale ``.pyc`` files (``__pycache__``, as an
    install has them); False if some module could not be compiled."""
    return bool(compileall.compile_dir(str(PACKAGE), quiet=1))


@dataclass(frozen=True)
class Launch:
    seconds: float
    peak_rss_mb: float


def launch(cmd: list[str], env: dict[str, str], timeout: float = 120.0) -> Launch:
    """Start `cmd`, wait for its first-paint line and its exit."""
    start = time.monotonic()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    painted: float | None = None
    peak_kb = 0
    assert child.stdout is not None
    deadline = start + timeout
    for line in child.stdout:
        if line.startswith(MARK):
            fields = line.split()
            painted = float(fields[1])
            peak_kb = int(fields[2]) if len(fields) > 2 else 0
            break
        if time.monotonic() > deadline:
            break
    child.stdout.read()
    child.wait()
    if painted is None:
        raise RuntimeError(f"no first paint from {' '.join(cmd)}")
    # The child's own VmHWM: wait4's ru_maxrss would count the memory of this process
    # that the fork copied before the exec.
    return Launch(painted - start, peak_kb / 1024)


def app_cmd(db_url: str, window: str = "main") -> list[str]:
    return [sys.executable, "-m", "reception_desk", "--db", db_url, "--window", window,
            "--lang", "zh_CN"]


BARE_CMD = [sys.executable, "-m", "reception_desk.bench.bare_window"]


def startup(db_url: str, env: dict[str, str], runs: int) -> dict[str, object]:
    """Main and bar window against the bare window, paired runs, medians."""
    compiled = compile_bytecode()
    probe = dict(env, **{EXIT_AFTER_PAINT: "1"})
    if runs > 1:  # warm the file cache for both
        launch(BARE_CMD, probe)
        launch(app_cmd(db_url), probe)
    bare: list[float] = []
    main: list[float] = []
    bar: list[float] = []
    for _ in range(runs):
        bare.append(launch(BARE_CMD, probe).seconds)
        main.append(launch(app_cmd(db_url), probe).seconds)
        bar.append(launch(app_cmd(db_url, "bar"), probe).seconds)
    base = statistics.median(bare)
    main_s = statistics.median(main)
    bar_s = statistics.median(bar)
    return {
        "runs": runs,
        "bare_ms": round(base * 1000, 1),
        "main_ms": round(main_s * 1000, 1),
        "bar_ms": round(bar_s * 1000, 1),
        "main_ratio": ratio(main_s, base),
        "bar_ratio": ratio(bar_s, base),
        "goal_ratio": 3.0,
        "bytecode_compiled": compiled,
    }


def memory(db_url: str, env: dict[str, str], runs: int) -> dict[str, object]:
    """Peak RSS with the main and the bar window open, against the bare window."""
    compile_bytecode()
    both = dict(env, **{EXIT_AFTER_PAINT: "both"})
    bare = dict(env, **{EXIT_AFTER_PAINT: "1"})
    app_mb = max(launch(app_cmd(db_url), both).peak_rss_mb for _ in range(max(1, runs)))
    bare_mb = max(launch(BARE_CMD, bare).peak_rss_mb for _ in range(max(1, runs)))
    return {
        "peak_rss_mb": round(app_mb, 1),
        "bare_rss_mb": round(bare_mb, 1),
        "ratio": ratio(app_mb, bare_mb),
        "goal_mb": 250.0,
    }
