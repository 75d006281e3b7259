"""Shared bits of the stock dialogs: quantities typed and shown, drink categories.

Writing a PDF in a worker thread (`PdfRunner`, `pdf_path`) lives in ui/common."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.bar import CATEGORY_LABELS, DrinkCategory
from ...printing.bar_sheets import format_quantity, format_variance
from ..common import PdfRunner, pdf_path

__all__ = ["LOW_BG", "LOW_FG", "SHORT_FG", "SURPLUS_FG", "PdfRunner", "category_label",
           "format_quantity", "format_variance", "parse_quantity", "pdf_path"]

translate = QCoreApplication.translate

LOW_FG = QColor("#b42318")
LOW_BG = QColor("#fef3f2")
SHORT_FG = QColor("#b42318")
SURPLUS_FG = QColor("#175cd3")
QUIET_FG = QColor("#667085")


def category_label(category: DrinkCategory) -> str:
    """茶 / 咖啡 / 果汁 / 水 / 其他."""
    return translate("DrinkCategory", CATEGORY_LABELS[category])


def parse_quantity(text: str) -> float | None:
    """A typed quantity: "2", "0.5", "2,5", full-width "２" all work; None if not a number."""
    clean = unicodedata.normalize("NFKC", text).strip().replace(",", ".").replace("。", ".")
    if not clean:
        return None
    try:
        value = float(clean)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):  # NaN, infinities
        return None
    return value


def not_a_number_text() -> str:
    return translate("StockForms", "Enter a number, e.g. 2 or 0.5.")
