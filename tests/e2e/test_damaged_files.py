"""Damaged, empty, foreign and newer database files are refused by every entry point.

`open_database` raises a StoreError naming the file; the command line (a real
subprocess) prints one line naming it and exits 2; nothing is ever "repaired" or
silently replaced by a new empty database. `check` fails on a missing table,
column or index.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from reception_desk.startup import open_database
from reception_desk.store.database import StoreError
from tests.e2e.cli_process import run_cli

ROOT = Path(__file__).resolve().parents[2]


def _fresh(path: Path, rows: int = 0) -> Path:
    """A real database at head, with `rows` change-feed rows, checkpointed into the file."""
    db, _ = open_database(f"sqlite:///{path}")
    if rows:
        with db.engine.begin() as conn:
            for i in range(rows):
                conn.exec_driver_sql(
                    "INSERT INTO changes (at, origin, topic, ids, data) "
                    "VALUES ('2026-11-28 02:00:00', 'test', 'parties', ?, ?)",
                    (str(i), "x" * 100))
    db.dispose()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(os.urandom(8192))
    return path


def text_file(path: Path) -> Path:
    path.write_text("姓名,电话\n王先生,13800000000\n", encoding="utf-8")
    return path


def other_app(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    conn.commit()
    conn.close()
    return path


def missing_table(path: Path) -> Path:
    _fresh(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE remarks")
    conn.commit()
    conn.close()
    return path


def missing_column(path: Path) -> Path:
    _fresh(path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE stage_moves DROP COLUMN undone_at")
    conn.commit()
    conn.close()
    return path


def damaged_pages(path: Path) -> Path:
    _fresh(path, rows=3000)
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xa5" * page
    path.write_bytes(bytes(data))
    return path


def newer_revision(path: Path) -> Path:
    _fresh(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    return path


#: maker, words of the English message, words of the Chinese one.
CASES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "empty": (empty_file, "is empty", "是空文件"),
    "random": (random_bytes, "is not a readable", "不是可读的"),
    "text": (text_file, "is not a readable", "不是可读的"),
    "other-app": (other_app, "database of another program", "别的程序的数据库"),
    "missing-table": (missing_table, "missing the tables remarks", "缺少数据表 remarks"),
    "missing-column": (missing_column, "missing the columns stage_moves.undone_at",
                       "缺少数据列 stage_moves.undone_at"),
    "damaged-pages": (damaged_pages, "is damaged (integrity check:", "已损坏"),
    "newer": (newer_revision, "newer version", "更新版本"),
}


def _run(home: Path, *args: str, lang: str = "zh_CN.UTF-8") -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, lang=lang)


def _one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("reception-desk: error: ")
    return lines[0]


@pytest.mark.parametrize("case", sorted(CASES))
def test_open_database_refuses_and_names_the_file(case: str, tmp_path: Path) -> None:
    make, english, _ = CASES[case]
    path = make(tmp_path / f"{case}.db")
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_database(f"sqlite:///{path}")
    text = str(caught.value)
    assert str(path) in text and english in text
    assert "\n" not in text
    assert path.read_bytes() == before, "a refused file is never changed"
    made = {p.name for p in tmp_path.iterdir()} - {path.name, f"{path.name}-wal",
                                                   f"{path.name}-shm"}
    assert not made, "nothing made beside it but SQLite's own files"


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_command_refuses_with_the_file_named(case: str, tmp_path: Path) -> None:
    make, english, chinese = CASES[case]
    path = make(tmp_path / f"{case}.db")
    before = path.read_bytes()
    url = f"sqlite:///{path}"
    home = tmp_path / "home"
    line = _one_error_line(_run(home, "export", "visits", "--db", url,
                                "-o", str(tmp_path / "x.csv")))
    assert str(path) in line and chinese in line
    line = _one_error_line(_run(home, "migrate", "--db", url, lang="en_US.UTF-8"))
    assert str(path) in line and english in line
    # The window refuses it too (offscreen: the message on stderr, exit 2).
    line = _one_error_line(_run(home, "--db", url, "--screenshot",
                                str(tmp_path / "shot.png")))
    assert str(path) in line and chinese in line
    assert path.read_bytes() == before
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "shot.png").exists()


def test_commands_in_process_refuse_too(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from reception_desk.__main__ import main

    path = random_bytes(tmp_path / "garbage.db")
    url = f"sqlite:///{path}"
    for command in (["demo", "--days", "1"], ["check"], ["backup", "-o", str(tmp_path / "b")],
                    ["print", "request", "1", "-o", str(tmp_path / "r.pdf")],
                    ["import", "appointments", str(tmp_path / "none.csv")]):
        assert main([*command, "--db", url]) == 2, command
        err = capsys.readouterr().err
        assert str(path) in err and "Traceback" not in err, (command, err)


def test_an_empty_file_becomes_a_database_only_on_request(tmp_path: Path) -> None:
    path = empty_file(tmp_path / "desk.db")
    home = tmp_path / "home"
    line = _one_error_line(_run(home, "migrate", "--db", f"sqlite:///{path}"))
    assert "migrate --create" in line
    done = _run(home, "migrate", "--create", "--db", f"sqlite:///{path}")
    assert done.returncode == 0, done.stderr
    assert _run(home, "check", "--db", f"sqlite:///{path}").returncode == 0
    # --create never touches a file that holds data.
    other = other_app(tmp_path / "other.db")
    line = _one_error_line(_run(home, "migrate", "--create", "--db", f"sqlite:///{other}"))
    assert "别的程序" in line


def test_a_missing_file_is_still_created(tmp_path: Path) -> None:
    db, result = open_database(f"sqlite:///{tmp_path / 'new' / 'desk.db'}")
    db.dispose()
    assert result is not None and result.changed


@pytest.mark.parametrize(("damage", "expected"), [
    ("DROP TABLE remarks", "missing tables: remarks"),
    ("ALTER TABLE stage_moves DROP COLUMN undone_at", "missing columns: stage_moves.undone_at"),
    ("DROP INDEX ix_stage_moves_party_id", "missing indexes: ix_stage_moves_party_id"),
])
def test_check_fails_on_a_missing_table_column_or_index(damage: str, expected: str,
                                                        tmp_path: Path) -> None:
    path = _fresh(tmp_path / "desk.db")
    url = f"sqlite:///{path}"
    home = tmp_path / "home"
    healthy = _run(home, "check", "--db", url, "--lang", "en")
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert "tables, columns and indexes: all present" in healthy.stdout
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    done = _run(home, "check", "--db", url, "--lang", "en")
    assert done.returncode == 1, done.stdout + done.stderr
    assert expected in done.stdout and "check FAILED" in done.stdout


def test_check_runs_the_full_integrity_check(tmp_path: Path) -> None:
    """An index that disagrees with its table passes quick_check but not integrity_check."""
    path = _fresh(tmp_path / "desk.db", rows=50)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, '(at)', '(origin)') "
                 "WHERE name = 'ix_changes_at'")
    conn.commit()
    conn.close()
    quick = sqlite3.connect(path)
    assert quick.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    quick.close()
    done = _run(tmp_path / "home", "check", "--db", f"sqlite:///{path}", "--lang", "en")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "integrity: FAILED" in done.stdout
