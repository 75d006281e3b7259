"""`make bench` runs: the suite on a tiny database in quick mode writes valid JSON
with every figure. No timing is asserted: benchmarks are not tests."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

FIGURES = [
    ("startup", "main_ms"), ("startup", "bar_ms"), ("startup", "bare_ms"),
    ("startup", "main_ratio"), ("startup", "bar_ratio"),
    *[("latency", action, part, "p95_ms")
      for action in ("register", "next_stage", "assign", "order", "serve")
      for part in ("ui", "bare_commit")],
    ("crossproc", "sqlite", "repaint", "p95_ms"),
    ("printing", "first_sheet_ms"), ("printing", "sheet", "median_ms"), ("printing", "batch_ms"),
    ("memory", "peak_rss_mb"), ("memory", "bare_rss_mb"),
    ("search", "board", "ui", "p95_ms"), ("search", "customers", "ui", "p95_ms"),
]


def figure(results: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = results
    for key in path:
        assert isinstance(value, dict) and key in value, f"missing {'.'.join(path)}"
        value = value[key]
    return value


def test_quick_bench_on_a_tiny_database_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench-results.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_DESK")}
    env.update({"RECEPTION_DESK_BENCH_CACHE": str(tmp_path / "cache"),
                "QT_QPA_PLATFORM": "offscreen",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT),
                                                            env.get("PYTHONPATH")]))})
    done = subprocess.run([sys.executable, "-m", "reception_desk.bench", "--days", "2",
                           "--quick", "--out", str(out)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    results = json.loads(out.read_text(encoding="utf-8"),
                         parse_constant=lambda name: math.nan)  # NaN/Infinity would fail below
    for path in FIGURES:
        value = figure(results, path)
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, path
    postgres = figure(results, ("crossproc", "postgres"))
    assert "skipped" in postgres or figure(postgres, ("repaint", "p95_ms")) > 0
    assert results["days"] == 2 and results["quick"] is True
    assert results["machine"]["cores"] >= 1
    assert "start-up, main window" in done.stdout  # the table
    # A second run the same day reuses the cached database.
    assert len(list((tmp_path / "cache").glob("demo-2d-*.db"))) == 1
