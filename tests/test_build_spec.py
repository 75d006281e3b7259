"""The one-folder build refuses the Python + PySide6 combination that aborts (issue 19)
and leaves out the Qt the app does not use (issue 15)."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

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


# -- what the build leaves out (issue 15) ---------------------------------------------


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 10)


LINUX_TREE = [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6QmlModels.so.6",
    "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_help_zh_CN.qm",
    "PySide6/QtPdf.abi3.so",
    "resources/translations/reception_desk_zh_CN.qm",
]
WINDOWS_TREE = [
    "PySide6/Qt6Core.dll",
    "PySide6/Qt6Quick.dll",
    "PySide6/avcodec-61.dll",
    "PySide6/Qt6PdfWidgets.dll",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
    "PySide6/translations/qtbase_fr.qm",
    "PySide6/translations/qtbase_en.qm",
]


def test_the_unused_qt_is_pruned_and_what_the_app_loads_is_kept(tmp_path: Path) -> None:
    _tree(tmp_path, LINUX_TREE + WINDOWS_TREE)
    pruned = {p.relative_to(tmp_path).as_posix() for p in build_spec.prunable(tmp_path)}
    assert pruned == {
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6QmlModels.so.6",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_zh_CN.qm",
        "PySide6/Qt6Quick.dll",
        "PySide6/avcodec-61.dll",
        "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
        "PySide6/translations/qtbase_fr.qm",
    }


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_a_top_level_link_goes_with_its_pruned_target(tmp_path: Path) -> None:
    _tree(tmp_path, LINUX_TREE)
    (tmp_path / "libQt6Quick.so.6").symlink_to("PySide6/Qt/lib/libQt6Quick.so.6")
    (tmp_path / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    pruned = {p.name for p in build_spec.prunable(tmp_path)}
    assert "libQt6Quick.so.6" in pruned and "libQt6Core.so.6" not in pruned


def test_prune_qt_removes_files_and_reports_the_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fake tree holds no real binaries; PyInstaller (the build extra) reads real ones.
    monkeypatch.setattr(build_spec, "_imports", lambda binary: set())
    internal = tmp_path / "reception-desk" / "_internal"
    _tree(internal, LINUX_TREE)
    freed = build_spec.prune_qt(internal.parent)
    assert freed == 10 * 9
    assert (internal / "PySide6/Qt/lib/libQt6Pdf.so.6").exists()
    assert not (internal / "PySide6/Qt/plugins/multimedia").exists()   # emptied folder gone
    assert (internal / "resources/translations/reception_desk_zh_CN.qm").exists()


def test_prune_qt_refuses_when_a_kept_library_needs_a_pruned_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def imports(binary: Path) -> set[str]:
        return {"libqt6quick.so.6"} if binary.name == "libQt6Pdf.so.6" else set()
    monkeypatch.setattr(build_spec, "_imports", imports)
    internal = tmp_path / "reception-desk" / "_internal"
    _tree(internal, LINUX_TREE)
    with pytest.raises(SystemExit, match=r"libQt6Pdf\.so\.6 needs libqt6quick\.so\.6"):
        build_spec.prune_qt(internal.parent)


def test_the_build_excludes_unused_qt_modules_but_not_the_used_ones() -> None:
    args = build_spec.pyinstaller_args([])
    excluded = {args[i + 1] for i, arg in enumerate(args) if arg == "--exclude-module"}
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick"} <= excluded
    used = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets",
            "QtMultimedia", "QtNetwork"}
    assert not {f"PySide6.{name}" for name in used} & excluded
