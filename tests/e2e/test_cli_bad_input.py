"""Bad input at the command line: absurd dates, huge or broken import files, old bad text."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.models import Party
from tests.e2e.test_cli import Runner, cli, run  # noqa: F401  (fixtures)
from tests.e2e.test_cli_import import appointments, db_file  # noqa: F401  (a fixture)

pytestmark = pytest.mark.slow


def test_export_with_dates_out_of_range_is_refused_in_words(
        run: Runner, db_file: str, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "v.xlsx"
    result = run("export", "visits", "--from", "0001-01-01", "--to", "9999-12-31",
                 "-o", str(target), db=db_file)
    line = result.one_error_line()
    assert "0001-01-01 超出本程序可处理的范围（2000-01-01 至 2100-12-31）" in line
    assert not target.exists()
    english = run("export", "visits", "--from", "2026-01-01", "--to", "9999-12-31",
                  "--lang", "en", "-o", str(target), db=db_file)
    assert "9999-12-31 is outside the dates" in english.one_error_line()


def test_a_field_over_128_kib_is_a_row_error_not_a_crash(
        run: Runner, db_file: str, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "big.csv"
    huge = "备" * 200_000   # 600 KB of UTF-8 in one cell
    path.write_text("渠道,客户姓名,电话,预计到访日期,备注\n"
                    f"链家,张伟,13812345678,2026-12-01,ok\n"
                    f"链家,李娜,13900001111,2026-12-01,\"{huge}\"\n", encoding="utf-8")
    result = run("import", "appointments", str(path), db=db_file)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    assert "第 3 行：note 太长（最多 1000 个字符）" in result.out
    assert appointments(db_file) == ["张伟"]


def test_broken_import_files_give_one_clear_message(
        cli: Runner, db_file: str, tmp_path: Path) -> None:  # noqa: F811
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = cli("import", "appointments", str(empty), db=db_file)
    assert result.code == 2 and "文件中没有可导入的行" in result.out, result.err

    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 64)
    result = cli("import", "appointments", str(garbage), db=db_file)
    assert result.code == 2 and "Traceback" not in result.err, result.err

    fake = tmp_path / "fake.xlsx"   # a zip, but of something else
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    fake.write_bytes(buffer.getvalue())
    assert "不是可读取的 Excel 文件" in cli("import", "appointments", str(fake),
                                          db=db_file).one_error_line()

    nasty = tmp_path / "nasty.csv"
    nasty.write_text("渠道,客户姓名,电话,预计到访日期\n"
                     "链\x00家,张伟,13812345678,2026-12-01\n"
                     "链家,\u202e李娜,13900001111,2026-12-01\n"
                     "链家,王芳,13700001111,0001-01-01\n"
                     "链家,\u200b,13600001111,2026-12-01\n", encoding="utf-8")
    result = cli("import", "appointments", str(nasty), db=db_file)
    assert result.code == 0, result.err
    assert "第 2 行：agency 含有无法保存的字符（U+0000）" in result.out
    assert "第 3 行：customer name 含有无法保存的字符（U+202E）" in result.out
    assert "第 4 行：日期 0001-01-01 超出本程序可处理的范围" in result.out
    assert "第 5 行：customer name 只含有不可见字符" in result.out
    assert appointments(db_file) == []


def test_xlsx_export_of_old_rows_with_nul_and_escape(
        run: Runner, db_file: str, tmp_path: Path) -> None:  # noqa: F811
    """Text written before the rule (or behind the app's back) must not crash the export."""
    database, _ = open_database(db_file)
    try:
        services = Services.open(database)
        party = services.arrivals.register(PartyDraft(
            "王", Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
        with database.write() as session:
            session.execute(update(Party).where(Party.id == party).values(
                surname="王\x00", consultant="陈\x1b静"))
    finally:
        database.dispose()
    target = tmp_path / "v.xlsx"
    result = run("export", "visits", "-o", str(target), db=db_file)
    assert result.code == 0, result.err
    values = [c.value for c in next(load_workbook(target).active.iter_rows(min_row=2))]
    assert "王\ufffd先生" in values and "陈\ufffd静" in values
