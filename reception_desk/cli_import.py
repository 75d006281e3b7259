"""`reception-desk import appointments FILE [--dry-run]`: an agency's pre-registration list.

Prints the preview's problems row by row (Chinese by default) and the rows
imported before (counted apart: they are not problems), then imports the valid
rows in one transaction and names, by row, those the manager must decide (判客).
Exit 2 when nothing could be read.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .cli_messages import EN, ZH, normalise_lang

_TEXTS: dict[str, dict[str, str]] = {
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


def text(key: str, lang: str, **params: object) -> str:
    texts = _TEXTS[key]
    return (texts.get(normalise_lang(lang)) or texts[EN]).format(**params)


def counted(n: int, one: str, several: str) -> str:
    """An English count: "1 row", "3 rows" (the Chinese texts take the bare number)."""
    return f"{n} {one if n == 1 else several}"


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("what", choices=("appointments",),
                     help="what to import: appointments (an agency's pre-registration list)")
    cmd.add_argument("file", metavar="FILE", help="CSV (UTF-8 or GBK) or XLSX file")
    cmd.add_argument("--dry-run", action="store_true",
                     help="only check the file and print its problems")


def run(args: argparse.Namespace, url: str, lang: str, *, open_db: Callable[..., Any],
        error: Callable[[str], Exception], out: Callable[[str], None], user: str) -> int:
    from .cli_messages import store_error_text
    from .services.appointment_import import ImportFileError
    from .services.context import Services
    from .store.database import StoreError, explained

    db = open_db(url, lang, migrate=True, must_exist=True)
    try:
        services = Services.open(db)
        try:
            preview = services.appointment_import.preview(args.file)
        except ImportFileError as exc:
            code = exc.params.get("code")
            if f"reason_{code}" in _TEXTS:
                reason = text(f"reason_{code}", lang)
            else:
                reason = str(exc.params.get("reason", "")) or exc.message.format(**exc.params)
            raise error(text("unreadable", lang, path=args.file, reason=reason)) from exc
        lines = [(p.row, text(p.code, lang, **p.params)) for p in preview.problems]
        lines += [(row, text("already_imported", lang, row=row))
                  for row in preview.already_imported]
        for _row, line in sorted(lines, key=lambda line: line[0]):
            out(line)
        out(text("summary", lang, path=args.file, total=preview.total,
                 total_rows=counted(preview.total, "row", "rows"),
                 valid=len(preview.rows), already=len(preview.already_imported),
                 bad=preview.problem_rows))
        if not preview.readable:
            return 2
        if args.dry_run:
            out(text("dry_run", lang))
            return 0
        try:
            with explained(db):
                result = services.appointment_import.import_rows(preview)
        except StoreError as exc:  # disk full, read-only: the one transaction rolled back
            raise error(store_error_text(str(exc), lang)) from exc
        for skipped in result.skipped:
            out(text("skipped", lang, row=skipped))
        conflicts = len(result.conflicts)
        out(text("imported", lang, count=result.imported, conflicts=conflicts,
                 count_appointments=counted(result.imported, "appointment", "appointments"),
                 conflicts_need=counted(conflicts, "needs", "need")))
        by_row = {row.row: row for row in preview.rows}
        for number, conflict in sorted(result.conflicts.items()):
            row = by_row[number]
            out(text(f"conflict_{conflict.value}", lang, row=number, name=row.name or "-",
                     agency=row.agency))
        return 0
    finally:
        db.dispose()
