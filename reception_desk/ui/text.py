"""Turning domain values and messages into translated text for the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.errors import DomainError, FieldProblem
from ..domain.party import (
    HONORIFIC_LABELS,
    INVALID_REASON_LABELS,
    VISIT_KIND_LABELS,
    Honorific,
    InvalidReason,
    VisitKind,
)
from ..domain.records import PartyRecord
from ..domain.stages import STAGE_LABELS, Stage

translate = QCoreApplication.translate


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def stage_label(stage: Stage) -> str:
    return translate("Stage", STAGE_LABELS[stage])


def kind_label(kind: VisitKind) -> str:
    return translate("VisitKind", VISIT_KIND_LABELS[kind])


def invalid_label(reason: InvalidReason) -> str:
    return translate("InvalidReason", INVALID_REASON_LABELS[reason])


def honorific_label(honorific: Honorific) -> str:
    return translate("Honorific", HONORIFIC_LABELS[honorific])


def party_name(surname: str, honorific: Honorific) -> str:
    """王先生 in Chinese; Mr Wang in English."""
    if is_chinese():
        return f"{surname}{honorific_label(honorific)}"
    return f"{honorific_label(honorific)} {surname}"


def record_name(record: PartyRecord) -> str:
    return party_name(record.surname, record.honorific)


def message(error: DomainError | FieldProblem) -> str:
    """The translated text of a domain message with its parameters filled in."""
    text = translate("Messages", error.message)
    try:
        return text.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message.format(**error.params)
