"""`reception-desk import appointments FILE`: problems row by row, then the valid rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.e2e.test_cli import Result, Runner, cli  # noqa: F401  (cli is a fixture)
from tests.services.hotline_helpers import add_consultant, call_form

pytestmark = pytest.mark.slow

CSV = ("渠道,客户姓名,电话,预计到访日期,经纪人\n"
       "链家,张伟,138 1234 5678,2026-11-29,小李\n"
       "链家,李娜,,2026-11-29,小李\n"
       "链家,王芳,13900001111,明天,小李\n")


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    database, _ = open_database(url)
    database.dispose()
    return url


def appointments(url: str) -> list[str]:
    database, _ = open_database(url)
    try:
        services = Services.open(database)
        from datetime import date
        return [a.name for a in services.appointments.between(date(2026, 1, 1),
                                                              date(2027, 1, 1))]
    finally:
        database.dispose()


def test_import_prints_problems_in_chinese_and_imports_the_valid_rows(
        cli: Runner, db_file: str, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "list.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    dry: Result = cli("import", "appointments", str(path), "--dry-run", db=db_file)
    assert dry.code == 0, dry.err
    assert "第 3 行：缺少电话" in dry.out and "第 4 行：“明天”不是日期" in dry.out
    assert "试运行" in dry.out and appointments(db_file) == []
    done = cli("import", "appointments", str(path), db=db_file)
    assert done.code == 0 and "已导入 1 条预约" in done.out
    assert appointments(db_file) == ["张伟"]
    again = cli("import", "appointments", str(path), "--lang", "en", db=db_file)
    assert "row 2: already imported earlier" in again.out and "imported 0" in again.out
    # Rows imported before are counted apart, not as rows with problems.
    assert "3 rows, 0 valid, 1 already imported, 2 with problems" in again.out
    assert "imported 0 appointments (0 need the manager's decision)" in again.out
    assert appointments(db_file) == ["张伟"]


def test_english_counts_one_row_and_one_appointment(
        cli: Runner, db_file: str, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "one.csv"
    path.write_text("agency,phone,expected date\n链家,13700001234,2026-11-29\n",
                    encoding="utf-8")
    done = cli("import", "appointments", str(path), "--lang", "en", db=db_file)
    assert done.code == 0, done.err
    assert "one.csv: 1 row, 1 valid, 0 already imported, 0 with problems" in done.out
    assert "imported 1 appointment (0 need the manager's decision)" in done.out


def test_import_names_the_rows_the_manager_must_decide(
        cli: Runner, db_file: str, tmp_path: Path) -> None:  # noqa: F811
    database, _ = open_database(db_file)
    try:
        services = Services.open(database)
        chen = add_consultant(services, "陈静", "XS001")
        services.calls.log_call(call_form("13812345678", consultant_id=chen))
    finally:
        database.dispose()
    path = tmp_path / "conflicts.csv"
    path.write_text("渠道,客户姓名,电话,预计到访日期,经纪人\n"
                    "链家,张伟,13812345678,2026-11-29,小李\n"      # owned by 陈静
                    "我爱我家,周敏,13700002222,2026-11-29,小王\n"  # fine
                    "链家,周敏,13700002222,2026-11-30,小李\n",     # another agency first
                    encoding="utf-8")
    done = cli("import", "appointments", str(path), db=db_file)
    assert done.code == 0, done.err
    assert "已导入 3 条预约（其中 2 条需经理判客）" in done.out
    assert "第 2 行 张伟（链家）：需经理判客，该客户已归属置业顾问" in done.out
    assert "第 4 行 周敏（链家）：需经理判客，其他渠道已先报备该客户" in done.out
    assert "第 3 行" not in done.out


def test_nothing_readable_exits_2(cli: Runner, db_file: str,  # noqa: F811
                                  tmp_path: Path) -> None:
    missing = cli("import", "appointments", str(tmp_path / "nope.csv"), db=db_file)
    assert "无法读取" in missing.one_error_line()
    headerless = tmp_path / "h.csv"
    headerless.write_text("a,b\n1,2\n", encoding="utf-8")
    result = cli("import", "appointments", str(headerless), db=db_file)
    assert result.code == 2 and "第一行必须是列名" in result.out
