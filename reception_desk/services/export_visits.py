"""The `visits` export: one row per party, with each stage's time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import INVALID_REASON_LABELS, VISIT_KIND_LABELS
from ..domain.privacy import MaskKind
from ..domain.records import PartyRecord
from ..domain.roles import Permission
from ..domain.stages import STAGE_LABELS, STAGE_ORDER, Stage
from ..domain.timeutil import local_day_bounds
from ..i18n import Phrase
from ..store.parties import PartyRepository, to_record
from .context import Services
from .export import NO, YES, Column, Dataset, Row, register_dataset

# -- the visits dataset ----------------------------------------------------------------

#: An invalid reception with the receptionist's note.
INVALID_WITH_NOTE = QT_TRANSLATE_NOOP("Export", "{reason}: {note}")


def stage_key(stage: Stage) -> str:
    return f"stage_{stage.value}"


VISIT_COLUMNS: tuple[Column, ...] = (
    Column("date", QT_TRANSLATE_NOOP("ExportVisits", "Date"), "date"),
    Column("arrived", QT_TRANSLATE_NOOP("ExportVisits", "Arrival"), "time"),
    Column("customer", QT_TRANSLATE_NOOP("ExportVisits", "Customer")),
    Column("phone", QT_TRANSLATE_NOOP("ExportVisits", "Phone")),
    Column("size", QT_TRANSLATE_NOOP("ExportVisits", "Party size"), "int"),
    Column("kind", QT_TRANSLATE_NOOP("ExportVisits", "Type")),
    Column("channel", QT_TRANSLATE_NOOP("ExportVisits", "Channel")),
    Column("returning", QT_TRANSLATE_NOOP("ExportVisits", "Returning")),
    Column("consultant", QT_TRANSLATE_NOOP("ExportVisits", "Consultant")),
    # The stage headers are the stages' own names (context "Stage"), as on the board.
    *(Column(stage_key(s), STAGE_LABELS[s], "time") for s in STAGE_ORDER),
    Column("place", QT_TRANSLATE_NOOP("ExportVisits", "Place")),
    Column("invalid", QT_TRANSLATE_NOOP("ExportVisits", "Invalid reception")),
    Column("minutes", QT_TRANSLATE_NOOP("ExportVisits", "Minutes inside"), "int"),
)


def parties_between(services: Services, date_from: date, date_to: date) -> list[PartyRecord]:
    """Every party that arrived on the local days date_from..date_to, by arrival."""
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    with services.db.read() as session:
        return [to_record(p) for p in PartyRepository(session).between(start, end)]


def _invalid(record: PartyRecord) -> str | Phrase | None:
    if record.invalid_reason is None:
        return None
    reason = INVALID_REASON_LABELS[record.invalid_reason]
    if record.invalid_note:
        return Phrase(INVALID_WITH_NOTE, {"reason": reason, "note": record.invalid_note})
    return reason


def visit_row(record: PartyRecord) -> Row:
    row: Row = {
        "date": record.arrived_at,
        "arrived": record.arrived_at,
        "customer": record.name,
        "phone": record.phone,
        "size": record.size,
        "kind": VISIT_KIND_LABELS[record.kind],
        "channel": record.channel,
        "returning": YES if record.returning else NO,
        "consultant": record.consultant,
        "place": record.last_place,
        "invalid": _invalid(record),
        "minutes": (round((record.departed_at - record.arrived_at).total_seconds() / 60)
                    if record.departed_at is not None else None),
    }
    for stage in STAGE_ORDER:
        row[stage_key(stage)] = record.stage_times.get(stage)
    return row


def visit_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    for record in parties_between(services, date_from, date_to):
        yield visit_row(record)


VISITS = register_dataset(Dataset(
    name="visits",
    columns=VISIT_COLUMNS,
    rows=visit_rows,
    label=QT_TRANSLATE_NOOP("Export", "Visits"),
    permission=Permission.EXPORT_PERSONAL,
    # The customer is a surname with 先生 / 女士 already; the phone is the personal part.
    masks={"phone": MaskKind.PHONE},
))
