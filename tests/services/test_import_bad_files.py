"""Large or malformed import files: row errors or one clear refusal, never a crash."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reception_desk.services.appointment_import import ImportFileError
from reception_desk.services.context import Services
from reception_desk.startup import open_database

if TYPE_CHECKING:
    from tests.conftest import FakeClock

HEADER = "渠道,客户姓名,电话,预计到访日期,备注\n"


@pytest.fixture
def any_services(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


def test_huge_and_nasty_cells_are_row_errors_and_the_rest_imports(
        any_services: Services, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(HEADER
                    + "链家,张伟,13812345678,2026-12-01,\"第一行\r\n第二行\"\n"
                    + "链家,李娜,13900001111,2026-12-01," + "x" * 300_000 + "\n"
                    + "链家,王\x00芳,13700001111,2026-12-01,\n"
                    + "链家,赵\u2066敏,13600001111,2026-12-01,\n"
                    + "链家,孙丽,13500001111,9999-12-31,\n"
                    + "链家,周" + "\ud800".encode("utf-8", "surrogatepass").decode(
                        "utf-8", "replace") + ",13400001111,2026-12-01,\n",
                    encoding="utf-8")
    preview = any_services.appointment_import.preview(path)
    codes = {(p.row, p.code) for p in preview.problems}
    assert codes == {(3, "too_long"), (4, "bad_text"), (5, "bad_text"),
                     (6, "date_out_of_range")}
    result = any_services.appointment_import.import_rows(preview)
    assert result.imported == 2
    notes = {a.name: a.note for a in any_services.appointments.between(
        preview.rows[0].day, preview.rows[0].day)}
    assert notes["张伟"] == "第一行\n第二行"


@pytest.mark.parametrize(("name", "data", "code"), [
    ("garbage.csv", bytes(range(256)) * 100, "not_text"),
    ("fake.xlsx", b"PK\x03\x04" + b"\x00" * 100, "not_xlsx"),
    ("other.xlsx", None, "not_xlsx"),
])
def test_unreadable_files_are_refused_in_one_message(
        any_services: Services, tmp_path: Path, name: str, data: bytes | None,
        code: str) -> None:
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("xl/workbook.xml", "<not-a-workbook")
        data = buffer.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as info:
        any_services.appointment_import.preview(path)
    assert info.value.params["code"] == code


def test_an_empty_file_has_nothing_to_import(any_services: Services, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    preview = any_services.appointment_import.preview(path)
    assert not preview.readable and [p.code for p in preview.problems] == ["empty"]


def test_a_file_too_large_is_refused_unread(any_services: Services, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from reception_desk.services import appointment_import

    monkeypatch.setattr(appointment_import, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text(HEADER + "链家,张伟,13812345678,2026-12-01,\n" * 100, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        any_services.appointment_import.preview(path)
    assert info.value.params["code"] == "too_large"
