"""Repository for parties and their stage moves; works inside a caller's session."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, inspect, or_, select, update
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


# A stage move (the Space key, the most frequent write of the desk) reads and writes its
# party as plain table rows: the party object, its loaded moves and the unit of work
# were most of the time a move took.
_PARTIES = cast(Table, Party.__table__)
_MOVES = cast(Table, StageMove.__table__)
#: The party as a move reads it: the record's columns, who receives it, its customer.
_MOVE_READ = (
    select(*(_PARTIES.c[column.key] for column in RECORD_COLUMNS),
           _PARTIES.c.consultant_id, _PARTIES.c.customer_id)
    .where(_PARTIES.c.id == bindparam("party_id"))
)
_MOVE_READ_LOCKED = _MOVE_READ.with_for_update()
_LOG_MOVE = insert(_MOVES)
_SET_STAGE = (
    update(_PARTIES)
    .where(_PARTIES.c.id == bindparam("party_id"))
    .values(stage=bindparam("new_stage"), stage_at=bindparam("new_stage_at"),
            place=bindparam("new_place"), last_place=bindparam("new_last_place"),
            departed_at=bindparam("new_departed_at"), updated_at=bindparam("new_updated_at"))
)
_WHO_SITS = select(_PARTIES.c.id, _PARTIES.c.surname, _PARTIES.c.honorific).where(
    _PARTIES.c.place == bindparam("place"))
#: Where each of the record's columns is in a row of them.
_AT = {name: index for index, name in enumerate(_RECORD_FIELDS)}


@dataclass(frozen=True)
class MovingParty:
    """A party as its stage move read it, inside the move's own write."""

    values: tuple[Any, ...]
    times: dict[Stage, datetime]
    consultant_id: int | None
    customer_id: int | None

    @property
    def id(self) -> int:
        return int(self.values[_AT["id"]])

    @property
    def stage(self) -> Stage:
        stored = self.values[_AT["stage"]]
        return _STAGES.get(stored) or Stage(stored)

    @property
    def place(self) -> str | None:
        return self.values[_AT["place"]]  # type: ignore[no-any-return]

    @property
    def last_place(self) -> str:
        return str(self.values[_AT["last_place"]] or "")

    @property
    def departed_at(self) -> datetime | None:
        return self.values[_AT["departed_at"]]  # type: ignore[no-any-return]


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
        # In the new party's moves (loaded, not read): its record reads them from there.
        party.moves.append(StageMove(from_stage=None, to_stage=Stage.ARRIVED.value, at=at))
        self.session.add(party)
        self.session.flush()
        return party

    def add_move(self, party: Party, to_stage: Stage, at: datetime, *,
                 to_place: str | None = None) -> None:
        """Log the party's move from where it is now (stage and place) to `to_stage`
        (and `to_place`); the caller then sets the party's new stage. Moves loaded
        with the party take the new one too, so its record needs no second read."""
        move = StageMove(from_stage=party.stage, to_stage=to_stage.value,
                         from_place=party.place, to_place=to_place, at=at)
        if "moves" in inspect(party).unloaded:
            move.party_id = party.id
            self.session.add(move)
        else:
            party.moves.append(move)
        self.session.flush()

    def read_for_move(self, party_id: int, *, for_update: bool = False) -> MovingParty:
        """The party a stage move starts from (with its stage times), or NotFoundError
        with the one message when another PC removed it."""
        row = self.session.execute(_MOVE_READ_LOCKED if for_update else _MOVE_READ,
                                   {"party_id": party_id}).first()
        if row is None:
            raise NotFoundError(PARTY_GONE)
        *values, consultant_id, customer_id = row
        times = self.stage_times((party_id,))[party_id]
        return MovingParty(tuple(values), times, consultant_id, customer_id)

    def write_move(self, party: MovingParty, to_stage: Stage, at: datetime,
                   place: str | None) -> PartyRecord:
        """Log the move of `party` from where it is to `to_stage` (and `place`, when
        seated), set its new stage, and return its record as it is now."""
        last_place = place or party.last_place
        departed_at = at if to_stage is Stage.DEPARTED else None
        self.session.execute(_LOG_MOVE, {
            "party_id": party.id, "from_stage": party.values[_AT["stage"]],
            "to_stage": to_stage.value, "from_place": party.place, "to_place": place,
            "at": at, "undone_at": None})
        self.session.execute(_SET_STAGE, {
            "party_id": party.id, "new_stage": to_stage.value, "new_stage_at": at,
            "new_place": place, "new_last_place": last_place,
            "new_departed_at": departed_at, "new_updated_at": at})
        values = list(party.values)
        values[_AT["stage"]] = to_stage.value
        values[_AT["stage_at"]] = at
        values[_AT["place"]] = place
        values[_AT["last_place"]] = last_place
        values[_AT["departed_at"]] = departed_at
        times = dict(party.times)
        times.setdefault(to_stage, at)  # the newest move: an earlier one to it stays
        return _record(values, times)

    def who_sits(self, place: str) -> tuple[int, str] | None:
        """The party seated at `place` and its name, if any."""
        row = self.session.execute(_WHO_SITS, {"place": place}).first()
        if row is None:
            return None
        party_id, surname, honorific = row
        return int(party_id), display_name(surname, honorific)

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
