"""The retention period is a site setting in the Settings dialog (default 730 days)."""

from __future__ import annotations

from reception_desk.ui.main_window import MainWindow
from tests.ui.settings.test_dialog import open_settings


def test_retention_days_default_refused_out_of_range_then_saved(
        qtbot, main_window: MainWindow, services, signed_in_admin) -> None:
    dialog = open_settings(main_window)
    more = dialog.more
    assert more.values()["retention_days"] == 730
    more.edits["retention_days"].setValue(10)  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.isVisible() and more.errors["retention_days"].isVisible()
    assert "30" in more.errors["retention_days"].text()
    assert services.settings.current().retention_days == 730
    more.edits["retention_days"].setValue(365)  # type: ignore[attr-defined]
    dialog.save()
    assert not dialog.isVisible()
    assert services.settings.current().retention_days == 365
