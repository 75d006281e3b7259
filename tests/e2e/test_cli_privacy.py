"""Personal data on the command line: exports masked without a manager's PIN, refused with a
wrong one; `check` finds an audit row edited or deleted behind the app's back.

In-process (`main([...])` with stdin replaced) on SQLite and PostgreSQL, and once as a
real process with raw `sqlite3` tampering.
"""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reception_desk.__main__ import main
from reception_desk.domain.roles import Role
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.conftest import TEST_ACTOR
from tests.e2e.cli_process import run_cli
from tests.services.hotline_helpers import call_form

pytestmark = pytest.mark.slow

ADMIN_PIN = "135790"
MANAGER_PIN = "246810"
DESK_PIN = "1111"
FULL = ("13812345678", "张伟")


@dataclass
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


def _seed(url: str) -> None:
    """An admin, a manager, a receptionist and one hotline call of today (real clock)."""
    db, _ = open_database(url)
    try:
        services = Services.open(db)
        admin = services.accounts.create_first_admin("管理员", ADMIN_PIN).actor()
        services.accounts.create(admin, "王经理", Role.MANAGER, pin=MANAGER_PIN)
        services.accounts.create(admin, "前台小李", Role.RECEPTIONIST, pin=DESK_PIN)
        services.calls.log_call(call_form(notes="备用 13912345678"))
    finally:
        db.dispose()


