"""The command line: `python -m reception_desk ...` in a subprocess as the user runs it,
and `main([...])` in-process for the many error cases (quicker, same code).

Every failure must be one line on stderr, `reception-desk: error: ...`, exit 2, no traceback.
"""

from __future__ import annotations

import csv
import gc
import logging
import sqlite3
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reception_desk import __version__
from reception_desk.__main__ import main
from reception_desk.cli_messages import MESSAGES, default_lang, message, store_error_text
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.migrate import head_revision
from tests.e2e.cli_process import run_cli

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def one_error_line(self) -> str:
        assert self.code == 2, (self.code, self.out, self.err)
        assert "Traceback" not in self.err
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("reception-desk: error: ")
        return lines[0]


Runner = Callable[..., Result]


HEAD = head_revision()


def _subprocess(home: Path) -> Runner:
    def run(*args: str, lang: str = "zh_CN.UTF-8", db: str | None = None) -> Result:
        done = run_cli(home, *args, lang=lang, db=db)
        return Result(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    """The real thing: a new Python process."""
    return _subprocess(tmp_path / "cli-home")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Runner]:
    """main() in this process; LANG as given, the log handler removed afterwards."""
    root = logging.getLogger()
    level = root.level

    def call(*args: str, lang: str = "zh_CN.UTF-8", db: str | None = None) -> Result:
        monkeypatch.setenv("LANG", lang)
        if db is not None:
            monkeypatch.setenv("RECEPTION_DESK_DB", db)
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own usage errors and --help
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield call
    for handler in list(root.handlers):
        if getattr(handler, "_reception_desk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Three days of demo data, made once through the real command line."""
    folder = tmp_path_factory.mktemp("cli-demo")
    url = f"sqlite:///{folder / 'demo.db'}"
    result = _subprocess(folder / "home")("demo", "--db", url, "--days", "3", "--seed", "1")
    assert result.code == 0, result.err
    assert "3 天" in result.out and "组" in result.out
    return url


def test_version(run: Runner) -> None:
    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"reception-desk {__version__}" == "reception-desk 0.1.0"


def test_demo_then_check(run: Runner, cli: Runner, demo_db: str) -> None:
    result = run("check", "--db", demo_db)
    assert result.code == 0, result.out + result.err
    assert "完整性检查：正常" in result.out and "检查通过" in result.out
    english = cli("check", "--db", demo_db, "--lang", "en")
    assert english.code == 0, english.out + english.err
    assert "integrity: ok" in english.out
    assert f"schema version: current {HEAD}, head {HEAD}" in english.out
    for table in ("parties", "stage_moves", "site_settings", "changes"):
        assert f"  {table}: " in english.out
    assert "parties: 0 rows" not in english.out
    assert english.out.strip().endswith("check passed")


def test_export_visits(run: Runner, cli: Runner, demo_db: str, tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    result = run("export", "visits", "--db", demo_db, "-o", str(target))
    assert result.code == 0, result.err
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and "已导出" in result.out and f"{len(rows)} 行" in result.out
    assert {"日期", "客户", "离开", "停留(分钟)"} <= set(rows[0])
    assert len({r["日期"] for r in rows}) == 1  # --from/--to default to today

    book = tmp_path / "x.xlsx"  # the suffix picks the format
    result = cli("export", "visits", "--db", demo_db, "--from", "2000-01-01",
                 "--to", "2100-12-31", "--lang", "en", "-o", str(book))
    assert result.code == 0, result.err
    sheet = load_workbook(book).active
    assert sheet is not None
    assert sheet["A1"].value == "Date" and sheet.max_row - 1 > len(rows)
    assert f"exported {sheet.max_row - 1} rows" in result.out

    forced_csv = tmp_path / "y.xlsx"
    assert cli("export", "visits", "--db", demo_db, "--format", "csv",
               "-o", str(forced_csv)).code == 0
    assert forced_csv.read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_rotation_log_and_stats(run: Runner, cli: Runner, demo_db: str,
                                      tmp_path: Path) -> None:
    target = tmp_path / "rotation.csv"
    result = run("export", "rotation-log", "--db", demo_db, "--from", "2000-01-01",
                 "--to", "2100-12-31", "-o", str(target))
    assert result.code == 0, result.err
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["时间", "事件", "置业顾问", "客户", "方式", "原序位", "新序位",
                             "操作人", "原因", "状态"]
    assert f"{len(rows)} 行" in result.out and "轮接记录" in result.out
    kinds = {r["事件"] for r in rows}
    assert {"签到", "分配", "离开", "补轮", "状态"} <= kinds
    modes = {r["方式"] for r in rows if r["事件"] == "分配"}
    assert modes >= {"按序", "经理指定"} and modes & {"老客户", "代接"}
    override = [r for r in rows if r["方式"] == "经理指定"]
    assert len(override) == 1 and override[0]["操作人"] == "李经理"
    assert override[0]["原因"] == "客户指定置业顾问"
    assert {r["原因"] for r in rows if r["事件"] == "补轮"} == {"无效接待"}
    assert all(r["新序位"].isdigit() for r in rows if r["事件"] == "签到")

    english = tmp_path / "rotation-en.csv"
    result = cli("export", "rotation-stats", "--db", demo_db, "--from", "2000-01-01",
                 "--to", "2100-12-31", "--lang", "en", "-o", str(english))
    assert result.code == 0, result.err
    with english.open(encoding="utf-8-sig", newline="") as handle:
        stats = list(csv.DictReader(handle))
    assert len(stats) == 12 and {r["Staff no."] for r in stats} == {
        f"XS{n:03d}" for n in range(1, 13)}
    assert sum(int(r["Overrides"]) for r in stats) == 1
    assert sum(int(r["Invalid receptions"]) for r in stats) >= 2


def test_export_the_bar(run: Runner, cli: Runner, demo_db: str, tmp_path: Path) -> None:
    """The demo's drinks, stock movements and closing counts through the command line."""
    target = tmp_path / "drinks.csv"
    result = run("export", "drink-orders", "--db", demo_db, "--from", "2000-01-01",
                 "--to", "2100-12-31", "-o", str(target))
    assert result.code == 0, result.err
    assert "水吧出品记录" in result.out
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert f"{len(rows)} 行" in result.out
    assert list(rows[0]) == ["日期", "下单时间", "单号", "客户", "座位", "饮品", "数量",
                             "出品时间", "出品用时(秒)", "超时", "首杯/续杯", "来源", "状态"]
    assert {r["饮品"] for r in rows} >= {"龙井", "矿泉水"}
    assert "否" in {r["超时"] for r in rows} <= {"是", "否", ""}
    assert "首杯" in {r["首杯/续杯"] for r in rows} <= {"首杯", "续杯新饮品"}
    assert {r["状态"] for r in rows} >= {"已出品"}
    assert all(r["客户"][-2:] in ("先生", "女士") for r in rows)

    stock = tmp_path / "stock.xlsx"
    result = cli("export", "stock", "--db", demo_db, "--from", "2000-01-01", "--to",
                 "2100-12-31", "--lang", "en", "-o", str(stock))
    assert result.code == 0, result.err
    sheet = load_workbook(stock).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Time", "Item", "Unit", "Kind", "Quantity", "Order no.", "Note",
                         "By")
    assert {v[3] for v in values[1:]} >= {"Goods in", "Served", "Count adjustment"}

    counts = tmp_path / "counts.csv"
    assert cli("export", "stock-counts", "--db", demo_db, "--from", "2000-01-01", "--to",
               "2100-12-31", "-o", str(counts)).code == 0
    with counts.open(encoding="utf-8-sig", newline="") as handle:
        counted = list(csv.DictReader(handle))
    assert len(counted) == 2 * 12  # two past days, twelve items each
    assert {r["结果"] for r in counted} >= {"相符", "短缺"}


def test_demo_refuses_real_data_unless_forced(run: Runner, cli: Runner,
                                              tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'real.db'}"
    db, _ = open_database(url)
    Services.open(db).arrivals.register(
        PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    db.dispose()
    line = run("demo", "--db", url, "--days", "1").one_error_line()
    assert "1 组真实到访" in line and "--force" in line
    assert "--force" in cli("demo", "--db", url, "--days", "1", "--lang", "en").one_error_line()
    forced = cli("demo", "--db", url, "--days", "1", "--force", "--lang", "en")
    assert forced.code == 0, forced.err
    assert "Wrote 1 days" in forced.out


def test_default_database_comes_from_the_environment(cli: Runner, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    assert cli("migrate", db=url).code == 0
    assert (tmp_path / "env.db").exists()
    assert cli("check", db=url).code == 0


def test_migrate_reports_revisions(cli: Runner, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    first = cli("migrate", "--db", url, "--lang", "en")
    assert first.code == 0, first.err
    assert f"schema upgraded from (none) to {HEAD}" in first.out
    assert "no backup made" in first.out
    again = cli("migrate", "--db", url)
    assert again.code == 0
    assert f"已是最新（{HEAD}）" in again.out


def test_check_flags_a_schema_behind(cli: Runner, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    result = cli("check", "--db", f"sqlite:///{path}", "--lang", "en")
    assert result.code == 1
    assert f"current (none), head {HEAD}" in result.out
    assert "run 'reception-desk migrate'" in result.out
    assert "parties: missing" in result.out
    assert "check FAILED" in result.out


def test_bad_date(run: Runner, cli: Runner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'never-opened.db'}"
    line = run("export", "visits", "--db", db, "--from", "2026-13-01",
               "-o", str(tmp_path / "x.csv")).one_error_line()
    assert "2026-13-01" in line and "YYYY-MM-DD" in line
    for value in ("28/11/2026", "20261128", "yesterday", ""):
        line = cli("export", "visits", "--db", db, "--to", value,
                   "-o", str(tmp_path / "x.csv")).one_error_line()
        assert f"“{value}”" in line
    assert not (tmp_path / "x.csv").exists()


def test_dates_in_the_wrong_order(cli: Runner, demo_db: str, tmp_path: Path) -> None:
    line = cli("export", "visits", "--db", demo_db, "--from", "2026-12-01", "--to",
               "2026-11-01", "--lang", "en", "-o", str(tmp_path / "x.csv")).one_error_line()
    assert "2026-12-01 is after the end date 2026-11-01" in line


def test_unknown_dataset(run: Runner, tmp_path: Path) -> None:
    line = run("export", "visitors", "-o", str(tmp_path / "x.csv")).one_error_line()
    assert "“visitors”" in line and "visits" in line


def test_unwritable_output(cli: Runner, demo_db: str, tmp_path: Path) -> None:
    line = cli("export", "visits", "--db", demo_db, "--lang", "en", "-o",
               str(tmp_path / "missing-folder" / "x.csv")).one_error_line()
    assert "cannot write" in line and "missing-folder" in line
    line = cli("export", "visits", "--db", demo_db, "-o", str(tmp_path)).one_error_line()
    assert "无法写入" in line and "这是一个文件夹" in line


def test_corrupt_database_file(run: Runner, cli: Runner, tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(bytes(range(256)) * 40)
    garbage = path.read_bytes()
    line = run("check", "--db", f"sqlite:///{path}").one_error_line()
    assert str(path) in line and "不是可读的" in line
    for command in (["migrate"], ["demo", "--days", "1"],
                    ["export", "visits", "-o", str(tmp_path / "x.csv")]):
        line = cli(*command, "--db", f"sqlite:///{path}").one_error_line()
        assert str(path) in line and "不是可读的" in line
    line = cli("check", "--db", f"sqlite:///{path}", "--lang", "en").one_error_line()
    assert "is not a readable Reception Desk database" in line
    assert path.read_bytes() == garbage  # nothing tried to "repair" it


def test_unreachable_databases(run: Runner, cli: Runner, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    line = run("demo", "--db", f"sqlite:///{blocker}/sub/desk.db").one_error_line()
    assert "无法为数据库创建文件夹" in line
    line = cli("check", "--db", f"sqlite:///{tmp_path / 'nowhere.db'}").one_error_line()
    assert "找不到数据库文件" in line
    assert not (tmp_path / "nowhere.db").exists()
    cli("export", "visits", "--db", f"sqlite:///{tmp_path / 'no' / 'such' / 'x.db'}",
        "-o", str(tmp_path / "x.csv")).one_error_line()
    assert not (tmp_path / "no").exists()  # checking creates nothing
    line = cli("check", "--lang", "en", "--db",
               "postgresql+psycopg://postgres@127.0.0.1:1/test?connect_timeout=3"
               ).one_error_line()
    assert "cannot reach the database server" in line
    line = cli("migrate", "--db", "mysql://someone@somewhere/db").one_error_line()
    assert "“mysql”" in line
    line = cli("migrate", "--db", "not a url").one_error_line()
    assert "不是数据库地址" in line


def test_english_from_the_environment(cli: Runner, tmp_path: Path) -> None:
    line = cli("check", "--db", f"sqlite:///{tmp_path / 'nowhere.db'}",
               lang="en_GB.UTF-8").one_error_line()
    assert "there is no database file" in line


def test_days_out_of_range_and_usage_errors(run: Runner, cli: Runner) -> None:
    assert "1 到 1100" in cli("demo", "--days", "0").one_error_line()
    english = cli("demo", "--days", "1101", "--lang", "en").one_error_line()
    assert "between 1 and 1100 (got 1101)" in english
    usage = run("frobnicate")
    assert usage.code == 2 and "Traceback" not in usage.err and "usage:" in usage.err
    missing_output = cli("export", "visits")
    assert missing_output.code == 2 and "-o" in missing_output.err


def test_options_before_the_command_count(cli: Runner, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'before.db'}"
    result = cli("--db", url, "--lang", "en", "migrate")
    assert result.code == 0 and "schema upgraded" in result.out
    assert (tmp_path / "before.db").exists()


def test_gui_is_started_with_the_parsed_options(cli: Runner, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, ...]] = []

    def fake_run_gui(db_url: str, window: str, lang: str | None,
                     screenshot: str | None) -> int:
        calls.append((db_url, window, lang, screenshot, gc.isenabled()))
        return 0

    fake_app = types.ModuleType("reception_desk.app")
    fake_app.run_gui = fake_run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reception_desk.app", fake_app)  # no Qt needed
    url = f"sqlite:///{tmp_path / 'gui.db'}"
    assert cli("--db", url, "--window", "bar", "--lang", "en",
               "--screenshot", "s.png").code == 0
    assert cli(db=url).code == 0
    # The collector is off while the windows start (run_gui turns it on after the
    # first paint) and on again whatever run_gui did.
    assert calls == [(url, "bar", "en", "s.png", False), (url, "main", None, None, False)]
    assert gc.isenabled()


def test_messages_exist_in_both_languages() -> None:
    for key in MESSAGES:  # English sources, each with its Chinese in the .ts
        assert message(key, "zh_CN") != message(key, "en"), key
    assert default_lang({"LANG": "en_US.UTF-8"}) == "en"
    assert default_lang({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert default_lang({}) == "zh_CN"
    assert message("bad_date", "en", value="x").startswith("'x' is not a valid date")
    assert store_error_text("something odd", "zh_CN") == "无法使用数据库：something odd"
