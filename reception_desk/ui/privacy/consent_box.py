"""The consent box shared by the registration form, the call form and the VIP card.

Three answers to "may we contact you?": not asked (the default, which keeps
what is recorded), agreed, declined. Beside it a grey line says what is
recorded now, when and by whom, so the receptionist knows whether to ask.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...domain.customer_records import CONSENT_LABELS, Consent, CustomerRecord


def consent_label(consent: Consent) -> str:
    return QCoreApplication.translate("Consent", CONSENT_LABELS[consent])


def recorded_text(customer: CustomerRecord | None, zone: tzinfo) -> str:
    """'Agreed to be contacted · 2026-11-28 10:00 · 前台小王', or '' when never asked."""
    if customer is None or customer.consent is Consent.UNKNOWN:
        return ""
    when = (customer.consent_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            if customer.consent_at else "")
    return " · ".join(part for part in (consent_label(customer.consent), when,
                                        customer.consent_by) if part)


class ConsentBox(QWidget):
    """A combo box of the three answers and the line saying what is on record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("consent")
        for consent in (Consent.UNKNOWN, Consent.YES, Consent.NO):
            self.combo.addItem(consent_label(consent), consent.value)
        self.combo.setToolTip(self.tr(
            "Ask whether the customer agrees to be contacted later (calls, messages). "
            "Not asked keeps what is recorded; only Agreed puts them on call-back lists."))
        self.recorded = QLabel()
        self.recorded.setObjectName("consentRecorded")
        self.recorded.setStyleSheet("color: #667085;")
        self.recorded.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 2)
        row.addWidget(self.recorded, 3)
        self.setFocusProxy(self.combo)

    def value(self) -> Consent:
        data = self.combo.currentData()
        return Consent(data) if data in {c.value for c in Consent} else Consent.UNKNOWN

    def set_value(self, consent: Consent) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(consent.value), 0))

    def show_recorded(self, customer: CustomerRecord | None, zone: tzinfo) -> None:
        """Say what is on record for this customer (empty when never asked)."""
        text = recorded_text(customer, zone)
        self.recorded.setText(self.tr("On record: %1").replace("%1", text) if text
                              else "")
