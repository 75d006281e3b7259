"""The command line says what it said before its messages moved into the catalogue.

Its sentences used to be a dict of Chinese and English pairs in cli_messages.py;
now they are English texts marked with QT_TRANSLATE_NOOP("CLI", ...) and their
Chinese is in resources/translations/reception_desk_zh_CN.ts (issue 12, one
translation mechanism); so are the privacy command's (cli_privacy.py) and the
import command's (cli_import.py). EXPECTED, PRIVACY_EXPECTED and IMPORT_EXPECTED
are verbatim copies of the old tables: every key must still print the same
sentence in both languages, placeholders filled.
"""

from __future__ import annotations

import errno
import re
import string

import pytest

from reception_desk import cli_import, cli_messages, cli_privacy, i18n
from reception_desk.cli_messages import message, os_reason, store_error_text
from reception_desk.domain.i18n import Marked

ZH = "zh_CN"
EN = "en"

EXPECTED: dict[str, dict[str, str]] = {
    # -- errors (stderr, one line, exit 2) ------------------------------------
    "db_generic": {
        ZH: "无法使用数据库：{detail}",
        EN: "cannot use the database: {detail}",
    },
    "db_missing": {
        ZH: "找不到数据库文件 {path}；请检查 --db 或环境变量 RECEPTION_DESK_DB，"
            "或先用 reception-desk migrate 创建数据库",
        EN: "there is no database file at {path}; check --db or RECEPTION_DESK_DB, "
            "or create one with 'reception-desk migrate'",
    },
    "db_folder": {
        ZH: "无法为数据库创建文件夹 {path}（{reason}）；请用 --db 指定一个可写的位置",
        EN: "cannot create the folder {path} for the database ({reason}); "
            "use --db to choose a writable place",
    },
    "db_corrupt": {
        ZH: "{path} 不是可读的 Reception Desk 数据库（已损坏或是别的文件）；"
            "请恢复备份，或用 --db 指定另一个数据库",
        EN: "{path} is not a readable Reception Desk database (damaged or another kind "
            "of file); restore a backup or use another --db",
    },
    "db_cannot_open": {
        ZH: "无法打开 {path}：请检查文件夹是否存在且可写",
        EN: "cannot open {path}: check the folder exists and is writable",
    },
    "db_locked": {
        ZH: "{path} 被另一个程序锁定；请关闭该程序后重试",
        EN: "{path} is locked by another program; close it and try again",
    },
    "db_unreachable": {
        ZH: "无法连接数据库服务器（{where}）：请检查服务器是否运行，以及地址、用户名和密码是否正确",
        EN: "cannot reach the database server ({where}): check that it is running and "
            "the URL, user and password are right",
    },
    "db_newer": {
        ZH: "{where} 由更新版本的 Reception Desk 写入（结构版本 {revision}）；请先升级本程序再打开",
        EN: "{where} was written by a newer version of Reception Desk (schema {revision}); "
            "update the program before opening it",
    },
    "db_damaged": {
        ZH: "{path} 已损坏（完整性检查：{detail}）；请恢复备份（reception-desk restore 文件），"
            "或用 --db 指定另一个数据库",
        EN: "{path} is damaged (integrity check: {detail}); restore a backup "
            "(reception-desk restore FILE) or use another --db",
    },
    "db_empty": {
        ZH: "{path} 是空文件，没有任何 Reception Desk 数据；请恢复备份，"
            "或运行 reception-desk migrate --create 在此处新建数据库",
        EN: "{path} is empty and holds no Reception Desk data; restore a backup, or run "
            "'reception-desk migrate --create' to start a new database in its place",
    },
    "db_foreign": {
        ZH: "{path} 是别的程序的数据库，不是 Reception Desk 的；请用 --db 指定另一个数据库",
        EN: "{path} is a database of another program, not of Reception Desk; "
            "use another --db",
    },
    "db_missing_tables": {
        ZH: "{where} 缺少数据表 {names}；请恢复备份（reception-desk restore 文件）",
        EN: "{where} is missing the tables {names}; restore a backup "
            "(reception-desk restore FILE)",
    },
    "db_missing_columns": {
        ZH: "{where} 缺少数据列 {names}；请恢复备份（reception-desk restore 文件）",
        EN: "{where} is missing the columns {names}; restore a backup "
            "(reception-desk restore FILE)",
    },
    "db_not_url": {
        ZH: "“{url}”不是数据库地址；请使用例如 sqlite:///路径/desk.db 或 "
            "postgresql+psycopg://用户@主机/数据库名",
        EN: "'{url}' is not a database URL; use e.g. sqlite:///path/to/desk.db or "
            "postgresql+psycopg://user@host/dbname",
    },
    "db_unsupported": {
        ZH: "不支持数据库类型“{kind}”；请使用 SQLite 或 PostgreSQL",
        EN: "database type '{kind}' is not supported; use SQLite or PostgreSQL",
    },
    "db_driver": {
        ZH: "未安装“{driver}”的驱动；PostgreSQL 请安装：pip install 'reception-desk[postgres]'",
        EN: "the driver for '{driver}' is not installed; for PostgreSQL install the "
            "extra: pip install 'reception-desk[postgres]'",
    },
    "backup_write_failed": {
        ZH: "无法写入备份 {path}（{reason}）；请确认文件夹存在、可写且有空余空间",
        EN: "cannot write the backup {path} ({reason}); check that the folder exists, "
            "is writable and has free space",
    },
    "backup_missing": {
        ZH: "找不到备份文件 {path}", EN: "there is no backup file at {path}"},
    "backup_empty": {
        ZH: "{path} 中没有 Reception Desk 数据；请选择另一个备份",
        EN: "{path} holds no Reception Desk data; choose another backup",
    },
    "pg_dump_missing": {
        ZH: "找不到 pg_dump；请安装 PostgreSQL 客户端工具后运行：{command}",
        EN: "pg_dump is not on PATH; install the PostgreSQL client tools and run: {command}",
    },
    "restore_postgres": {
        ZH: "PostgreSQL 数据库请用 pg_restore 恢复（先关闭所有窗口）：{command}",
        EN: "restore a PostgreSQL database with pg_restore (close every window first): "
            "{command}",
    },
    "restore_in_use": {
        ZH: "{path} 正被另一个程序（Reception Desk 窗口或命令）打开；"
            "请关闭所有使用它的窗口后再恢复",
        EN: "{path} is open in another program (a Reception Desk window or command); "
            "close every window that uses it, then restore again",
    },
    "restore_self": {
        ZH: "{path} 就是数据库本身；请选择一个备份文件",
        EN: "{path} is the database itself; choose a backup copy",
    },
    "restore_failed": {
        ZH: "无法把 {source} 恢复到 {path}（{reason}）；被替换的文件：{kept}",
        EN: "cannot restore {source} to {path} ({reason}); the replaced file is {kept}",
    },
    "bad_date": {
        ZH: "日期“{value}”无效；请用 YYYY-MM-DD 格式，例如 2026-11-28",
        EN: "'{value}' is not a valid date; use YYYY-MM-DD, e.g. 2026-11-28",
    },
    "date_order": {
        ZH: "开始日期 {start} 晚于结束日期 {end}；请检查 --from 和 --to",
        EN: "the start date {start} is after the end date {end}; check --from and --to",
    },
    "db_full": {
        ZH: "{where}：磁盘已满，本次操作没有保存任何内容（之前保存的数据都在）；"
            "请腾出磁盘空间后重试",
        EN: "{where}: the disk is full; nothing from this action was saved (everything saved "
            "before is safe). Free some space and try again",
    },
    "db_read_only": {
        ZH: "{where} 是只读的，本次操作没有保存任何内容（之前保存的数据都在）；"
            "请检查该文件及其文件夹的写入权限",
        EN: "{where} is read-only; nothing from this action was saved (everything saved "
            "before is safe). Check the permissions of the file and its folder",
    },
    "date_bounds": {
        ZH: "日期 {value} 超出本程序可处理的范围（{earliest} 至 {latest}）；请检查 --from 和 --to",
        EN: "{value} is outside the dates this program works with ({earliest} to {latest}); "
            "check --from and --to",
    },
    "days_range": {
        ZH: "--days 必须在 1 到 {max} 之间（收到 {value}）",
        EN: "--days must be between 1 and {max} (got {value})",
    },
    "unknown_dataset": {
        ZH: "没有名为“{name}”的导出数据集；可用的有：{known}",
        EN: "there is no export dataset called '{name}'; available: {known}",
    },
    "unknown_format": {
        ZH: "不支持的导出格式“{fmt}”；请用 csv 或 xlsx",
        EN: "unsupported export format '{fmt}'; use csv or xlsx",
    },
    "write_failed": {
        ZH: "无法写入 {path}（{reason}）；请确认文件夹存在、有写入权限，"
            "且文件没有在 Excel 等程序中打开",
        EN: "cannot write {path} ({reason}); check the folder exists, you may write there "
            "and the file is not open in another program such as Excel",
    },
    "demo_refused": {
        ZH: "数据库中已有 {count} 组真实到访记录，演示数据会与之混在一起；"
            "请用 --db 换一个数据库，或确认后加 --force",
        EN: "the database already holds {count} real visits and demo data would mix with "
            "them; use another --db, or add --force if you are sure",
    },
    "print_not_found": {
        ZH: "没有编号或 ID 为“{request}”的接待申请；请检查申请编号，例如 JD20261203-01",
        EN: "there is no reception request with number or id '{request}'; check the number, "
            "e.g. JD20261203-01",
    },
    "print_blank_feedback_only": {
        ZH: "--blank 只适用于反馈表（feedback），不适用于“{kind}”",
        EN: "--blank applies to the feedback form only, not to '{kind}'",
    },
    "unexpected": {
        ZH: "发生意外错误（{kind}: {detail}）；详情见日志 {log}",
        EN: "unexpected error ({kind}: {detail}); details are in the log {log}",
    },
    # -- results (stdout) --------------------------------------------------------
    "demo_done": {
        ZH: "已在 {db} 生成 {days} 天（{first} 至 {last}）的演示数据：{parties} 组、{people} 人；"
            "今天 {today} 组，现在在场 {inside} 组；接待申请 {requests} 份，来电 {calls} 个。"
            "删除了之前的演示数据 {deleted} 组。",
        EN: "Wrote {days} days ({first} to {last}) of demo data to {db}: {parties} parties, "
            "{people} people; {today} today, {inside} in the building now; "
            "{requests} reception requests, {calls} hotline calls. "
            "Removed {deleted} earlier demo parties.",
    },
    "demo_admin_pin": {
        ZH: "演示管理员“{name}”的 PIN：{pin}（只显示这一次，请记下）。"
            "其他演示账户：前台 1111，水吧 2222，部门负责人 3333，总经理 4444。",
        EN: "The demo administrator “{name}” has PIN {pin} (shown only this once: note it). "
            "Other demo accounts: receptionist 1111, bar 2222, department head 3333, "
            "general manager 4444.",
    },
    "migrate_changed": {
        ZH: "{db}：数据库结构已从 {before} 升级到 {after}",
        EN: "{db}: schema upgraded from {before} to {after}",
    },
    "migrate_same": {
        ZH: "{db}：数据库结构已是最新（{after}），无需升级",
        EN: "{db}: schema already up to date ({after}); nothing to do",
    },
    "migrate_backup": {
        ZH: "升级前的备份：{path}",
        EN: "backup taken before the upgrade: {path}",
    },
    "migrate_no_backup": {
        ZH: "未做备份（新数据库或无需升级）",
        EN: "no backup made (new database or nothing to upgrade)",
    },
    "none": {ZH: "（无）", EN: "(none)"},
    "check_db": {ZH: "数据库：{db}", EN: "database: {db}"},
    "check_integrity_ok": {ZH: "完整性检查：正常", EN: "integrity: ok"},
    "check_integrity_bad": {
        ZH: "完整性检查：失败 —— {detail}；请恢复最近的备份",
        EN: "integrity: FAILED — {detail}; restore the latest backup",
    },
    "check_connection_ok": {ZH: "连接：正常", EN: "connection: ok"},
    "check_schema": {
        ZH: "数据库结构版本：当前 {current}，最新 {head}",
        EN: "schema version: current {current}, head {head}",
    },
    "check_schema_behind": {
        ZH: "数据库结构需要升级：请运行 reception-desk migrate",
        EN: "the schema is behind: run 'reception-desk migrate'",
    },
    "check_schema_ahead": {
        ZH: "数据库结构比本程序新：请升级本程序",
        EN: "the schema is newer than this program: update the program",
    },
    "check_structure_ok": {
        ZH: "表、列和索引：齐全", EN: "tables, columns and indexes: all present"},
    "check_missing_tables": {
        ZH: "缺少数据表：{names}；请恢复备份", EN: "missing tables: {names}; restore a backup"},
    "check_missing_columns": {
        ZH: "缺少数据列：{names}；请恢复备份", EN: "missing columns: {names}; restore a backup"},
    "check_missing_indexes": {
        ZH: "缺少索引：{names}；请恢复备份", EN: "missing indexes: {names}; restore a backup"},
    "check_table": {ZH: "  {table}：{count} 行", EN: "  {table}: {count} rows"},
    "check_table_missing": {ZH: "  {table}：缺少此表", EN: "  {table}: missing"},
    "check_tables": {ZH: "各表行数：", EN: "rows per table:"},
    "export_masked": {
        ZH: "电话、姓名和车牌已打码。完整数据需经理或管理员授权：--as 姓名（再输入 PIN，"
            "脚本可用 --pin-from-stdin）",
        EN: "phones, names and plates are masked. Full values need a manager's or admin's "
            "approval: --as NAME (then their PIN, or --pin-from-stdin in scripts)",
    },
    "export_ask_name": {
        ZH: "“{dataset}”含个人信息。授权的经理或管理员姓名（直接回车则导出打码数据）：",
        EN: "“{dataset}” holds personal data. Approving manager or admin "
            "(Enter for a masked export): ",
    },
    "export_ask_pin": {ZH: "{name} 的 PIN：", EN: "PIN of {name}: "},
    "export_pin_needs_name": {
        ZH: "--pin-from-stdin 需要同时用 --as 指明是谁的 PIN；未导出任何数据",
        EN: "--pin-from-stdin needs --as NAME to say whose PIN it is; nothing was exported",
    },
    "export_pin_missing": {
        ZH: "没有 PIN：请在终端中运行以输入 PIN，或用 --pin-from-stdin 从标准输入读取；"
            "未导出任何数据",
        EN: "no PIN: run it in a terminal to type the PIN, or give it on stdin with "
            "--pin-from-stdin; nothing was exported",
    },
    "export_no_account": {
        ZH: "没有名为“{name}”的在用账户；请用经理或管理员的账户名；未导出任何数据",
        EN: "there is no active account called “{name}”; use a manager's or admin's "
            "account name; nothing was exported",
    },
    "export_not_allowed": {
        ZH: "{name} 无权导出“{dataset}”的完整数据（需要经理或管理员）；未导出任何数据",
        EN: "{name} may not approve a full export of “{dataset}” (a manager or admin "
            "may); nothing was exported",
    },
    "export_wrong_pin": {
        ZH: "{name} 的 PIN 不对（还可再试 {n} 次）；未导出任何数据",
        EN: "wrong PIN for {name} ({n} tries left); nothing was exported",
    },
    "export_locked": {
        ZH: "{name} 的账户因 PIN 输错次数过多已锁定，到 {until} 解锁；未导出任何数据",
        EN: "the account of {name} is locked after too many wrong PINs until {until}; "
            "nothing was exported",
    },
    "check_audit_ok": {
        ZH: "审计日志哈希链：完整（{rows} 条，末条哈希 {head}…）",
        EN: "audit log hash chain: intact ({rows} rows, last hash {head}…)",
    },
    "check_audit_broken": {
        ZH: "审计日志哈希链：第 {id} 条（{at}，{actor}，{action}）与之前的记录对不上——"
            "该条或其前一条在程序之外被修改、删除或插入过",
        EN: "audit log hash chain BROKEN at row {id} ({at}, {actor}, {action}): this row "
            "or the one before it was edited, deleted or inserted outside the app",
    },
    "check_ok": {ZH: "检查通过", EN: "check passed"},
    "check_failed": {ZH: "检查未通过", EN: "check FAILED"},
    "backup_done": {ZH: "备份已写入 {path}", EN: "backup written to {path}"},
    "restore_done": {
        ZH: "已用 {source} 恢复 {path}；下次启动时会自动升级其结构（如需要）",
        EN: "restored {path} from {source}; the next start brings its schema up to date "
            "if needed",
    },
    "restore_kept": {
        ZH: "被替换的数据库保存在 {path}", EN: "the replaced database is kept as {path}"},
    "export_done": {
        ZH: "已导出 {rows} 行（{dataset}，{start} 至 {end}）到 {path}",
        EN: "exported {rows} rows ({dataset}, {start} to {end}) to {path}",
    },
}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture(autouse=True)
def fresh_catalogue() -> None:
    """Read the committed .ts, whatever another test put in the loaded catalogue."""
    i18n.use_catalogue(ZH, None)


