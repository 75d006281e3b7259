"""Turning domain values and messages into translated text for the screen."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from ..domain.edits import StaleEditError
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
from ..domain.rotation import (
    ASSIGN_LABELS,
    DUTY_LABELS,
    EVENT_LABELS,
    AssignMode,
    DutyStatus,
    EventKind,
)
from ..domain.stages import STAGE_LABELS, Stage

translate = QCoreApplication.translate


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


class Counts(QObject):
    """Counts with their plural forms: lupdate reads a plural form only from tr()."""

    def parties(self, n: int) -> str:
        return self.tr("%n party(ies)", "", n)

    def people(self, n: int) -> str:
        return self.tr("%n person(s)", "", n)

    def both(self, parties: int, people: int) -> str:
        return self.tr("%1, %2").replace("%1", self.parties(parties)) \
            .replace("%2", self.people(people))


_counts: list[Counts] = []


def _the_counts() -> Counts:
    if not _counts:
        _counts.append(Counts())
    return _counts[0]


def parties_count(parties: int) -> str:
    """'1 party' / '3 parties' (zh: 3组)."""
    return _the_counts().parties(parties)


def parties_people(parties: int, people: int) -> str:
    """'1 party, 1 person' / '3 parties, 8 people' (zh: 3组，8人)."""
    return _the_counts().both(parties, people)


def stage_label(stage: Stage) -> str:
    return translate("Stage", STAGE_LABELS[stage])


def kind_label(kind: VisitKind) -> str:
    return translate("VisitKind", VISIT_KIND_LABELS[kind])


def invalid_label(reason: InvalidReason) -> str:
    return translate("InvalidReason", INVALID_REASON_LABELS[reason])


def honorific_label(honorific: Honorific) -> str:
    return translate("Honorific", HONORIFIC_LABELS[honorific])


def duty_label(status: DutyStatus) -> str:
    """空闲 / 接待中 / 休息 / 外出 / 下班."""
    return translate("DutyStatus", DUTY_LABELS[status])


def mode_label(mode: AssignMode) -> str:
    """轮到 / 补位 / 老客户 / 代接 / 经理指定."""
    return translate("AssignMode", ASSIGN_LABELS[mode])


def event_label(kind: EventKind) -> str:
    return translate("EventKind", EVENT_LABELS[kind])


def party_name(surname: str, honorific: Honorific) -> str:
    """王先生 in Chinese; Mr Wang in English."""
    if is_chinese():
        return f"{surname}{honorific_label(honorific)}"
    return f"{honorific_label(honorific)} {surname}"


def record_name(record: PartyRecord) -> str:
    return party_name(record.surname, record.honorific)


#: The site's time zone for times in messages; DeskApp sets it from the site settings.
_site_zone: tzinfo | None = None


def set_site_zone(zone: tzinfo | None) -> None:
    global _site_zone
    _site_zone = zone


def stale_message(error: StaleEditError) -> str:
    """Who changed the record since the form read it, what and when, in words."""
    changes = translate("Messages", "; ").join(
        translate("Messages", "{field}: “{old}” → “{new}”").format(
            field=translate("Messages", change.field), old=change.old or "—",
            new=change.new or "—")
        for edit in error.edits for change in edit.changes)
    last = error.edits[-1] if error.edits else None
    return translate("Messages", error.message).format(
        who=last.actor if last is not None and last.actor else "?",
        what=translate("Messages", error.what),
        time=last.at.astimezone(_site_zone).strftime("%H:%M") if last is not None else "?",
        changes=changes or "?")


def message(error: DomainError | FieldProblem) -> str:
    """The translated text of a domain message with its parameters filled in."""
    if isinstance(error, StaleEditError):
        return stale_message(error)
    text = translate("Messages", error.message)
    # A parameter may itself be a marked message (a role, an action): translate it too.
    params = {key: translate("Messages", value) if isinstance(value, str) else value
              for key, value in error.params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return error.message.format(**error.params)
