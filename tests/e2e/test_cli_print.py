"""`reception-desk print request|itinerary|feedback ID`: the manager's PDF from the shell.

Uses the runners of test_cli.py: `run` (a real subprocess) and `cli` (main() in process).
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from reception_desk.domain.reception_request import Guest, Level, RequestForm
from reception_desk.domain.roles import Actor
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.e2e.test_cli import Runner, cli, run  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow

ORGANISATION = "杭州未来科技城管委会"


@pytest.fixture
def request_db(tmp_path: Path) -> tuple[str, str]:
    """A database with one draft request; returns (url, request number)."""
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    db, _ = open_database(url, migrate=True)
    try:
        services = Services.open(db)
        record = services.requests.save_draft(Actor.system("tester"), RequestForm(
            level=Level.B, host="孙丽", department="营销中心", organisation=ORGANISATION,
            guests=(Guest("周杰", "主任"), Guest("吴芳", "科长")), headcount=2,
            purpose="考察项目配套。"))
    finally:
        db.dispose()
    return url, record.number


def text_of(path: Path) -> str:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def test_print_the_request_sheet_to_a_named_file(run: Runner, request_db: tuple[str, str],  # noqa: F811
                                                 tmp_path: Path) -> None:
    url, number = request_db
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    result = run("print", "request", number, "-o", str(target), "--db", url)
    assert result.code == 0, result.err
    assert result.out.strip() == str(target)
    text = text_of(target)
    assert "客户来访接待申请单" in text and ORGANISATION in text and "周杰" in text
    assert f"申请编号：{number}" in text and "第 1 页 / 共 1 页" in text


def test_print_without_output_writes_number_kind_pdf_here(
        cli: Runner, request_db: tuple[str, str], tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    url, number = request_db
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    for kind, title in (("itinerary", "商务考察行程安排表"), ("feedback", "客户接待信息反馈表")):
        result = cli("print", kind, number, "--db", url)
        assert result.code == 0, result.err
        expected = here / f"{number}-{kind}.pdf"
        assert result.out.strip() == str(expected)
        assert title in text_of(expected)
    # The numeric id works too, and --blank prints an empty feedback form.
    result = cli("print", "feedback", "1", "--blank", "-o", "blank.pdf", "--db", url)
    assert result.code == 0, result.err
    assert "□ 非常满意" in text_of(here / "blank.pdf")


def test_print_errors_are_one_line(cli: Runner, request_db: tuple[str, str],  # noqa: F811
                                   tmp_path: Path) -> None:
    url, number = request_db
    line = cli("print", "request", "JD20990101-09", "--db", url).one_error_line()
    assert "JD20990101-09" in line and "没有编号或 ID" in line
    line = cli("print", "request", "nope", "--db", url, lang="en_US.UTF-8").one_error_line()
    assert "there is no reception request with number or id 'nope'" in line
    line = cli("print", "request", number, "--blank", "--db", url).one_error_line()
    assert "--blank" in line
    line = cli("print", "request", number, "-o", str(tmp_path / "no" / "such" / "x.pdf"),
               "--db", url).one_error_line()
    assert "无法写入" in line and "文件夹不存在" in line
