"""Domain errors: what went wrong, in words a receptionist understands."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from .i18n import QT_TRANSLATE_NOOP

#: The one message for a party another PC removed (repositories' `require` raise it).
PARTY_GONE = QT_TRANSLATE_NOOP(
    "Messages", "That party is no longer on the board (deleted on another PC?).")
#: The one message for a consultant taken off the roster (`require_consultant` raises it).
CONSULTANT_GONE = QT_TRANSLATE_NOOP("Messages", "That consultant is no longer on the roster.")


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field of a form.

    `message` is an English source text marked with QT_TRANSLATE_NOOP in the
    "Messages" context; `params` fill its `{placeholders}` after translation.
    """

    field: str
    message: str
    params: dict[str, object] = dataclass_field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params)


class DomainError(Exception):
    """A rule refused an action; nothing was written."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


class ValidationError(DomainError):
    """Input that cannot be saved; lists every problem, field by field."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        first = problems[0] if problems else FieldProblem("", "Invalid input")
        super().__init__(first.message, **first.params)

    def for_field(self, name: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.field == name), None)


class NotFoundError(DomainError):
    """The record the action refers to no longer exists."""


class ConflictError(DomainError):
    """The action clashes with the current state (e.g. the place is taken)."""


class RotationMovedError(ConflictError):
    """Another desk gave the proposed consultant a party first; `next_up` is the new
    proposal (a consultant id, or None when nobody is free)."""

    def __init__(self, message: str, next_up: int | None, **params: object) -> None:
        super().__init__(message, **params)
        self.next_up = next_up
