"""Customers, hotline calls (来电登记), VIP data cards and appointments (预约 / 渠道报备)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class Customer(Base):
    """One person across calls and visits, matched by normalised phone."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Optimistic lock: raised by every form edit; a save names the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    name: Mapped[str] = mapped_column(String(40), default="")
    honorific: Mapped[str] = mapped_column(String(8), default="")
    #: E.164-free normal form from `domain.phone` (digits only), "" if unknown.
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    phone2: Mapped[str] = mapped_column(String(20), default="", index=True)
    plate: Mapped[str] = mapped_column(String(12), default="", index=True)
    district: Mapped[str] = mapped_column(String(100), default="")
    #: Pinyin initials of the name ("zw" for 张伟) and the full pinyin, for search.
    name_initials: Mapped[str] = mapped_column(String(40), default="", index=True)
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    channel: Mapped[str] = mapped_column(String(40), default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id"), default=None, index=True)
    #: "call" or "visit": what made the owner the owner.
    owner_source: Mapped[str] = mapped_column(String(8), default="")
    owner_since: Mapped[datetime | None] = mapped_column(default=None)
    owner_until: Mapped[datetime | None] = mapped_column(default=None, index=True)
    #: The channel agency credited with the customer (first registration wins).
    agency: Mapped[str] = mapped_column(String(60), default="")
    agency_registered_at: Mapped[datetime | None] = mapped_column(default=None)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id"), default=None, index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Consent to be contacted (`domain.customer_records.Consent`): "yes", "no" or ""
    #: (not asked); when, by whom (the actor's name) and on which form it was recorded.
    consent: Mapped[str] = mapped_column(String(8), default="", server_default=text("''"))
    consent_at: Mapped[datetime | None] = mapped_column(default=None)
    consent_by: Mapped[str] = mapped_column(String(60), default="",
                                            server_default=text("''"))
    consent_source: Mapped[str] = mapped_column(String(12), default="",
                                                server_default=text("''"))
    #: When retention or an erasure removed the personal data; None while it is held.
    anonymised_at: Mapped[datetime | None] = mapped_column(default=None, index=True)

    __table_args__ = (
        # The customer search (name, phones, plate, pinyin; newest first) reads this
        # index alone and stops at the rows it lists (0010).
        Index("ix_customers_search", "updated_at", "id", "merged_into_id", "name", "phone",
              "phone2", "plate", "name_initials", "name_pinyin"),
    )


class VipCard(Base):
    """The VIP data card (VIP资料卡) filled while the party is seated; one per customer."""

    __tablename__ = "vip_cards"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    #: Optimistic lock: raised by every form edit; a save names the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    area: Mapped[str] = mapped_column(String(20), default="")
    budget: Mapped[str] = mapped_column(String(40), default="")
    layout: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[str] = mapped_column(String(20), default="")
    #: own_use / investment / school_district / "".
    purpose: Mapped[str] = mapped_column(String(20), default="")
    household_size: Mapped[int | None] = mapped_column(Integer, default=None)
    current_district: Mapped[str] = mapped_column(String(100), default="")
    #: Legacy mirror of the customer's consent ("yes" <=> True); the customer row decides.
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(60), default="")


class Call(Base):
    """One hotline call (来电登记)."""

    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id"), default=None, index=True)
    caller_name: Mapped[str] = mapped_column(String(40), default="")
    honorific: Mapped[str] = mapped_column(String(8), default="")
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    phone2: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(100), default="")
    area: Mapped[str] = mapped_column(String(20), default="")
    budget: Mapped[str] = mapped_column(String(40), default="")
    layout: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(40), default="")
    questions: Mapped[str] = mapped_column(Text, default="")
    consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id"), default=None, index=True)
    visit_at: Mapped[datetime | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    competitor: Mapped[bool] = mapped_column(Boolean, default=False)
    non_customer: Mapped[bool] = mapped_column(Boolean, default=False)
    actor: Mapped[str] = mapped_column(String(60), default="")
    demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Appointment(Base):
    """A party expected on a day: from a call, an agency's list or a reception request."""

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Site-local ISO date the party is expected.
    day: Mapped[str] = mapped_column(String(10), index=True)
    expected_at: Mapped[datetime | None] = mapped_column(default=None)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id"), default=None, index=True)
    name: Mapped[str] = mapped_column(String(40), default="")
    honorific: Mapped[str] = mapped_column(String(8), default="")
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    size: Mapped[int] = mapped_column(Integer, default=1)
    channel: Mapped[str] = mapped_column(String(40), default="")
    agency: Mapped[str] = mapped_column(String(60), default="")
    agent: Mapped[str] = mapped_column(String(40), default="")
    #: call / import / request / manual
    source: Mapped[str] = mapped_column(String(12))
    call_id: Mapped[int | None] = mapped_column(
        ForeignKey("calls.id", ondelete="SET NULL"), default=None, index=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("reception_requests.id", ondelete="SET NULL"), default=None, index=True)
    #: expected / arrived / cancelled
    status: Mapped[str] = mapped_column(String(12), index=True)
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL"), default=None, index=True)
    #: "agency|phone|day" for imported rows: the same file twice adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(120), unique=True, default=None)
    #: owned / agency: flagged for the manager to settle (判客); None when clear.
    conflict: Mapped[str | None] = mapped_column(String(12), default=None, index=True)
    conflict_note: Mapped[str] = mapped_column(String(200), default="")
    conflict_resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    conflict_resolution: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
