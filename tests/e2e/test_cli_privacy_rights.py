"""`reception-desk privacy ...`: retention preview/run, a person's export and erasure guarded
by an admin's name and PIN; in-process on SQLite and PostgreSQL, once as a real process."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reception_desk.__main__ import main
from reception_desk.domain.customer_records import Consent
from reception_desk.domain.roles import Role
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.conftest import TEST_ACTOR, FakeClock
from tests.e2e.cli_process import run_cli
from tests.services.hotline_helpers import call_form

pytestmark = pytest.mark.slow

ADMIN_PIN = "135790"
MANAGER_PIN = "246810"


@dataclass
class Result:
    code: int
    out: str
    err: str


Runner = Callable[..., Result]


def _seed(url: str) -> tuple[int, int]:
    """An admin, a manager; a customer quiet for 800 days and one who called today."""
    db, _ = open_database(url)
    try:
        old_clock = FakeClock(datetime.now(UTC) - timedelta(days=800))
        old = Services.open(db, clock=old_clock).calls.log_call(call_form(
            "13800000001", caller_name="张伟", consent=Consent.YES), actor="前台")
        services = Services.open(db)
        admin = services.accounts.create_first_admin("管理员", ADMIN_PIN).actor()
        services.accounts.create(admin, "王经理", Role.MANAGER, pin=MANAGER_PIN)
        new = services.calls.log_call(call_form("13812345678", caller_name="李娜",
                                                questions="学区"))
        return old.customer_id or 0, new.customer_id or 0
    finally:
        db.dispose()


@pytest.fixture
def seeded(any_db_url: str) -> tuple[str, int, int]:
    old, new = _seed(any_db_url)
    return any_db_url, old, new


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Runner]:
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


def _actions(url: str, action: str) -> list[tuple[str, str, str]]:
    db, _ = open_database(url, migrate=False)
    try:
        entries = Services.open(db).audit.entries(TEST_ACTOR, action=action)
        return [(e.actor, e.target, e.detail) for e in entries]
    finally:
        db.dispose()


def test_retention_preview_then_run(cli: Runner, seeded: tuple[str, int, int]) -> None:
    url, old, new = seeded
    result = cli("privacy", "retention", "--db", url)
    assert result.code == 0, result.err
    assert "保留期限 730 天" in result.out
    assert f"客户 {old}  张*  138****0001" in result.out
    assert f"客户 {new} " not in result.out and "张伟" not in result.out
    result = cli("privacy", "retention", "--run", "--db", url)
    assert result.code == 0, result.err
    assert "已匿名化 1 位客户" in result.out
    ((actor, target, detail),) = _actions(url, "privacy.retention")
    assert actor.startswith("os:") and target == "run" and detail.startswith("1 customers")
    assert "（没有到期的客户）" in cli("privacy", "retention", "--preview", "--db", url).out


def test_export_person_and_erase_need_an_admins_pin(cli: Runner, seeded: tuple[str, int, int],
                                                    tmp_path: Path) -> None:
    url, _old, new = seeded
    target = tmp_path / "person.json"
    refused = cli("privacy", "export-person", str(new), "--db", url, "-o", str(target))
    assert refused.code == 2 and "需要管理员" in refused.err and not target.exists()
    manager = cli("privacy", "export-person", str(new), "--db", url, "-o", str(target),
                  "--as", "王经理", "--pin-from-stdin", stdin=MANAGER_PIN + "\n")
    assert manager.code == 2 and "不是管理员" in manager.err and not target.exists()
    wrong = cli("privacy", "export-person", str(new), "--db", url, "-o", str(target),
                "--as", "管理员", "--pin-from-stdin", stdin="000000\n")
    assert wrong.code == 2 and "PIN 不对" in wrong.err and not target.exists()
    missing = cli("privacy", "export-person", "9999", "--db", url, "-o", str(target))
    assert missing.code == 2 and "没有编号为 9999 的客户" in missing.err

    done = cli("privacy", "export-person", str(new), "--db", url, "-o", str(target),
               "--as", "管理员", "--pin-from-stdin", stdin=ADMIN_PIN + "\n")
    assert done.code == 0, done.err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["customer"]["phone"] == "13812345678" and data["calls"][0]["questions"] == "学区"
    assert [a[0] for a in _actions(url, "privacy.export_person")] == ["管理员"]

    unconfirmed = cli("privacy", "erase", str(new), "--db", url, "--as", "管理员",
                      "--pin-from-stdin", stdin=ADMIN_PIN + "\n")
    assert unconfirmed.code == 2 and "--yes" in unconfirmed.err
    erased = cli("privacy", "erase", str(new), "--db", url, "--as", "管理员",
                 "--pin-from-stdin", "--yes", stdin=ADMIN_PIN + "\n")
    assert erased.code == 0, erased.err and "已删除" in erased.out
    again = cli("privacy", "erase", str(new), "--db", url, "--as", "管理员",
                "--pin-from-stdin", "--yes", stdin=ADMIN_PIN + "\n")
    assert again.code == 2 and "已于" in again.err
    after = tmp_path / "after.xlsx"
    assert cli("privacy", "export-person", str(new), "--db", url, "-o", str(after),
               "--as", "管理员", "--pin-from-stdin", stdin=ADMIN_PIN + "\n").code == 0
    assert after.stat().st_size > 0
    assert len(_actions(url, "privacy.erase")) == 1


def test_as_a_real_process_in_english(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    _old, new = _seed(url)
    target = tmp_path / "person.json"
    result = run_cli(tmp_path / "home", "privacy", "export-person", str(new), "-o",
                     str(target), "--as", "管理员", "--pin-from-stdin", db=url,
                     lang="en_US.UTF-8", stdin=ADMIN_PIN + "\n")
    assert result.returncode == 0, result.stderr
    assert "wrote everything held about customer" in result.stdout
    assert json.loads(target.read_text(encoding="utf-8"))["customer"]["name"] == "李娜"
