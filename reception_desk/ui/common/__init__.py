"""What the UI feature packages share: the bases of their report dialogs, list dialogs,
record forms and table models, following the event bus, and writing files in a worker.

Files: `report_dialog.py` (`ReportDialog`, `PeriodReportDialog`, `DayReportDialog`),
`list_dialog.py` (`ListEditDialog`, `RecordFormDialog`), `table_model.py`
(`RecordTableModel`, `cell_brush`), `bus.py` (`follow_bus`), `file_jobs.py` (`FileJob`,
`PdfRunner`, `pdf_path`). Import from this package, not its modules.

Names load on first use (PEP 562), so a table model does not pull in the export
machinery of the report dialogs at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bus import follow_bus
    from .file_jobs import FileJob, PdfRunner, pdf_path
    from .list_dialog import ID_ROLE, ListEditDialog, RecordFormDialog
    from .report_dialog import (
        DayReportDialog,
        PeriodReportDialog,
        ReportDialog,
        excel_filter,
        pdf_filter,
    )
    from .table_model import RecordTableModel, cell_brush

# Where each name lives.
_HOMES = {
    "follow_bus": "bus",
    "FileJob": "file_jobs", "PdfRunner": "file_jobs", "pdf_path": "file_jobs",
    "ID_ROLE": "list_dialog", "ListEditDialog": "list_dialog",
    "RecordFormDialog": "list_dialog",
    "DayReportDialog": "report_dialog", "PeriodReportDialog": "report_dialog",
    "ReportDialog": "report_dialog", "excel_filter": "report_dialog",
    "pdf_filter": "report_dialog",
    "RecordTableModel": "table_model", "cell_brush": "table_model",
}

__all__ = [
    "ID_ROLE",
    "DayReportDialog",
    "FileJob",
    "ListEditDialog",
    "PdfRunner",
    "PeriodReportDialog",
    "RecordFormDialog",
    "RecordTableModel",
    "ReportDialog",
    "cell_brush",
    "excel_filter",
    "follow_bus",
    "pdf_filter",
    "pdf_path",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)
