"""`reception-desk backup` and `restore` as the user runs them (a new Python process)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.e2e.cli_process import run_cli

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _run(home: Path, *args: str, lang: str = "zh_CN.UTF-8") -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, lang=lang)


def _error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def _parties(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM parties").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def desk(tmp_path: Path, clock) -> Path:
    path = tmp_path / "desk.db"
    db, _ = open_database(f"sqlite:///{path}")
    services = Services.open(db, clock=clock)
    for name in ("王", "李"):
        services.arrivals.register(PartyDraft(name, Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    db.dispose()
    return path


def test_backup_then_restore(desk: Path, tmp_path: Path, clock) -> None:
    url = f"sqlite:///{desk}"
    home = tmp_path / "home"
    copy = tmp_path / "copy.bak"
    done = _run(home, "backup", "--db", url, "-o", str(copy), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"backup written to {copy}"
    default = _run(home, "backup", "--db", url)
    assert default.returncode == 0, default.stderr
    [made] = (tmp_path / "backups").glob("desk.*.manual.bak")
    assert str(made) in default.stdout and "备份已写入" in default.stdout

    db, _ = open_database(url)
    Services.open(db, clock=clock).arrivals.register(
        PartyDraft("赵", Honorific.MS, 1, VisitKind.WALK_IN, "网络"))
    db.dispose()
    assert _parties(desk) == 3
    done = _run(home, "restore", str(copy), "--db", url, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert f"restored {desk} from {copy}" in done.stdout
    [kept] = tmp_path.glob("desk.*.replaced.bak")
    assert f"kept as {kept}" in done.stdout
    assert _parties(desk) == 2 and _parties(kept) == 3
    assert _run(home, "check", "--db", url).returncode == 0


def test_restore_refused_while_a_window_has_it_open(desk: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{desk}"
    home = tmp_path / "home"
    copy = tmp_path / "copy.bak"
    assert _run(home, "backup", "--db", url, "-o", str(copy)).returncode == 0
    db, _ = open_database(url)  # another "PC window": a pooled connection stays open
    try:
        with db.read() as session:
            session.connection().exec_driver_sql("SELECT 1")
        line = _error_line(_run(home, "restore", str(copy), "--db", url))
        assert str(desk) in line and "正被另一个程序" in line
    finally:
        db.dispose()
    assert not list(tmp_path.glob("*.replaced.bak"))


def test_restore_refuses_a_bad_copy(desk: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{desk}"
    home = tmp_path / "home"
    bad = tmp_path / "bad.bak"
    bad.write_text("not a database")
    line = _error_line(_run(home, "restore", str(bad), "--db", url, "--lang", "en"))
    assert str(bad) in line and "not a readable" in line
    line = _error_line(_run(home, "restore", str(tmp_path / "none.bak"), "--db", url))
    assert "找不到备份文件" in line
    line = _error_line(_run(home, "backup", "--db", url, "-o",
                            str(tmp_path / "desk.db" / "x.bak"), "--lang", "en"))
    assert "cannot write the backup" in line


def test_postgresql_backup_says_what_to_run(tmp_path: Path, pg_url: str) -> None:
    home = tmp_path / "home"
    env_path = os.environ.get("PATH", "")
    os.environ["PATH"] = str(tmp_path)  # no pg_dump on this PATH
    try:
        done = _run(home, "backup", "--db", pg_url, "-o", str(tmp_path / "x.dump"),
                    "--lang", "en")
    finally:
        os.environ["PATH"] = env_path
    line = _error_line(done)
    assert "pg_dump is not on PATH" in line and "pg_dump --format=custom" in line
    assert f"--file={tmp_path / 'x.dump'}" in line
