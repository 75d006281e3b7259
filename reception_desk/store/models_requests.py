"""Reception requests (客户来访接待申请单): the form, its guests, itinerary and steps."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .models import Base


class ReceptionRequest(Base):
    __tablename__ = "reception_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Optimistic lock: raised by every form edit; a save names the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    #: The number people use and `print` takes, e.g. "JD20261203-01".
    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    level: Mapped[str] = mapped_column(String(1))
    host: Mapped[str] = mapped_column(String(40), default="")
    host_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None, index=True)
    department: Mapped[str] = mapped_column(String(40), default="")
    organisation: Mapped[str] = mapped_column(String(100), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    headcount: Mapped[int | None] = mapped_column(Integer, default=None)
    arrival_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    departure_at: Mapped[datetime | None] = mapped_column(default=None)
    route: Mapped[str] = mapped_column(Text, default="")
    meals: Mapped[str] = mapped_column(Text, default="")
    lodging: Mapped[str] = mapped_column(Text, default="")
    vehicle: Mapped[str] = mapped_column(Text, default="")
    #: JSON list of preparation keys (name_plates, banner, ...).
    preparations: Mapped[str] = mapped_column(Text, default="[]")
    budget: Mapped[float | None] = mapped_column(Float, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Why the notice is shorter than the level's notice period ("" if it is not).
    short_notice_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_by_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None, index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    itinerary_sent_at: Mapped[datetime | None] = mapped_column(default=None)
    visited_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Site-local ISO date the feedback form is due (set when visited).
    feedback_due: Mapped[str | None] = mapped_column(String(10), default=None)
    feedback_filed_at: Mapped[datetime | None] = mapped_column(default=None)
    #: JSON object: the feedback form's answers.
    feedback: Mapped[str] = mapped_column(Text, default="{}")
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL"), default=None, index=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    guests: Mapped[list[RequestGuest]] = relationship(
        cascade="all, delete-orphan", order_by="RequestGuest.position")
    itinerary: Mapped[list[ItineraryEntry]] = relationship(
        cascade="all, delete-orphan", order_by="ItineraryEntry.position")
    steps: Mapped[list[RequestStep]] = relationship(
        cascade="all, delete-orphan", order_by="RequestStep.id")


class RequestGuest(Base):
    __tablename__ = "request_guests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("reception_requests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")


class ItineraryEntry(Base):
    __tablename__ = "request_itinerary"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("reception_requests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    activity: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(100), default="")
    attendees: Mapped[str] = mapped_column(String(200), default="")


class RequestStep(Base):
    """One workflow step (submit, approve, reject...): who, when, from and to; append-only."""

    __tablename__ = "request_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("reception_requests.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(60))
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
