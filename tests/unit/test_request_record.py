"""When the panel and the reminders flag a request: itinerary due, feedback overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from reception_desk.domain.reception_request import RequestForm, RequestRecord, Status

BJ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=BJ)


def record(status: Status = Status.SCHEDULED, arrival: datetime | None = None,
           **changes: Any) -> RequestRecord:
    base = RequestRecord(id=1, number="JD20261201-01", status=status,
                         form=RequestForm(arrival_at=arrival), created_by="王静",
                         created_at=datetime(2026, 12, 1, tzinfo=UTC),
                         updated_at=datetime(2026, 12, 1, tzinfo=UTC))
    return replace(base, **changes)


def test_the_itinerary_is_due_from_the_day_before_arrival_until_it_is_sent() -> None:
    tomorrow_late = datetime(2026, 12, 4, 23, 0, tzinfo=BJ)
    day_after = datetime(2026, 12, 5, 0, 30, tzinfo=BJ)
    assert record(arrival=tomorrow_late).itinerary_due(NOW, BJ, 1)
    assert not record(arrival=day_after).itinerary_due(NOW, BJ, 1)
    assert record(arrival=day_after).itinerary_due(NOW, BJ, 2)
    assert not record(arrival=tomorrow_late, itinerary_sent_at=NOW).itinerary_due(NOW, BJ, 1)
    assert not record(Status.DRAFT, tomorrow_late).itinerary_due(NOW, BJ, 1)
    assert not record(Status.VISITED, tomorrow_late).itinerary_due(NOW, BJ, 1)
    # Arrival already past: too late for a reminder.
    assert not record(arrival=datetime(2026, 12, 3, 8, 0, tzinfo=BJ)).itinerary_due(NOW, BJ, 1)


def test_feedback_is_overdue_only_after_its_due_day() -> None:
    visited = record(Status.VISITED, feedback_due=date(2026, 12, 3))
    assert not visited.feedback_overdue(date(2026, 12, 3))
    assert visited.feedback_overdue(date(2026, 12, 4))
    filed = replace(visited, feedback_filed_at=NOW)
    assert not filed.feedback_overdue(date(2026, 12, 4))
    assert not record(Status.FEEDBACK_FILED, feedback_due=date(2026, 12, 3)) \
        .feedback_overdue(date(2026, 12, 9))
