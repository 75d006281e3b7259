"""Repository for parties and their stage moves; works inside a caller's session."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..domain.errors import PARTY_GONE, NotFoundError
from ..domain.party import Honorific, InvalidReason, PartyDraft, VisitKind, display_name
from ..domain.records import PartyRecord, PriorVisit
from ..domain.stages import Stage
from .models import Party, StageMove
from .search_index import indexed_rows

#: The party's columns a PartyRecord holds, in the order `_record` reads them.
RECORD_COLUMNS = (
    Party.id, Party.arrived_at, Party.surname, Party.honorific, Party.size, Party.kind,
    Party.channel, Party.phone, Party.plate, Party.description, Party.note,
    Party.consultant, Party.stage, Party.stage_at, Party.place, Party.last_place,
    Party.invalid_reason, Party.invalid_note, Party.departed_at, Party.is_returning,
    Party.previous_party_id, Party.version,
)
_RECORD_FIELDS = tuple(column.key for column in RECORD_COLUMNS)

# The enums by stored value: a dict look-up, where calling the enum costs a microsecond
# and a search builds a thousand of them (an unknown value still raises ValueError).
_STAGES = {stage.value: stage for stage in Stage}
_HONORIFICS = {honorific.value: honorific for honorific in Honorific}
_KINDS = {kind.value: kind for kind in VisitKind}

#: The moves `stage_times` reads; built once, the ids bound at each read (a list of
#: literal ids was a hundred values to check and a new statement each time).
_STAGE_TIMES = (
    select(StageMove.party_id, StageMove.to_stage, StageMove.at)
    .where(StageMove.party_id.in_(bindparam("ids", expanding=True)),
           StageMove.undone_at.is_(None))
    .order_by(StageMove.party_id, StageMove.id)
)


def _record(values: Sequence[Any], times: dict[Stage, datetime]) -> PartyRecord:
    """The record of a party's RECORD_COLUMNS values."""
    (party_id, arrived_at, surname, honorific, size, kind, channel, phone, plate,
     description, note, consultant, stage, stage_at, place, last_place, invalid_reason,
     invalid_note, departed_at, is_returning, previous_party_id, version) = values
    return PartyRecord(
        id=party_id,
        arrived_at=arrived_at,
        surname=surname,
        honorific=_HONORIFICS.get(honorific) or Honorific(honorific),
        size=size,
        kind=_KINDS.get(kind) or VisitKind(kind),
        channel=channel,
        phone=phone,
        plate=plate,
        description=description,
        note=note,
        consultant=consultant,
        stage=_STAGES.get(stage) or Stage(stage),
        stage_at=stage_at,
        place=place,
        last_place=last_place,
        invalid_reason=InvalidReason(invalid_reason) if invalid_reason else None,
        invalid_note=invalid_note,
        departed_at=departed_at,
        returning=is_returning,
        previous_party_id=previous_party_id,
        stage_times=times,
        version=version or 1,
    )


def to_record(party: Party, times: dict[Stage, datetime] | None = None) -> PartyRecord:
    """The party as the views see it; `times` (from `PartyRepository.stage_times`) spares
    loading its moves."""
    if times is None:
        times = {}
        for move in party.moves:
            if move.undone_at is None:
                stage = Stage(move.to_stage)
                times.setdefault(stage, move.at)
    return _record([getattr(party, name) for name in _RECORD_FIELDS], times)


class PartyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, party_id: int, *, for_update: bool = False) -> Party | None:
        stmt = select(Party).where(Party.id == party_id).options(selectinload(Party.moves))
        if for_update:
            stmt = stmt.with_for_update()
        return self.session.scalars(stmt).first()

    def require(self, party_id: int, *, for_update: bool = False) -> Party:
        """The party, or NotFoundError with the one message when another PC removed it."""
        party = self.get(party_id, for_update=for_update)
        if party is None:
            raise NotFoundError(PARTY_GONE)
        return party

    def add(self, clean: PartyDraft, *, at: datetime, consultant: str,
            previous_party_id: int | None, demo: bool = False) -> Party:
        """A party arriving at `at` (the draft as `validate_party` cleaned it), with its
        first stage move; a returning one names its latest earlier visit."""
        party = Party(
            arrived_at=at,
            surname=clean.surname,
            honorific=clean.honorific.value,
            size=clean.size,
            kind=clean.kind.value,
            channel=clean.channel,
            phone=clean.phone,
            plate=clean.plate,
            description=clean.description,
            note=clean.note,
            consultant=consultant,
            stage=Stage.ARRIVED.value,
            stage_at=at,
            place=None,
            last_place="",
            invalid_reason=None,
            invalid_note="",
            departed_at=None,
            is_returning=previous_party_id is not None,
            previous_party_id=previous_party_id,
            demo=demo,
            created_at=at,
            updated_at=at,
        )
        self.session.add(party)
        self.session.flush()
        self.session.add(StageMove(party_id=party.id, from_stage=None,
                                   to_stage=Stage.ARRIVED.value, at=at))
        self.session.flush()
        return party

    def add_move(self, party: Party, to_stage: Stage, at: datetime, *,
                 to_place: str | None = None) -> None:
        """Log the party's move from where it is now (stage and place) to `to_stage`
        (and `to_place`); the caller then sets the party's new stage."""
        self.session.add(StageMove(party_id=party.id, from_stage=party.stage,
                                   to_stage=to_stage.value, from_place=party.place,
                                   to_place=to_place, at=at))
        self.session.flush()

    def undo_move(self, move: StageMove, now: datetime) -> None:
        """Mark a stage move undone (it stays in the history)."""
        move.undone_at = now
        self.session.flush()

    def consultants_seen(self, limit: int = 50) -> list[str]:
        """Consultant names typed on parties before, the latest first."""
        rows = self.session.execute(
            select(Party.consultant, func.max(Party.arrived_at).label("last"))
            .where(Party.consultant != "")
            .group_by(Party.consultant)
            .order_by(func.max(Party.arrived_at).desc())
            .limit(limit)
        )
        return [name for name, _ in rows]

    def refresh_moves(self, party: Party) -> None:
        """Write what changed and read the party's stage moves again on next use."""
        self.session.flush()
        self.session.expire(party, ["moves"])

    def departures(self, party_ids: Iterable[int]) -> dict[int, datetime | None]:
        """When each party left (None: still inside); parties removed are left out."""
        ids = sorted(set(party_ids))
        if not ids:
            return {}
        rows = self.session.execute(
            select(Party.id, Party.departed_at).where(Party.id.in_(ids)))
        return {pid: departed for pid, departed in rows}

    def last_effective_move(self, party_id: int) -> StageMove | None:
        stmt = (
            select(StageMove)
            .where(StageMove.party_id == party_id, StageMove.undone_at.is_(None))
            .order_by(StageMove.id.desc())
            .limit(1)
        )
        return self.session.scalars(stmt).first()

    def party_in_place(self, place: str) -> Party | None:
        return self.session.scalars(select(Party).where(Party.place == place)).first()

    def occupied_places(self) -> dict[str, int]:
        rows = self.session.execute(select(Party.place, Party.id).where(Party.place.is_not(None)))
        return {place: pid for place, pid in rows if place is not None}

    def between(self, start: datetime, end: datetime) -> list[Party]:
        stmt = (
            select(Party)
            .where(Party.arrived_at >= start, Party.arrived_at < end)
            .options(selectinload(Party.moves))
            .order_by(Party.arrived_at, Party.id)
        )
        return list(self.session.scalars(stmt))

    def still_inside_before(self, start: datetime) -> list[Party]:
        """Parties from earlier days that were never seen out."""
        stmt = (
            select(Party)
            .where(Party.arrived_at < start, Party.departed_at.is_(None))
            .options(selectinload(Party.moves))
            .order_by(Party.arrived_at, Party.id)
        )
        return list(self.session.scalars(stmt))

    def earlier_with_phone(self, phone: str, before_id: int | None = None) -> list[PriorVisit]:
        stmt = (
            select(Party)
            .where(Party.phone == phone)
            .order_by(Party.arrived_at.desc(), Party.id.desc())
        )
        if before_id is not None:
            stmt = stmt.where(Party.id != before_id)
        return [
            PriorVisit(p.id, p.arrived_at, to_record_name(p), p.size, p.consultant)
            for p in self.session.scalars(stmt.limit(20))
        ]

    def search(self, text: str, limit: int = 200) -> list[PartyRecord]:
        """The newest `limit` parties holding `text` in the surname, plate or phone,
        newest first, as records with their stage times.

        Read as plain columns (RECORD_COLUMNS), not as Party objects: a search lists
        a hundred or two of them, and the mapper's bookkeeping of each was most of
        the time the search took."""
        digits = "".join(ch for ch in text if ch.isdigit())
        # Plates are stored as validate_party leaves them: upper case, no space or "·".
        plate = text.upper().replace(" ", "").replace("·", "")
        needles = {"surname": text}
        if plate:
            needles["plate"] = plate
        if len(digits) >= 3:
            needles["phone"] = digits
        conditions = [getattr(Party, col).like(f"%{needle}%") for col, needle in needles.items()]
        # Texts of three characters or more: only the rows the trigram index names
        # (search_index.py), compared the same way.
        indexed = indexed_rows(self.session, "parties", Party.id, needles)
        # The matching ids first, from ix_parties_search alone (every column compared is
        # in it, newest first, so the scan stops at `limit`), then only those rows:
        # asked for whole rows at once, SQLite walks the date index and reads every
        # party of every year from the table to compare it.
        newest = (
            select(Party.id)
            .where(or_(*conditions), *(() if indexed is None else (indexed,)))
            .order_by(Party.arrived_at.desc(), Party.id.desc())
            .limit(limit)
            .correlate(None)
        )
        rows = self.session.execute(
            select(*RECORD_COLUMNS)
            .where(Party.id.in_(newest.scalar_subquery()))
            .order_by(Party.arrived_at.desc(), Party.id.desc())
        ).all()
        times = self.stage_times(row[0] for row in rows)
        return [_record(row, times[row[0]]) for row in rows]

    def stage_times(self, party_ids: Iterable[int]) -> dict[int, dict[Stage, datetime]]:
        """When each party first reached each stage (undone moves left out), by party:
        what `to_record` reads from the moves, in one query and without a move object
        each (a search lists a hundred parties of six or seven moves).

        In the order of the party index (party, then move id): SQLite reads the moves
        in it and sorts nothing; a party's first move to a stage comes first all the
        same."""
        ids = list(set(party_ids))
        found: dict[int, dict[Stage, datetime]] = {i: {} for i in ids}
        if not ids:
            return found
        rows = self.session.execute(_STAGE_TIMES, {"ids": ids})
        stages = _STAGES
        for party_id, to_stage, at in rows:
            found[party_id].setdefault(stages.get(to_stage) or Stage(to_stage), at)
        return found

    def count_real(self) -> int:
        return self.session.scalar(
            select(func.count()).select_from(Party).where(Party.demo.is_(False))
        ) or 0

    def count_all(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Party)) or 0


def to_record_name(party: Party) -> str:
    return display_name(party.surname, party.honorific)
