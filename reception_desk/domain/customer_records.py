"""Plain snapshots of customers, hotline calls, appointments and VIP cards, and their codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .party import Honorific, display_name


class OwnerSource(StrEnum):
    """What made a consultant the customer's owner (归属)."""

    CALL = "call"
    VISIT = "visit"


class AppointmentSource(StrEnum):
    CALL = "call"
    IMPORT = "import"
    REQUEST = "request"
    MANUAL = "manual"


class AppointmentStatus(StrEnum):
    EXPECTED = "expected"
    ARRIVED = "arrived"
    CANCELLED = "cancelled"


class Conflict(StrEnum):
    """Why a pre-registration needs the manager's decision (判客)."""

    OWNED = "owned"      # the customer already belongs to a consultant
    AGENCY = "agency"    # another agency registered the customer first


class ConflictDecision(StrEnum):
    #: The first registration stands (the owner / the first agency keeps the credit).
    KEEP = "keep"
    #: This pre-registration's agency gets the credit.
    AGENCY = "agency"


class Consent(StrEnum):
    """Whether the customer agreed to be contacted (PIPL). Unknown counts as not agreed."""

    UNKNOWN = ""
    YES = "yes"
    NO = "no"


class ConsentSource(StrEnum):
    """The form on which consent was recorded."""

    NONE = ""
    REGISTRATION = "registration"
    CALL = "call"
    VIP_CARD = "vip_card"
    COMMAND_LINE = "cli"


CONSENT_LABELS: dict[Consent, str] = {
    Consent.UNKNOWN: QT_TRANSLATE_NOOP("Consent", "Not asked"),
    Consent.YES: QT_TRANSLATE_NOOP("Consent", "Agreed to be contacted"),
    Consent.NO: QT_TRANSLATE_NOOP("Consent", "Declined contact"),
}


def check_consent_has_phone(consent: Consent, phone: str) -> None:
    """Consent belongs to the customer, found by phone: an answer without a phone is refused."""
    if consent is not Consent.UNKNOWN and not phone.strip():
        raise ValidationError([FieldProblem("consent", QT_TRANSLATE_NOOP(
            "Messages", "Consent is kept with the customer's phone: enter the phone too, "
            "or set consent back to “Not asked”."))])


#: Each stored consent code's value (a search reads fifty customers' codes: looking one up
#: here is a twentieth of building the set of codes and calling the enum each time).
_CONSENTS: dict[str | None, Consent] = {c.value: c for c in Consent}


def consent_of(value: str | None) -> Consent:
    """A stored consent code; anything unknown (damaged, a newer version's) reads as not asked."""
    return _CONSENTS.get(value, Consent.UNKNOWN)


class Purpose(StrEnum):
    NONE = ""
    OWN_USE = "own_use"
    INVESTMENT = "investment"
    SCHOOL_DISTRICT = "school_district"


PURPOSE_LABELS: dict[Purpose, str] = {
    Purpose.NONE: QT_TRANSLATE_NOOP("Purpose", "Not said"),
    Purpose.OWN_USE: QT_TRANSLATE_NOOP("Purpose", "Own use"),
    Purpose.INVESTMENT: QT_TRANSLATE_NOOP("Purpose", "Investment"),
    Purpose.SCHOOL_DISTRICT: QT_TRANSLATE_NOOP("Purpose", "School district"),
}

CONFLICT_LABELS: dict[Conflict, str] = {
    Conflict.OWNED: QT_TRANSLATE_NOOP("Conflict", "Owned by a consultant"),
    Conflict.AGENCY: QT_TRANSLATE_NOOP("Conflict", "Registered by another agency"),
}

APPOINTMENT_STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.EXPECTED: QT_TRANSLATE_NOOP("AppointmentStatus", "Expected"),
    AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("AppointmentStatus", "Arrived"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled"),
}


_HONORIFICS: dict[str | None, Honorific] = {h.value: h for h in Honorific}


def honorific_of(value: str) -> Honorific | None:
    """A stored honorific code; anything else (none, damaged) is None."""
    return _HONORIFICS.get(value)


