"""The short table printed after a run (and pasted into the README)."""

from __future__ import annotations

from typing import Any


def _get(results: dict[str, Any], *keys: str) -> Any:
    value: Any = results
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}{unit}" if value < 100 else f"{value:.0f}{unit}"
    return f"{value}{unit}"


def table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str]] = []
    add = rows.append
    r = results
    add(("start-up, main window", _fmt(_get(r, "startup", "main_ms"), " ms"),
         f"{_fmt(_get(r, 'startup', 'main_ratio'))}x bare "
         f"({_fmt(_get(r, 'startup', 'bare_ms'), ' ms')})", "≤ 3x"))
    add(("start-up, bar window", _fmt(_get(r, "startup", "bar_ms"), " ms"),
         f"{_fmt(_get(r, 'startup', 'bar_ratio'))}x bare", "≤ 3x"))
    for action in ("register", "next_stage", "assign", "order", "serve"):
        add((f"key to repaint: {action.replace('_', ' ')} (median / p95)",
             f"{_fmt(_get(r, 'latency', action, 'ui', 'median_ms'))} / "
             f"{_fmt(_get(r, 'latency', action, 'ui', 'p95_ms'), ' ms')}",
             f"{_fmt(_get(r, 'latency', action, 'ratio_median'))}x bare commit "
             f"({_fmt(_get(r, 'latency', action, 'bare_commit', 'median_ms'), ' ms')})",
             "p95 < 16 ms"))
    for engine in ("sqlite", "postgres"):
        skipped = _get(r, "crossproc", engine, "skipped")
        add((f"other process's commit to repaint, {engine} (p95)",
             "skipped" if skipped else _fmt(_get(r, "crossproc", engine, "repaint", "p95_ms"),
                                            " ms"),
             f"{_fmt(_get(r, 'crossproc', engine, 'ratio_p95'))}x the commit", "< 500 ms"))
    add(("request sheet, font loaded (median)", _fmt(_get(r, "printing", "sheet", "median_ms"),
                                                      " ms"),
         f"{_fmt(_get(r, 'printing', 'sheet_ratio'))}x a plain ReportLab page", "< 50 ms"))
    add(("first request sheet, with the font", _fmt(_get(r, "printing", "first_sheet_ms"),
                                                     " ms"), "", ""))
    add((f"batch of {_fmt(_get(r, 'printing', 'batch_sheets'))} sheets",
         _fmt(_get(r, "printing", "batch_ms"), " ms"), "", ""))
    add(("peak memory, main + bar window", _fmt(_get(r, "memory", "peak_rss_mb"), " MB"),
         f"{_fmt(_get(r, 'memory', 'ratio'))}x bare "
         f"({_fmt(_get(r, 'memory', 'bare_rss_mb'), ' MB')})", "< 250 MB"))
    for part, label in (("board", "board search"), ("customers", "customer search")):
        add((f"{label} to repaint (p95)", _fmt(_get(r, "search", part, "ui", "p95_ms"), " ms"),
             f"{_fmt(_get(r, 'search', part, 'ratio_p95'))}x the query", "< 50 ms"))
    errors = [f"{name}: {value['error']}" for name, value in r.items()
              if isinstance(value, dict) and "error" in value]
    head = ("measure", "value", "against the baseline", "goal")
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(4)]
    lines = ["| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(head)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(row)) + " |"
              for row in rows]
    machine = r.get("machine", {})
    lines.append("")
    lines.append(f"{r.get('days')} days of history ({r.get('database_mb')} MB), "
                 f"{machine.get('cores')} cores {machine.get('cpu')}, "
                 f"{machine.get('memory_gb')} GB, load {machine.get('load_average')}"
                 + (", quick run" if r.get("quick") else ""))
    lines += [f"error: {e}" for e in errors]
    return "\n".join(lines)
