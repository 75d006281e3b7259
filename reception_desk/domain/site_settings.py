"""Site settings: every number from the procedures, with its default.

They live in the database so every PC of a site agrees. Later panels add
their own fields here, each with the default the procedures give.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP, Marked
from .text import acceptable, check_text, text_problem

DEFAULT_CHANNELS = ["户外广告", "网络", "朋友介绍/老带新", "渠道/中介", "路过", "来电", "其他"]
DEFAULT_PLACES = ["VIP1", "VIP2", "VIP3", "洽谈区1", "洽谈区2", "洽谈区3", "洽谈区4"]


@dataclass(frozen=True)
class SiteSettings:
    site_name: str = "售楼处"
    time_zone: str = "Asia/Shanghai"
    places: list[str] = field(default_factory=lambda: list(DEFAULT_PLACES))
    channels: list[str] = field(default_factory=lambda: list(DEFAULT_CHANNELS))
    #: A party not received by a consultant within this many minutes is flagged.
    wait_alert_minutes: int = 2
    #: How long the arrival notice stays on screen.
    arrival_notice_seconds: int = 8
    #: Rotation rule 3: a consultant skipped by a fill-in keeps their place.
    fill_in_keeps_place: bool = True
    #: Rotation rule 6: an invalid reception marked this soon gives the turn back.
    invalid_restore_minutes: int = 10
    #: Rotation rule 8: a visit makes the receiving consultant the owner this long.
    ownership_visit_days: int = 15
    #: Water bar: serve within this many minutes; amber from the second setting.
    serve_minutes: int = 3
    serve_amber_minutes: int = 2
    #: A bump made by mistake can be recalled this long.
    recall_seconds: int = 60
    #: A refill round falls due this long after serving, and repeats.
    refill_minutes: int = 15
    #: Fill levels from the procedures: tea 80% of the cup, other drinks 70%.
    tea_fill_percent: int = 80
    other_fill_percent: int = 70
    #: The closing count reminder (HH:MM, site time).
    closing_count_time: str = "18:50"
    #: Accounts: a manager's sign-in at their own PC ends after this long without input.
    signin_idle_minutes: int = 5
    #: This many wrong PINs in a row lock the account for `pin_lock_minutes`.
    pin_attempts: int = 5
    pin_lock_minutes: int = 5
    #: Reception requests: days of notice per level (A 3, B 2, C 1).
    notice_days_a: int = 3
    notice_days_b: int = 2
    notice_days_c: int = 1
    #: Requests per level and day; 0 means no limit (the procedures: A at most 1, B at
    #: most 4 a day; C unlimited). Over the limit is a warning, never a refusal.
    capacity_a: int = 1
    capacity_b: int = 4
    capacity_c: int = 0
    #: Level A always needs the general manager; B and C only when set.
    gm_approval_b: bool = False
    gm_approval_c: bool = False
    #: The feedback form is due this many working days after the visit.
    feedback_working_days: int = 2
    #: The itinerary goes to the visiting leader this many days before arrival.
    itinerary_days_before: int = 1
    #: Public holidays (ISO dates, YYYY-MM-DD) skipped when counting working days.
    holidays: list[str] = field(default_factory=list)
    #: Make-up working days (调休, ISO dates): weekend days worked in exchange for a
    #: holiday, e.g. Sunday 2025-09-28 and Saturday 2025-10-11 around National Day.
    makeup_working_days: list[str] = field(default_factory=list)
    #: Hotline: a call makes the answering consultant the owner this long.
    call_ownership_days: int = 7
    #: Backups: this many daily copies are kept (the oldest are deleted).
    backup_keep_days: int = 30
    #: Personal data (PIPL): a customer with no visit, call or appointment for this many
    #: days is anonymised by the daily retention run.
    retention_days: int = 730
    #: Backups: the folder for the daily copies (a USB disk or a network share);
    #: empty means the "backups" folder beside the database file.
    backup_folder: str = ""

    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SiteSettings:
        """Build from stored values; unknown keys are ignored, missing keys default."""
        known = {f.name for f in fields(cls)}
        base = cls()
        values = {k: v for k, v in data.items() if k in known}
        for key in ("places", "channels", "holidays", "makeup_working_days"):
            if isinstance(values.get(key), list):   # a stored list keeps its good items
                values[key] = [item for item in values[key]
                               if not isinstance(item, str) or acceptable(item, MAX_NAME)]
        try:
            return validate_settings(replace(base, **values))
        except (ValidationError, TypeError):
            # A damaged row must not stop the desk: keep what is valid, default the rest.
            good: dict[str, Any] = {}
            for key, value in values.items():
                try:
                    validate_settings(replace(base, **{key: value}))
                except (ValidationError, TypeError):
                    continue
                good[key] = value
            return validate_settings(replace(base, **good))


#: Place and channel names are stored with each party in 40-character columns.
MAX_NAME = 40
#: The site's name, as printed on every sheet.
MAX_SITE_NAME = 60


def _clean_list(items: object) -> list[str]:
    """Strip and de-duplicate; anything but a list of texts (a damaged value) gives []."""
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        return []
    seen: list[str] = []
    for item in items:
        text = item.strip()
        if text and text not in seen:
            seen.append(text)
    return seen


def _valid_clock_time(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    hours, minutes = value[:2], value[3:]
    return hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60


def _valid_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


_LATER_RANGES: tuple[tuple[str, int, int, Marked], ...] = (
    ("signin_idle_minutes", 1, 240, QT_TRANSLATE_NOOP(
        "Messages", "The sign-in must end after {low} to {high} minutes without input.")),
    ("pin_attempts", 1, 20, QT_TRANSLATE_NOOP(
        "Messages", "Allow {low} to {high} wrong PINs before the lock.")),
    ("pin_lock_minutes", 1, 1440, QT_TRANSLATE_NOOP(
        "Messages", "The lock must last {low} to {high} minutes.")),
    ("notice_days_a", 0, 60, QT_TRANSLATE_NOOP(
        "Messages", "The notice period must be {low} to {high} days.")),
    ("notice_days_b", 0, 60, QT_TRANSLATE_NOOP(
        "Messages", "The notice period must be {low} to {high} days.")),
    ("notice_days_c", 0, 60, QT_TRANSLATE_NOOP(
        "Messages", "The notice period must be {low} to {high} days.")),
    ("capacity_a", 0, 100, QT_TRANSLATE_NOOP(
        "Messages", "The daily capacity must be {low} (no limit) to {high}.")),
    ("capacity_b", 0, 100, QT_TRANSLATE_NOOP(
        "Messages", "The daily capacity must be {low} (no limit) to {high}.")),
    ("capacity_c", 0, 100, QT_TRANSLATE_NOOP(
        "Messages", "The daily capacity must be {low} (no limit) to {high}.")),
    ("feedback_working_days", 1, 30, QT_TRANSLATE_NOOP(
        "Messages", "Feedback must be due {low} to {high} working days after the visit.")),
    ("itinerary_days_before", 0, 14, QT_TRANSLATE_NOOP(
        "Messages", "The itinerary must go out {low} to {high} days before arrival.")),
    ("call_ownership_days", 1, 365, QT_TRANSLATE_NOOP(
        "Messages", "Ownership after a call must last {low} to {high} days.")),
    ("backup_keep_days", 1, 3650, QT_TRANSLATE_NOOP(
        "Messages", "Keep {low} to {high} daily backups.")),
    ("retention_days", 30, 3650, QT_TRANSLATE_NOOP(
        "Messages", "Keep personal data {low} to {high} days after the last contact.")),
)
#: A backup folder path longer than this is refused.
MAX_FOLDER = 400


def _whole_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _makeup_problem(makeup_days: list[str], holidays: list[str]) -> FieldProblem | None:
    """The first thing wrong with the make-up working days (调休), or None."""
    for day in makeup_days:
        if not _valid_iso_date(day):
            return FieldProblem("makeup_working_days", QT_TRANSLATE_NOOP(
                "Messages", "“{day}” is not a date; write make-up working days as YYYY-MM-DD."),
                {"day": day})
        if date.fromisoformat(day).weekday() < 5:
            return FieldProblem("makeup_working_days", QT_TRANSLATE_NOOP(
                "Messages", "{day} is a weekday and already a working day; list only the "
                "Saturdays and Sundays worked in exchange for a holiday."), {"day": day})
        if day in holidays:
            return FieldProblem("makeup_working_days", QT_TRANSLATE_NOOP(
                "Messages", "{day} is listed as a holiday too; remove it from one of "
                "the lists."), {"day": day})
    return None


def validate_settings(s: SiteSettings) -> SiteSettings:
    problems: list[FieldProblem] = []
    name = check_text(problems, "site_name", s.site_name, MAX_SITE_NAME)
    if problems:
        pass
    elif not name:
        problems.append(FieldProblem("site_name", QT_TRANSLATE_NOOP(
            "Messages", "Enter the site name.")))
    try:
        ZoneInfo(s.time_zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        problems.append(FieldProblem("time_zone", QT_TRANSLATE_NOOP(
            "Messages", "Unknown time zone “{zone}”; use a name such as Asia/Shanghai."),
            {"zone": s.time_zone}))
    places = _clean_list(s.places)
    if not places:
        problems.append(FieldProblem("places", QT_TRANSLATE_NOOP(
            "Messages", "List at least one place where parties can sit.")))
    channels = _clean_list(s.channels)
    if not channels:
        problems.append(FieldProblem("channels", QT_TRANSLATE_NOOP(
            "Messages", "List at least one channel.")))
    for list_name, items in (("places", places), ("channels", channels)):
        too_long = next((item for item in items if len(item) > MAX_NAME), None)
        refused = next((found for item in items
                        if (found := text_problem(item)) is not None), None)
        if refused is not None:
            problems.append(FieldProblem(list_name, refused[0], refused[1]))
        elif too_long is not None:
            problems.append(FieldProblem(list_name, QT_TRANSLATE_NOOP(
                "Messages", "“{name}” is too long (at most {max} characters)."),
                {"name": too_long, "max": MAX_NAME}))
    if not _whole_number(s.wait_alert_minutes) or not 1 <= s.wait_alert_minutes <= 60:
        problems.append(FieldProblem("wait_alert_minutes", QT_TRANSLATE_NOOP(
            "Messages", "The waiting alert must be between 1 and 60 minutes.")))
    if (not _whole_number(s.arrival_notice_seconds)
            or not 2 <= s.arrival_notice_seconds <= 60):
        problems.append(FieldProblem("arrival_notice_seconds", QT_TRANSLATE_NOOP(
            "Messages", "The arrival notice must show for 2 to 60 seconds.")))
    if not isinstance(s.fill_in_keeps_place, bool):
        problems.append(FieldProblem("fill_in_keeps_place", QT_TRANSLATE_NOOP(
            "Messages", "Choose whether a skipped consultant keeps their place.")))
    if not _whole_number(s.invalid_restore_minutes) or not 0 <= s.invalid_restore_minutes <= 120:
        problems.append(FieldProblem("invalid_restore_minutes", QT_TRANSLATE_NOOP(
            "Messages", "The turn-back window must be between 0 and 120 minutes.")))
    if not _whole_number(s.ownership_visit_days) or not 1 <= s.ownership_visit_days <= 365:
        problems.append(FieldProblem("ownership_visit_days", QT_TRANSLATE_NOOP(
            "Messages", "Ownership after a visit must last 1 to 365 days.")))
    for key, low, high, text in (
        ("serve_minutes", 1, 60, QT_TRANSLATE_NOOP(
            "Messages", "The serve time must be between 1 and 60 minutes.")),
        ("serve_amber_minutes", 0, 60, QT_TRANSLATE_NOOP(
            "Messages", "The amber mark must be between 0 and 60 minutes.")),
        ("recall_seconds", 0, 600, QT_TRANSLATE_NOOP(
            "Messages", "The recall window must be between 0 and 600 seconds.")),
        ("refill_minutes", 1, 240, QT_TRANSLATE_NOOP(
            "Messages", "The refill round must be between 1 and 240 minutes.")),
        ("tea_fill_percent", 10, 100, QT_TRANSLATE_NOOP(
            "Messages", "A fill level must be between 10% and 100%.")),
        ("other_fill_percent", 10, 100, QT_TRANSLATE_NOOP(
            "Messages", "A fill level must be between 10% and 100%.")),
    ):
        value = getattr(s, key)
        if not _whole_number(value) or not low <= value <= high:
            problems.append(FieldProblem(key, text))
    if _whole_number(s.serve_amber_minutes) and _whole_number(s.serve_minutes) and \
            s.serve_amber_minutes >= s.serve_minutes and \
            not any(p.field == "serve_amber_minutes" for p in problems):
        problems.append(FieldProblem("serve_amber_minutes", QT_TRANSLATE_NOOP(
            "Messages", "The amber mark must come before the serve time.")))
    for key, low, high, text in _LATER_RANGES:
        value = getattr(s, key)
        if not _whole_number(value) or not low <= value <= high:
            problems.append(FieldProblem(key, text, {"low": low, "high": high}))
    for key in ("gm_approval_b", "gm_approval_c"):
        if not isinstance(getattr(s, key), bool):
            problems.append(FieldProblem(key, QT_TRANSLATE_NOOP(
                "Messages", "Choose whether the general manager must approve.")))
    holidays = _clean_list(s.holidays)
    bad_day = next((d for d in holidays if not _valid_iso_date(d)), None)
    if bad_day is not None:
        problems.append(FieldProblem("holidays", QT_TRANSLATE_NOOP(
            "Messages", "“{day}” is not a date; write holidays as YYYY-MM-DD."),
            {"day": bad_day}))
    makeup_days = _clean_list(s.makeup_working_days)
    makeup_problem = _makeup_problem(makeup_days, holidays)
    if makeup_problem is not None:
        problems.append(makeup_problem)
    if not _valid_clock_time(s.closing_count_time):
        problems.append(FieldProblem("closing_count_time", QT_TRANSLATE_NOOP(
            "Messages", "Write the closing count time as HH:MM, e.g. 18:50.")))
    folder = s.backup_folder.strip() if isinstance(s.backup_folder, str) else None
    if folder is None or len(folder) > MAX_FOLDER:
        problems.append(FieldProblem("backup_folder", QT_TRANSLATE_NOOP(
            "Messages", "The backup folder must be a path of at most {max} characters."),
            {"max": MAX_FOLDER}))
    if problems:
        raise ValidationError(problems)
    return replace(s, backup_folder=folder or "", site_name=name, places=places, channels=channels,
                   holidays=sorted(holidays), makeup_working_days=sorted(makeup_days))
