"""Stored codes read back as the domain's values: a consent answer, an honorific; anything
unknown (a damaged row, a newer version's code) reads as "not asked" / none."""

from __future__ import annotations

import pytest

from reception_desk.domain.customer_records import Consent, consent_of, honorific_of
from reception_desk.domain.party import Honorific


@pytest.mark.parametrize("consent", list(Consent))
def test_each_stored_consent_reads_back_as_itself(consent: Consent) -> None:
    assert consent_of(consent.value) is consent
    assert consent_of(str(consent.value)) is consent


@pytest.mark.parametrize("stored", [None, "YES", "maybe", " yes"])
def test_an_unknown_consent_reads_as_not_asked(stored: str | None) -> None:
    assert consent_of(stored) is Consent.UNKNOWN


@pytest.mark.parametrize("honorific", list(Honorific))
def test_each_stored_honorific_reads_back_as_itself(honorific: Honorific) -> None:
    assert honorific_of(honorific.value) is honorific


@pytest.mark.parametrize("stored", ["", "MR", "dr", "mr "])
def test_an_unknown_honorific_reads_as_none(stored: str) -> None:
    assert honorific_of(stored) is None
