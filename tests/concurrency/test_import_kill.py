"""An import killed half-way leaves nothing half-imported (issue 11).

`reception-desk import appointments` runs in its own process on a list of a few
thousand rows and is killed with SIGKILL at random moments. After every kill the
database holds none of the list or all of it, never a part; a final run completes it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from reception_desk.services.context import Services
from reception_desk.startup import open_database

ROOT = Path(__file__).resolve().parents[2]
ROWS = 3000

pytestmark = pytest.mark.slow


def count(url: str) -> int:
    db, _ = open_database(url)
    try:
        return len(Services.open(db).appointments.between(date(2026, 1, 1), date(2027, 12, 31)))
    finally:
        db.dispose()


def test_a_killed_import_leaves_none_or_all_of_the_list(any_db_url: str,
                                                       tmp_path: Path) -> None:
    db, _ = open_database(any_db_url)
    db.dispose()
    path = tmp_path / "list.csv"
    lines = ["渠道,客户姓名,电话,预计到访日期,经纪人"]
    lines += [f"链家,客户{i},139{i:08d},2026-12-{1 + i % 28:02d},小李" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), RECEPTION_DESK_DB=any_db_url, LANG="C.UTF-8")
    command = [sys.executable, "-m", "reception_desk", "import", "appointments", str(path)]
    rng = random.Random(5)
    seen = set()
    for _ in range(3):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        time.sleep(rng.uniform(0.8, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        now = count(any_db_url)
        assert now in (0, ROWS), f"half an import is in the database: {now} of {ROWS} rows"
        seen.add(now)
    finished = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                              timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert count(any_db_url) == ROWS
