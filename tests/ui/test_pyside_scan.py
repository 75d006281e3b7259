"""The app's modules are entered in PySide6's feature table, so its import hook does not
read their source files again (ui/pyside_scan.py, issue 14)."""

from __future__ import annotations

import sys

from reception_desk.ui.pyside_scan import IGNORED, NO_FEATURE, app_module_names, skip_source_scan


def test_every_module_and_package_of_the_app_is_named() -> None:
    names = set(app_module_names())
    assert {"reception_desk", "reception_desk.ui", "reception_desk.ui.main_window",
            "reception_desk.ui.bar_desk.order_dialog", "reception_desk.store.models"} <= names
    assert not any(name.endswith(".__init__") for name in names)


def test_after_the_call_the_hook_has_an_entry_for_every_app_module() -> None:
    skip_source_scan()
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert set(app_module_names()) <= set(table)
    assert all(table[name] in (IGNORED, NO_FEATURE) for name in app_module_names())
