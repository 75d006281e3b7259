"""The one-folder build refuses the Python + PySide6 combination that aborts (issue 19)."""

from __future__ import annotations

import sys
from importlib import metadata

import pytest

import build_spec


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12 on")
def test_build_refuses_pyside6_612_on_python_311(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metadata, "version", lambda name: "6.12.0")
    reason = build_spec.leaking_qt_binding()
    assert reason is not None and "6.12.0" in reason and "aborts" in reason


def test_build_accepts_the_installed_combination() -> None:
    # pyproject.toml keeps PySide6 below 6.12 on Python 3.11: what `make` installs is safe.
    assert build_spec.leaking_qt_binding() is None
