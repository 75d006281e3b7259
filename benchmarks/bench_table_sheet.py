"""Time the A4 table sheet: font registration, then 50 and 2000 rows.

Run from the repository root: ``python benchmarks/bench_table_sheet.py``.
Not a test: it only prints timings (the PDFs are written to memory).
"""

from __future__ import annotations

import io
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reception_desk.printing.fonts import register_cjk_font
from reception_desk.printing.table_sheet import build_table_pdf

COLUMNS = [
    ("到访时间", 1.5),
    ("客户", 1.1),
    ("电话", 1.2),
    ("来源", 1),
    ("置业顾问", 0.9),
    ("备注", 4),
]
NOTES = [
    "客户对三房户型很感兴趣，预算约三百万，希望下周带家人再来看样板房。",
    "同行调研，礼貌接待，未透露价格。",
    "",
    "问路。",
]


def rows(count: int) -> list[list[str]]:
    return [
        [
            f"2026-11-28 {9 + i % 10:02d}:{i % 60:02d}",
            "王先生",
            f"138{i:08d}",
            "自然到访",
            "刘洋",
            NOTES[i % len(NOTES)],
        ]
        for i in range(count)
    ]


def build(count: int) -> tuple[float, int]:
    data = rows(count)
    buffer = io.BytesIO()
    start = time.perf_counter()
    build_table_pdf(
        buffer,
        title="来访登记表",
        subtitle="2026-11-28",
        site_name="滨江壹号售楼处",
        columns=COLUMNS,
        rows=data,
        generated_at=datetime(2026, 11, 28, 18, 55),
        signature_lines=["销售经理签字：________  日期：________"],
    )
    return time.perf_counter() - start, len(buffer.getvalue())


def main() -> None:
    start = time.perf_counter()
    register_cjk_font()
    print(f"register font      {time.perf_counter() - start:8.3f} s")
    for count in (50, 2000):
        best = min(build(count) for _ in range(3))
        print(f"{count:5d} rows        {best[0]:8.3f} s  ({best[1] / 1024:.0f} KiB, best of 3)")


if __name__ == "__main__":
    main()