def test_every_old_message_is_still_there_and_no_new_one_slipped_in() -> None:
    assert set(cli_messages.MESSAGES) == set(EXPECTED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_each_message_prints_the_same_sentence_in_both_languages(key: str) -> None:
    old = EXPECTED[key]
    assert fields(old[ZH]) == fields(old[EN]), key  # the old pair agreed, so the new must
    params = {name: f"<{name}-value>" for name in fields(old[EN])}
    assert message(key, ZH, **params) == old[ZH].format(**params)
    assert message(key, EN, **params) == old[EN].format(**params)
    assert message(key, "en_GB", **params) == old[EN].format(**params)


def test_messages_are_marked_english_texts_of_the_cli_context() -> None:
    for key, text in cli_messages.MESSAGES.items():
        assert isinstance(text, Marked) and text.context == "CLI", key
        assert text == EXPECTED[key][EN], key
        assert not re.search(r"[\u4e00-\u9fff]", text), key  # the Chinese is in the .ts


def test_store_errors_still_read_in_chinese() -> None:
    assert store_error_text("something odd", ZH) == "无法使用数据库：something odd"
    english = message("db_locked", EN, path="/data/desk.db")
    assert store_error_text(english, ZH) == "/data/desk.db 被另一个程序锁定；请关闭该程序后重试"
    assert store_error_text(english, EN) == english


@pytest.mark.parametrize(("code", "chinese"), [
    (errno.ENOENT, "文件夹不存在"),
    (errno.ENOTDIR, "路径中有一部分不是文件夹"),
    (errno.EISDIR, "这是一个文件夹"),
    (errno.EACCES, "没有权限"),
    (errno.EPERM, "没有权限"),
    (errno.EROFS, "只读的磁盘"),
    (errno.ENOSPC, "磁盘已满"),
    (errno.EBUSY, "文件正被占用"),
])
def test_file_system_reasons_read_as_before(code: int, chinese: str) -> None:
    error = OSError(code, "The system's own words")
    assert os_reason(error, ZH) == chinese
    assert os_reason(error, EN) == "The system's own words"
    assert os_reason(OSError(errno.EIO, "I/O error"), ZH) == "I/O error"


#: The privacy command's own table (cli_privacy._TEXTS), as it was before it moved too.
PRIVACY_EXPECTED: dict[str, dict[str, str]] = {
    "preview_head": {
        ZH: "保留期限 {days} 天：最后一次来电、到访或预约早于 {cutoff} 的客户，"
            "下次运行将被匿名化：",
        EN: "retention {days} days: customers with no call, visit or appointment since "
            "{cutoff} are anonymised by the next run:"},
    "preview_row": {
        ZH: "  客户 {id}  {name}  {phone}  最后活动 {last}  来电 {calls} 次，到访 {visits} 次，"
            "预约 {appointments} 次",
        EN: "  customer {id}  {name}  {phone}  last activity {last}  {calls} calls, "
            "{visits} visits, {appointments} appointments"},
    "preview_none": {ZH: "  （没有到期的客户）", EN: "  (no customer is due)"},
    "preview_orphans": {
        ZH: "另有无客户档案的记录：来电 {calls} 条，到访 {visits} 条，预约 {appointments} 条",
        EN: "and records without a customer: {calls} calls, {visits} visits, "
            "{appointments} appointments"},
    "run_done": {
        ZH: "已匿名化 {customers} 位客户，以及无客户档案的来电 {calls} 条、到访 {visits} 条、"
            "预约 {appointments} 条；已记入审计日志",
        EN: "anonymised {customers} customers and, without a customer, {calls} calls, "
            "{visits} visits, {appointments} appointments; recorded in the audit log"},
    "needs_admin": {
        ZH: "此操作需要管理员：请用 --as 指明管理员账户名（PIN 会被询问）；未做任何更改",
        EN: "this needs an administrator: name one with --as (the PIN is asked); "
            "nothing was changed"},
    "ask_pin": {ZH: "{name} 的 PIN：", EN: "PIN of {name}: "},
    "pin_missing": {
        ZH: "没有 PIN：请在终端中运行以输入 PIN，或用 --pin-from-stdin 从标准输入读取；"
            "未做任何更改",
        EN: "no PIN: run it in a terminal to type the PIN, or give it on stdin with "
            "--pin-from-stdin; nothing was changed"},
    "no_account": {
        ZH: "没有名为“{name}”的在用账户；未做任何更改",
        EN: "there is no active account called “{name}”; nothing was changed"},
    "not_admin": {
        ZH: "“{name}”不是管理员：只有管理员可以导出或删除一位客户的个人信息；未做任何更改",
        EN: "“{name}” is not an administrator: only an admin may export or erase a "
            "customer's personal data; nothing was changed"},
    "wrong_pin": {
        ZH: "{name} 的 PIN 不对（还可再试 {n} 次）；未做任何更改",
        EN: "wrong PIN for {name} ({n} tries left); nothing was changed"},
    "locked": {
        ZH: "{name} 的账户因 PIN 输错次数过多已锁定，到 {until} 解锁；未做任何更改",
        EN: "the account of {name} is locked after too many wrong PINs until {until}; "
            "nothing was changed"},
    "no_customer": {
        ZH: "没有编号为 {id} 的客户；请用“客户”窗口或 retention --preview 查看编号",
        EN: "there is no customer {id}; look the number up in Customers or with "
            "retention --preview"},
    "already": {
        ZH: "客户 {id} 的个人信息已于 {when} 删除（匿名化）",
        EN: "the personal data of customer {id} was already removed on {when}"},
    "bad_format": {
        ZH: "不支持的格式“{fmt}”；请用 json 或 xlsx",
        EN: "unsupported format “{fmt}”; use json or xlsx"},
    "write_failed": {ZH: "无法写入 {path}（{reason}）", EN: "cannot write {path} ({reason})"},
    "exported": {
        ZH: "已把客户 {id} 的全部信息写入 {path}；已记入审计日志",
        EN: "wrote everything held about customer {id} to {path}; recorded in the audit log"},
    "confirm": {
        ZH: "删除客户 {id} 的个人信息（姓名、电话、车牌、地址、备注），统计数据保留，无法撤销。"
            "确认请输入 yes：",
        EN: "erase the personal data of customer {id} (name, phones, plate, address, notes); "
            "statistics stay; this cannot be undone. Type yes to confirm: "},
    "confirm_needed": {
        ZH: "删除需要确认：请在终端中运行，或加 --yes；未做任何更改",
        EN: "erasing needs a confirmation: run it in a terminal, or add --yes; "
            "nothing was changed"},
    "not_confirmed": {ZH: "未确认；未做任何更改", EN: "not confirmed; nothing was changed"},
    "erased": {
        ZH: "已删除（匿名化）客户 {id} 的个人信息（含合并进来的 {count} 条记录）；已记入审计日志",
        EN: "erased (anonymised) the personal data of customer {id} ({count} records merged "
            "into it included); recorded in the audit log"},
}


@pytest.mark.parametrize("key", sorted(PRIVACY_EXPECTED))
def test_each_privacy_message_prints_the_same_sentence_in_both_languages(key: str) -> None:
    old = PRIVACY_EXPECTED[key]
    assert fields(old[ZH]) == fields(old[EN]), key
    params = {name: f"<{name}-value>" for name in fields(old[EN])}
    assert cli_privacy.text(key, ZH, **params) == old[ZH].format(**params)
    assert cli_privacy.text(key, EN, **params) == old[EN].format(**params)
    assert set(cli_privacy._TEXTS) == set(PRIVACY_EXPECTED)


#: The import command's own table (cli_import._TEXTS), as it was before it moved too.
IMPORT_EXPECTED: dict[str, dict[str, str]] = {
    "missing_columns": {ZH: "第一行必须是列名；缺少：{columns}",
                        EN: "the first row must name the columns; missing: {columns}"},
    "empty": {ZH: "文件中没有可导入的行", EN: "the file has no rows to import"},
    "missing_agency": {ZH: "第 {row} 行：缺少渠道", EN: "row {row}: the agency is missing"},
    "missing_phone": {ZH: "第 {row} 行：缺少电话", EN: "row {row}: the phone is missing"},
    "bad_phone": {ZH: "第 {row} 行：“{value}”不是有效的电话号码",
                  EN: "row {row}: '{value}' is not a valid phone"},
    "missing_date": {ZH: "第 {row} 行：缺少预计到访日期",
                     EN: "row {row}: the expected date is missing"},
    "bad_date": {ZH: "第 {row} 行：“{value}”不是日期（请用 2026-11-28）",
                 EN: "row {row}: '{value}' is not a date (use 2026-11-28)"},
    "bad_size": {ZH: "第 {row} 行：“{value}”不是人数", EN: "row {row}: '{value}' is not a "
                 "number of people"},
    "too_long": {ZH: "第 {row} 行：{column} 太长（最多 {max} 个字符）",
                 EN: "row {row}: {column} is too long (at most {max} characters)"},
    "bad_text": {ZH: "第 {row} 行：{column} 含有无法保存的字符（{char}）",
                 EN: "row {row}: {column} holds a character that cannot be stored ({char})"},
    "invisible_text": {ZH: "第 {row} 行：{column} 只含有不可见字符",
                       EN: "row {row}: {column} holds only invisible characters"},
    "date_out_of_range": {ZH: "第 {row} 行：日期 {value} 超出本程序可处理的范围",
                          EN: "row {row}: {value} is outside the dates this program works with"},
    "duplicate": {ZH: "第 {row} 行：与第 {first} 行的客户、渠道和日期相同",
                  EN: "row {row}: the same customer, agency and date as row {first}"},
    "already_imported": {ZH: "第 {row} 行：之前已导入", EN: "row {row}: already imported earlier"},
    "unreadable": {ZH: "无法读取 {path}：{reason}", EN: "cannot read {path}: {reason}"},
    "reason_too_large": {ZH: "文件太大（超过 20 MB）", EN: "the file is larger than 20 MB"},
    "reason_too_many_rows": {ZH: "行数太多（超过 50000 行）", EN: "more than 50000 rows"},
    "reason_not_text": {ZH: "既不是 UTF-8 也不是 GBK 编码的文本（可能是二进制文件）",
                        EN: "neither UTF-8 nor GBK text (a binary file?)"},
    "reason_not_xlsx": {ZH: "不是可读取的 Excel 文件", EN: "not a readable Excel file"},
    "reason_bad_csv": {ZH: "不是可读取的 CSV 文件", EN: "not a readable CSV file"},
    "summary": {ZH: "{path}：共 {total} 行，{valid} 行有效，{already} 行之前已导入，{bad} 行有问题",
                EN: "{path}: {total_rows}, {valid} valid, {already} already imported, "
                    "{bad} with problems"},
    "dry_run": {ZH: "试运行：未导入任何内容", EN: "dry run: nothing was imported"},
    "imported": {ZH: "已导入 {count} 条预约（其中 {conflicts} 条需经理判客）",
                 EN: "imported {count_appointments} ({conflicts_need} the manager's decision)"},
    "skipped": {ZH: "第 {row} 行：刚被其他电脑导入，已跳过",
                EN: "row {row}: just imported on another PC, skipped"},
    "conflict_owned": {ZH: "第 {row} 行 {name}（{agency}）：需经理判客，该客户已归属置业顾问",
                       EN: "row {row} {name} ({agency}): needs the manager's decision (判客): "
                           "the customer already belongs to a consultant"},
    "conflict_agency": {ZH: "第 {row} 行 {name}（{agency}）：需经理判客，其他渠道已先报备该客户",
                        EN: "row {row} {name} ({agency}): needs the manager's decision (判客): "
                            "another agency registered the customer first"},
}

#: The old pairs whose English took a count ("3 rows") where the Chinese took the number:
#: the new texts share one placeholder, a count phrase (cli_import.counted).
IMPORT_COUNTED = {"summary", "imported"}


@pytest.mark.parametrize("key", sorted(set(IMPORT_EXPECTED) - IMPORT_COUNTED))
def test_each_import_message_prints_the_same_sentence_in_both_languages(key: str) -> None:
    old = IMPORT_EXPECTED[key]
    assert fields(old[ZH]) == fields(old[EN]), key
    params = {name: f"<{name}-value>" for name in fields(old[EN])}
    assert cli_import.text(key, ZH, **params) == old[ZH].format(**params)
    assert cli_import.text(key, EN, **params) == old[EN].format(**params)
    assert cli_import.text(key, "en_GB", **params) == old[EN].format(**params)


@pytest.mark.parametrize("n", [0, 1, 2, 12])
def test_the_import_summary_and_result_count_as_before(n: int) -> None:
    """The old English said "1 row" / "3 rows" through its own placeholders."""
    def old_count(count: int, one: str, several: str) -> str:
        return f"{count} {one if count == 1 else several}"

    summary, imported = IMPORT_EXPECTED["summary"], IMPORT_EXPECTED["imported"]
    for lang in (ZH, EN):
        assert cli_import.text("summary", lang, path="a.csv", rows=cli_import.counted(n, "rows"),
                               valid=n, already=1, bad=2) == summary[lang].format(
            path="a.csv", total=n, total_rows=old_count(n, "row", "rows"), valid=n,
            already=1, bad=2)
        conflicts = max(n - 1, 0)
        assert cli_import.text("imported", lang,
                               appointments=cli_import.counted(n, "appointments"),
                               conflicts=cli_import.counted(conflicts, "conflicts")) \
            == imported[lang].format(
                count=n, conflicts=conflicts,
                count_appointments=old_count(n, "appointment", "appointments"),
                conflicts_need=old_count(conflicts, "needs", "need"))


def test_import_messages_are_marked_english_texts_of_the_cli_context() -> None:
    assert set(cli_import._TEXTS) == set(IMPORT_EXPECTED)
    counts = [text for pair in cli_import._COUNTS.values() for text in pair]
    for key, text in [*cli_import._TEXTS.items(), *(("count", c) for c in counts)]:
        assert isinstance(text, Marked) and text.context == "CLI", key
        assert not re.search(r"[\u4e00-\u9fff]", text.replace("判客", "")), key