def person_name(name: str, honorific: Honorific | None) -> str:
    """张伟 as typed; a bare surname with an honorific reads 张先生."""
    if honorific is not None and name and len(name) == 1:
        return display_name(name, honorific)
    return name


@dataclass(frozen=True)
class Ownership:
    """A live ownership: `until` is the last instant it holds (inclusive)."""

    owner_id: int
    source: OwnerSource
    since: datetime
    until: datetime
    owner_name: str = ""


@dataclass(frozen=True)
class CallRecord:
    id: int
    at: datetime
    customer_id: int | None
    caller_name: str
    honorific: Honorific | None
    phone: str
    phone2: str
    address: str
    area: str
    budget: str
    layout: str
    floor: str
    channel: str
    questions: str
    consultant_id: int | None
    consultant: str
    visit_at: datetime | None
    notes: str
    competitor: bool
    non_customer: bool
    actor: str
    #: The appointment the agreed visit created, if any.
    appointment_id: int | None = None

    @property
    def name(self) -> str:
        return person_name(self.caller_name, self.honorific)


@dataclass(frozen=True)
class VisitSummary:
    """One visit (party) of a customer, for the customer's history."""

    party_id: int
    arrived_at: datetime
    name: str
    size: int
    consultant: str
    agency: str


@dataclass(frozen=True)
class AppointmentRecord:
    id: int
    day: date
    expected_at: datetime | None
    customer_id: int | None
    name: str
    honorific: Honorific | None
    phone: str
    size: int
    channel: str
    agency: str
    agent: str
    source: AppointmentSource
    call_id: int | None
    request_id: int | None
    status: AppointmentStatus
    party_id: int | None
    import_key: str | None
    conflict: Conflict | None
    #: "who · first registration's local time" (the owner or the first agency).
    conflict_note: str
    conflict_resolved_at: datetime | None
    conflict_resolution: str
    note: str
    created_at: datetime

    @property
    def display_name(self) -> str:
        return person_name(self.name, self.honorific)

    @property
    def open_conflict(self) -> bool:
        return self.conflict is not None and self.conflict_resolved_at is None


@dataclass(frozen=True)
class VipCardRecord:
    """The VIP data card (VIP资料卡). `saved` is False for a card pre-filled from calls."""

    customer_id: int
    area: str = ""
    budget: str = ""
    layout: str = ""
    floor: str = ""
    purpose: Purpose = Purpose.NONE
    household_size: int | None = None
    current_district: str = ""
    #: The customer's consent to be contacted (stored on the customer, shown on the card).
    consent: Consent = Consent.UNKNOWN
    notes: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    saved: bool = False
    #: 0 for a card not saved yet (optimistic locking: see domain/edits.py).
    version: int = 0


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    name: str
    honorific: Honorific | None
    phone: str
    phone2: str
    plate: str
    district: str
    name_initials: str
    name_pinyin: str
    channel: str
    #: The live ownership now, None when the customer is in the open pool.
    ownership: Ownership | None
    agency: str
    agency_registered_at: datetime | None
    merged_into_id: int | None
    created_at: datetime
    updated_at: datetime
    calls: tuple[CallRecord, ...] = ()
    visits: tuple[VisitSummary, ...] = ()
    appointments: tuple[AppointmentRecord, ...] = ()
    consent: Consent = Consent.UNKNOWN
    consent_at: datetime | None = None
    #: Who recorded the consent (the actor's name) and on which form.
    consent_by: str = ""
    consent_source: ConsentSource = ConsentSource.NONE
    #: When the personal data was removed (retention or erasure); None while held.
    anonymised_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return person_name(self.name, self.honorific)

    @property
    def may_contact(self) -> bool:
        """Only an explicit yes allows contact; not asked counts as no."""
        return self.consent is Consent.YES and self.anonymised_at is None

    @property
    def owner_id(self) -> int | None:
        return self.ownership.owner_id if self.ownership else None

    @property
    def owner_name(self) -> str:
        return self.ownership.owner_name if self.ownership else ""
