"""Time the reception request's sheets once the CJK font is loaded.

Run from the repository root: ``python benchmarks/bench_request_sheet.py [N]``
(or ``make bench``). Not a test: it prints the median and the fastest of N
builds (default 30) per sheet in milliseconds; the PDFs stay in memory. The
target is well under 100 ms for a one-page request sheet.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reception_desk.printing.fonts import register_cjk_font
from reception_desk.printing.request_sheets import (
    build_feedback_pdf,
    build_itinerary_pdf,
    build_request_pdf,
)
from tests.printing.request_samples import PRINTED_AT, SITE, ZONE, long_record


def timed(build: Callable[[], bytes], runs: int) -> tuple[float, float, int]:
    times = []
    size = 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(build())
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000, size


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    start = time.perf_counter()
    register_cjk_font()
    print(f"register font                      {(time.perf_counter() - start) * 1000:8.1f} ms")
    typical = long_record(6, 5)
    typical = replace(typical, form=replace(typical.form, notes="会议室需提前一小时开空调。"))
    long = long_record(60, 30)
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("request, 6 guests, 5 items", lambda: build_request_pdf(typical, SITE, PRINTED_AT, ZONE)),
        ("itinerary, 5 items", lambda: build_itinerary_pdf(typical, SITE, PRINTED_AT, ZONE)),
        ("feedback, filled", lambda: build_feedback_pdf(typical, SITE, PRINTED_AT, ZONE)),
        ("request, 60 guests, 30 items", lambda: build_request_pdf(long, SITE, PRINTED_AT, ZONE)),
    ]
    timed(cases[0][1], 2)  # warm up: first layout of the face's glyphs
    print(f"{'sheet':34s} {'median':>8s} {'min':>8s}   (ms, {runs} builds)")
    for name, build in cases:
        median, fastest, size = timed(build, runs)
        print(f"{name:34s} {median:8.1f} {fastest:8.1f}   {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