@pytest.fixture
def desk_url(any_db_url: str) -> str:
    _seed(any_db_url)
    return any_db_url


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Runner]:
    """main() in this process, with what stdin holds."""
    root = logging.getLogger()
    level = root.level

    def call(*args: str, stdin: str = "") -> Result:
        monkeypatch.setenv("LANG", "zh_CN.UTF-8")
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield call
    for handler in list(root.handlers):
        if getattr(handler, "_reception_desk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def _exports(url: str) -> list[tuple[str, str, str]]:
    db, _ = open_database(url, migrate=False)
    try:
        entries = Services.open(db).audit.entries(TEST_ACTOR, action="export")
        return [(e.actor, e.target, e.detail) for e in entries]
    finally:
        db.dispose()


def test_without_a_pin_the_export_is_masked_and_says_so(cli: Runner, desk_url: str,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "calls.csv"
    result = cli("export", "calls", "--db", desk_url, "-o", str(target))
    assert result.code == 0, result.err
    assert "reception-desk: note: 电话、姓名和车牌已打码" in result.err
    text = target.read_text(encoding="utf-8-sig")
    assert not any(value in text for value in (*FULL, "13912345678"))
    (row,) = _rows(target)
    assert row["电话"] == "138****5678" and row["姓名"] == "张*"
    ((actor, dataset, detail),) = _exports(desk_url)
    assert actor.startswith("os:") and dataset == "calls"
    assert detail.startswith("1 rows, masked")


def test_a_managers_pin_from_stdin_gives_full_values(cli: Runner, desk_url: str,
                                                     tmp_path: Path) -> None:
    target = tmp_path / "customers.csv"
    result = cli("export", "customers", "--db", desk_url, "-o", str(target),
                 "--as", "王经理", "--pin-from-stdin", stdin=MANAGER_PIN + "\n")
    assert result.code == 0, result.err
    assert "打码" not in result.err
    (row,) = _rows(target)
    assert (row["电话"], row["姓名"]) == FULL
    assert _exports(desk_url) == [("王经理", "customers", _exports(desk_url)[0][2])]
    assert _exports(desk_url)[0][2].startswith("1 rows, full")


def test_a_wrong_pin_is_refused_and_nothing_is_written(cli: Runner, desk_url: str,
                                                       tmp_path: Path) -> None:
    target = tmp_path / "calls.csv"
    result = cli("export", "calls", "--db", desk_url, "-o", str(target),
                 "--as", "王经理", "--pin-from-stdin", stdin="000000\n")
    assert result.code == 2
    assert result.err.strip() == ("reception-desk: error: 王经理 的 PIN 不对（还可再试 4 次）；"
                                  "未导出任何数据")
    assert not target.exists()
    assert _exports(desk_url) == []


@pytest.mark.parametrize("args, stdin, text", [
    (("--as", "前台小李", "--pin-from-stdin"), DESK_PIN, "前台小李 无权导出"),
    (("--as", "没有这个人", "--pin-from-stdin"), "1234", "没有名为“没有这个人”的在用账户"),
    (("--pin-from-stdin",), MANAGER_PIN, "--pin-from-stdin 需要同时用 --as"),
    (("--as", "王经理"), "", "没有 PIN"),
], ids=["receptionist", "unknown", "no name", "no pin"])
def test_who_may_not_approve_is_refused(cli: Runner, desk_url: str, tmp_path: Path,
                                        args: tuple[str, ...], stdin: str, text: str) -> None:
    target = tmp_path / "calls.csv"
    result = cli("export", "calls", "--db", desk_url, "-o", str(target), *args, stdin=stdin)
    assert result.code == 2 and text in result.err, result.err
    assert not target.exists()


def test_the_audit_log_needs_an_admin_not_a_manager(cli: Runner, desk_url: str,
                                                    tmp_path: Path) -> None:
    target = tmp_path / "audit.csv"
    refused = cli("export", "audit", "--db", desk_url, "-o", str(target), "--as", "王经理",
                  "--pin-from-stdin", stdin=MANAGER_PIN)
    assert refused.code == 2 and "王经理 无权导出“audit”" in refused.err
    done = cli("export", "audit", "--db", desk_url, "-o", str(target), "--as", "管理员",
               "--pin-from-stdin", stdin=ADMIN_PIN)
    assert done.code == 0, done.err
    assert "哈希链" in target.read_text(encoding="utf-8-sig")


def test_a_dataset_without_personal_data_asks_nothing(cli: Runner, desk_url: str,
                                                     tmp_path: Path) -> None:
    result = cli("export", "stock", "--db", desk_url, "-o", str(tmp_path / "s.csv"))
    assert result.code == 0 and result.err == ""


def test_check_passes_then_fails_on_an_edited_audit_row(cli: Runner, desk_url: str) -> None:
    good = cli("check", "--db", desk_url)
    assert good.code == 0 and "审计日志哈希链：完整（3 条" in good.out, good.out
    import sqlalchemy as sa

    engine = sa.create_engine(desk_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET detail = 'nothing' WHERE id = 2"))
    engine.dispose()
    bad = cli("check", "--db", desk_url)
    assert bad.code == 1
    assert "审计日志哈希链：第 2 条" in bad.out and "account_create" in bad.out
    assert "检查未通过" in bad.out


def test_a_real_process_with_raw_sqlite3_tampering(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    _seed(url)
    home = tmp_path / "home"
    target = tmp_path / "calls.xlsx"
    done = run_cli(home, "export", "calls", "--db", url, "-o", str(target), "--as", "管理员",
                   "--pin-from-stdin", stdin=ADMIN_PIN + "\n")
    assert done.returncode == 0, done.stderr
    assert run_cli(home, "check", "--db", url).returncode == 0
    raw = sqlite3.connect(tmp_path / "desk.db")
    raw.execute("DELETE FROM audit_log WHERE id = 3")
    raw.commit()
    raw.close()
    broken = run_cli(home, "check", "--db", url)
    assert broken.returncode == 1
    assert "审计日志哈希链：第 4 条" in broken.stdout, broken.stdout



def test_a_printed_sheet_masks_guest_phones_and_is_audited(cli: Runner, any_db_url: str,
                                                           tmp_path: Path) -> None:
    from pypdf import PdfReader

    from reception_desk.domain.reception_request import Guest, RequestForm

    db, _ = open_database(any_db_url)
    try:
        record = Services.open(db).requests.save_draft(TEST_ACTOR, RequestForm(
            organisation="华润置地", guests=(Guest("王建国", "董事长", "13812345678"),)))
    finally:
        db.dispose()
    target = tmp_path / "sheet.pdf"
    result = cli("print", "request", record.number, "--db", any_db_url, "-o", str(target))
    assert result.code == 0, result.err
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "王建国" in text and "138****5678" in text and "13812345678" not in text
    db, _ = open_database(any_db_url, migrate=False)
    try:
        (entry,) = Services.open(db).audit.entries(TEST_ACTOR, action="print")
    finally:
        db.dispose()
    assert entry.actor.startswith("os:") and entry.target == f"request {record.number}"
    assert entry.detail.startswith("1 rows, masked; saved as ")
