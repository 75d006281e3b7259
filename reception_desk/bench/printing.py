"""Printing: one request sheet once the CJK font is loaded, the first sheet with the
font loading, and a batch of 100 sheets in one PDF.

Measured in a fresh process (the font is registered once per process), from real
requests of the demo database. The baseline is a one-page ReportLab PDF with one
line in a built-in font: what the library itself costs.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time

from .stats import ratio, summary


def plain_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "Reception request")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def child(db_url: str, runs: int, batch: int) -> dict[str, object]:
    from ..printing.request_sheets import SheetKind, build_batch_pdf
    from ..services.context import Services
    from ..services.requests import RequestFilter
    from ..startup import open_database

    db, _ = open_database(db_url)
    services = Services.open(db)
    records = services.requests.list_requests(RequestFilter.ALL)
    if not records:
        raise RuntimeError("the database holds no reception request to print")
    record = records[0]
    settings = services.settings.current()
    now = services.clock()

    def sheet() -> bytes:
        return build_batch_pdf([record], [SheetKind.REQUEST], settings.site_name, now,
                               settings.zone())

    start = time.perf_counter()
    sheet()
    first = time.perf_counter() - start
    singles: list[float] = []
    plain: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        sheet()
        singles.append(time.perf_counter() - start)
        start = time.perf_counter()
        plain_pdf()
        plain.append(time.perf_counter() - start)
    chosen = [records[i % len(records)] for i in range(batch)]
    start = time.perf_counter()
    build_batch_pdf(chosen, [SheetKind.REQUEST], settings.site_name, now, settings.zone())
    batch_s = time.perf_counter() - start
    db.dispose()
    one = summary(singles)
    base = summary(plain)
    return {
        "first_sheet_ms": round(first * 1000, 1),
        "sheet": one,
        "plain_reportlab_page": base,
        "sheet_ratio": ratio(one["median_ms"], base["median_ms"]),
        "batch_sheets": batch,
        "batch_ms": round(batch_s * 1000, 1),
        "goal_sheet_ms": 50.0,
    }


def printing(db_url: str, env: dict[str, str], runs: int, batch: int) -> dict[str, object]:
    cmd = [sys.executable, "-m", "reception_desk.bench.printing", db_url, str(runs),
           str(batch)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"printing benchmark failed: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


if __name__ == "__main__":
    print(json.dumps(child(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
