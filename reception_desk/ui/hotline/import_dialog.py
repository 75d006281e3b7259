"""Import an agency's pre-registration list (渠道报备) from CSV or Excel, after a preview.

Choose the file: every row is checked and shown with its status and
problems (row numbers as in the spreadsheet, row 1 being the header). The
summary says how many rows are ready, how many have errors, how many were
imported before. Import writes the ready rows in one transaction; the
result says how many were flagged as conflicts (判客) for the manager.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.appointment_rows import RowProblem, map_header
from ...domain.appointment_rows import problem as row_problem
from ...domain.errors import DomainError
from ...domain.phone import mask_phone
from ...services.appointment_import import ImportPreview, ImportResult, read_table
from ...services.context import Services
from ..text import message
from ..widgets import FieldError
from .common import fill_table, make_table

ALREADY = "already_imported"


def problem_text(problem: RowProblem) -> str:
    text = QCoreApplication.translate("Messages", problem.message)
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return problem.text()


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import pre-registrations"))
        self.resize(960, 560)
        self.services = services
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None

        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("an agency's list: .csv or .xlsx"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)  # Enter in the file name previews
        self.preview_button.clicked.connect(lambda: self.load())
        columns = QLabel(self.tr("Columns (first row, any order): agency / 渠道, customer name / "
                                 "客户姓名, phone / 电话, expected date / 预计到访日期, agent / "
                                 "经纪人; optional size / 人数, note / 备注."))
        columns.setWordWrap(True)
        columns.setStyleSheet("color: #667085;")
        self.error = FieldError()
        self.error.setObjectName("importError")
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setStyleSheet("font-weight: 600;")
        self.table = make_table([self.tr("Row"), self.tr("Status"), self.tr("Agency"),
                                 self.tr("Name"), self.tr("Phone"), self.tr("Date"),
                                 self.tr("Agent"), self.tr("Problems")], "importTable", self)
        for col, width in enumerate((48, 90, 120, 90, 110, 90, 80)):
            self.table.setColumnWidth(col, width)
        self.outcome = QLabel()
        self.outcome.setObjectName("importResult")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("&Import ready rows"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.run_import)
        self.conflicts_button = self.buttons.addButton(self.tr("Conflicts (判客)…"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.setAutoDefault(False)
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File")))
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Agency list"), str(Path.home()),
            self.tr("Lists (*.csv *.xlsx);;All files (*)"))
        if path:
            self.path.setText(path)
            self.load()

    def load(self, path: str | None = None) -> ImportPreview | None:
        """Read and check the file (nothing is written) and show every row."""
        if path:
            self.path.setText(path)
        self.error.clear_text()
        self.outcome.clear()
        self.import_button.setEnabled(False)
        self.preview = None
        text = self.path.text().strip()
        if not text:
            self.error.show_text(self.tr("Choose the file to import."))
            return None
        try:
            preview = self.services.appointment_import.preview(Path(text).expanduser())
        except DomainError as exc:
            self.error.show_text(message(exc))
            fill_table(self.table, [])
            self.summary.clear()
            return None
        self.preview = preview
        self._show(preview)
        return preview

    def _show(self, preview: ImportPreview) -> None:
        by_row: dict[int, list[RowProblem]] = {}
        for problem in preview.problems:
            by_row.setdefault(problem.row, []).append(problem)
        header = by_row.pop(1, [])
        if header:
            self.error.show_text(" ".join(problem_text(p) for p in header))
        lines: list[tuple[int, list[str], str | None]] = []
        try:  # the cells of a refused row, as typed, beside its problems
            table = read_table(Path(preview.path))
            columns = map_header(table[0])[0] if table else {}
        except DomainError:
            table, columns = [], {}
        for row in preview.rows:
            lines.append((row.row, [str(row.row), self.tr("ready"), row.agency, row.name,
                                    mask_phone(row.phone), row.day.isoformat(), row.agent, ""],
                          None))
        for number, problems in by_row.items():
            lines.append((number, [str(number), self.tr("error"),
                                   *self._raw(table, columns, number),
                                   " ".join(problem_text(p) for p in problems)], "#b42318"))
        for number in preview.already_imported:  # not a problem: imported before
            lines.append((number, [str(number), self.tr("imported before"),
                                   *self._raw(table, columns, number),
                                   problem_text(row_problem(number, ALREADY))], "#667085"))
        lines.sort(key=lambda line: line[0])
        fill_table(self.table, [line[1] for line in lines], [line[2] for line in lines])
        self.summary.setText(self.tr("%n row(s) ready", "", len(preview.rows))
                             + self.tr(", %1 with errors, %2 already imported")
                             .replace("%1", str(preview.problem_rows))
                             .replace("%2", str(len(preview.already_imported))))
        self.import_button.setEnabled(bool(preview.rows))

    @staticmethod
    def _raw(table: list[list[object]], columns: dict[str, int], number: int) -> list[str]:
        cells = table[number - 1] if 0 < number <= len(table) else []

        def cell(name: str) -> str:
            index = columns.get(name)
            value = cells[index] if index is not None and index < len(cells) else None
            return "" if value is None else str(value).strip()

        return [cell("agency"), cell("name"), cell("phone"), cell("day"), cell("agent")]

    def run_import(self) -> ImportResult | None:
        if self.preview is None or not self.preview.rows:
            return None
        try:
            result = self.services.appointment_import.import_rows(self.preview)
        except DomainError as exc:
            self.error.show_text(self.tr("Nothing was imported: %1").replace("%1", message(exc)))
            return None
        self.import_result = result
        path = self.preview.path
        self.load(path)  # the rows now read "imported before"
        text = self.tr("Imported %n pre-registration(s).", "", result.imported)
        if result.conflicts:
            text += " " + self.tr("%n flagged as conflict(s) for the manager (判客): row(s) %1.",
                                  "", len(result.conflicts)) \
                .replace("%1", ", ".join(str(r) for r in sorted(result.conflicts)))
        if result.skipped:
            text += " " + self.tr("%n row(s) added meanwhile by someone else: skipped.", "",
                                  len(result.skipped))
        self.outcome.setText(text)
        return result

    def _open_conflicts(self) -> None:
        from .conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
