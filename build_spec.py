#!/usr/bin/env python3
"""Build a one-folder, windowed Reception Desk bundle with PyInstaller.

    .venv/bin/python build_spec.py [extra PyInstaller options...]
    (or: make build)

Result: dist/reception-desk/  (the executable `reception-desk` plus `_internal/`,
which is `sys._MEIPASS` at run time and holds `resources/` and the Alembic
migrations under `reception_desk/store/migrations/`).
Intermediate files and the generated .spec go to build/.

Only the Qt the app uses goes in (issue 15): Qt modules it never imports are
excluded, and after PyInstaller has collected the folder, `prune_qt()` removes
the Qt plugins, libraries and translations nothing of ours loads (QML/Quick,
the virtual keyboard, the FFmpeg media backend, embedded-device platforms,
Qt's translations other than Chinese and English). `dangling()` then checks
that no remaining library needs a removed one; the build fails if one does.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import os
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "reception-desk"
ENTRY = ROOT / "scripts" / "pyinstaller_entry.py"
RESOURCES = ROOT / "resources"
STORE = ROOT / "reception_desk" / "store"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
STAGE = BUILD / "stage"

# PyInstaller sets an executable icon only on Windows and macOS (it converts a
# PNG with Pillow); on Linux the desktop file / window icon is the app's job.
ICON_CANDIDATES = {
    "win32": ["app.ico", "app.png"],
    "darwin": ["app.icns", "app.png"],
}

HIDDEN_IMPORTS = [
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql",
    "alembic",
    # Alembic imports these while running env.py / the revision files, which
    # PyInstaller never sees (they are loaded from data files at run time).
    "alembic.op",
    "alembic.context",
    "logging.config",
    "logging.handlers",
]
COLLECT_SUBMODULES = [
    "reception_desk",  # UI pages or services imported lazily
    "alembic.ddl",  # per-dialect implementations, registered on import
    "alembic.operations",
    "alembic.runtime",
]
EXCLUDES = ["PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter"]

#: The Qt modules the app imports: QtCore, QtGui, QtWidgets, QtSvg, QtPrintSupport,
#: QtPdf and QtPdfWidgets (print preview), QtMultimedia (sounds; it loads QtNetwork).
#: None of these is ever imported, so none may come in through a library's hook.
QT_UNUSED_MODULES = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGLWidgets", "QtPositioning",
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
]

#: What prune_qt() removes from the collected folder, as patterns on paths relative to
#: _internal/ (Linux: PySide6/Qt/{lib,plugins,translations}; Windows: PySide6/*.dll,
#: PySide6/{plugins,translations}), with the reason.
QT_PRUNE: dict[str, list[str]] = {
    # QSoundEffect plays the WAV files without a media backend ("No QtMultimedia
    # backends found. Only ... QSoundEffect ... available"); the FFmpeg backend is
    # for video and compressed audio, and it is what pulls in QML/Quick.
    "FFmpeg media backend": [
        "PySide6/*plugins/multimedia/*", "PySide6/*avcodec*", "PySide6/*avformat*",
        "PySide6/*avutil*", "PySide6/*swresample*", "PySide6/*swscale*",
        "PySide6/*Qt6FFmpegStub*",
    ],
    "virtual keyboard and QML/Quick": [
        "PySide6/*plugins/platforminputcontexts/*virtualkeyboard*",
        "PySide6/*Qt6VirtualKeyboard*", "PySide6/*Qt6Quick*", "PySide6/*Qt6Qml*",
    ],
    "embedded-device platforms (no desktop)": [
        "PySide6/*plugins/platforms/*eglfs*", "PySide6/*plugins/platforms/*linuxfb*",
        "PySide6/*plugins/platforms/*vnc*", "PySide6/*plugins/platforms/*minimalegl*",
        "PySide6/*plugins/platforms/*vkkhrdisplay*", "PySide6/*plugins/egldeviceintegrations/*",
        "PySide6/*plugins/generic/*", "PySide6/*Qt6EglFS*", "PySide6/*Qt6EglFs*",
    ],
    "network status and TLS plugins (the app makes no web requests)": [
        "PySide6/*plugins/networkinformation/*", "PySide6/*plugins/tls/*",
    ],
    "image formats the app never reads": [
        f"PySide6/*plugins/imageformats/*{name}.*"
        for name in ("qtiff", "qwebp", "qtga", "qwbmp", "qicns", "qpdf")
    ],
}
#: Qt's own translations kept (the app loads qtbase_<language>); the rest are pruned.
QT_TRANSLATIONS_KEPT = [f"{base}_{lang}.qm" for base in ("qt", "qtbase", "qtmultimedia")
                        for lang in ("zh_CN", "en")]


def importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def qt_version() -> str:
    """The installed PySide6 version, from Essentials (the meta package is not needed)."""
    from importlib.metadata import PackageNotFoundError, version

    for distribution in ("PySide6-Essentials", "PySide6"):
        try:
            return version(distribution)
        except PackageNotFoundError:
            continue
    import PySide6

    return str(PySide6.__version__)


def leaking_qt_binding() -> str | None:
    """Why the venv's Python + PySide6 must not be bundled (issue 19), or None."""
    if sys.version_info >= (3, 12):
        return None  # None is immortal: the binding's leak cannot abort
    qt = qt_version()
    major, minor = (int(part) for part in qt.split(".")[:2])
    if (major, minor) < (6, 12):
        return None
    return (f"PySide6 {qt} on Python {sys.version.split()[0]} aborts an open window "
            "within minutes; reinstall the venv from pyproject.toml (make distclean build)")


def data_arg(src: Path, dest: str) -> str:
    return f"{src}{os.pathsep}{dest}"


def stage_migrations() -> Path:
    """Copy the migrations without caches, so the bundle holds only sources."""
    dest = STAGE / "migrations"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(
        STORE / "migrations", dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    return dest


def pick_icon() -> Path | None:
    for name in ICON_CANDIDATES.get(sys.platform, []):
        icon = RESOURCES / "icons" / name
        if icon.exists():
            return icon
    return None


def pyinstaller_args(extra: list[str]) -> list[str]:
    # fmt: off
    args = [
        str(ENTRY),
        "--name", NAME,
        "--onedir",
        "--windowed",
        "--noconfirm",
        "--clean",
        "--log-level", "WARN",
        "--distpath", str(DIST),
        "--workpath", str(BUILD / "pyinstaller"),
        "--specpath", str(BUILD),
        "--paths", str(ROOT),
        "--add-data", data_arg(RESOURCES, "resources"),
        "--add-data", data_arg(stage_migrations(), "reception_desk/store/migrations"),
    ]
    # fmt: on
    alembic_ini = STORE / "alembic.ini"
    if alembic_ini.exists():
        args += ["--add-data", data_arg(alembic_ini, "reception_desk/store")]

    icon = pick_icon()
    if icon is not None:
        args += ["--icon", str(icon)]

    hidden = list(HIDDEN_IMPORTS)
    # chinese_calendar (extra "holidays") is imported by name at run time, so PyInstaller
    # does not see it: bundle it when it is installed.
    for optional in ("psycopg", "psycopg_binary", "chinese_calendar"):
        if importable(optional):
            hidden.append(optional)
        else:
            print(f"note: {optional} is not installed; the bundle will not include it")
    for module in hidden:
        args += ["--hidden-import", module]
    for package in COLLECT_SUBMODULES:
        args += ["--collect-submodules", package]
    for module in EXCLUDES + [f"PySide6.{name}" for name in QT_UNUSED_MODULES]:
        args += ["--exclude-module", module]
    return args + extra


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _pruned(rel: str) -> bool:
    if not rel.startswith("PySide6/"):
        return False
    if rel.endswith(".qm") and "/translations/" in rel:
        return rel.rsplit("/", 1)[-1] not in QT_TRANSLATIONS_KEPT
    return any(fnmatch.fnmatch(rel, pattern)
               for group in QT_PRUNE.values() for pattern in group)


def prunable(internal: Path) -> list[Path]:
    """The files under `internal` (the bundle's _internal/) that QT_PRUNE names.

    PyInstaller also links some of them at the top of _internal/ (Linux): such a
    link goes with its target.
    """
    found: list[Path] = []
    for path in sorted(internal.rglob("*")):
        if path.is_symlink():
            target = path.resolve()
            if target.is_relative_to(internal) and _pruned(_relative(target, internal)):
                found.append(path)
        elif path.is_file() and _pruned(_relative(path, internal)):
            found.append(path)
    return found


def _imports(binary: Path) -> set[str]:
    from PyInstaller.depend import bindepend

    try:
        return {name.lower() for name, _ in bindepend.get_imports(str(binary))}
    except Exception:   # not a binary after all, or an unreadable one: nothing to check
        return set()


def _is_binary(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".dll", ".pyd", ".so")) or ".so." in name


def dangling(internal: Path, removed: Iterable[str]) -> dict[str, set[str]]:
    """Remaining binaries that still need a removed library: {binary: {library, ...}}."""
    gone = {name.lower() for name in removed}
    problems: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*")):
        if path.is_file() and _is_binary(path):
            needed = _imports(path) & gone
            if needed:
                problems[_relative(path, internal)] = needed
    return problems


def prune_qt(app_dir: Path) -> int:
    """Remove what QT_PRUNE names from the built folder; the bytes freed."""
    internal = app_dir / "_internal"
    if not internal.is_dir():
        return 0
    freed = 0
    removed: list[str] = []
    for path in prunable(internal):
        freed += path.lstat().st_size
        removed.append(path.name)
        path.unlink()
    for folder in sorted(internal.rglob("*"), reverse=True):   # empty plugin folders
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    problems = dangling(internal, removed)
    if problems:
        lines = [f"  {binary} needs {', '.join(sorted(libs))}"
                 for binary, libs in problems.items()]
        raise SystemExit("error: pruned Qt libraries are still needed:\n" + "\n".join(lines)
                         + "\nTake the pattern out of QT_PRUNE in build_spec.py.")
    return freed


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def main(argv: list[str]) -> int:
    if not (ROOT / "reception_desk" / "__main__.py").exists():
        print("error: reception_desk/__main__.py does not exist yet", file=sys.stderr)
        return 1
    if not importable("PyInstaller"):
        print("error: PyInstaller is missing; run: pip install -e '.[build]'", file=sys.stderr)
        return 1

    unsafe = leaking_qt_binding()
    if unsafe:
        print(f"error: {unsafe}", file=sys.stderr)
        return 1

    import PyInstaller.__main__

    os.chdir(ROOT)
    args = pyinstaller_args(argv)
    print("pyinstaller " + " ".join(args))
    PyInstaller.__main__.run(args)

    app_dir = DIST / NAME
    freed = prune_qt(app_dir)
    exe = app_dir / (NAME + (".exe" if sys.platform == "win32" else ""))
    print()
    print(f"Removed {freed / 2**20:.0f} MB of Qt the app does not use.")
    print(f"Built {NAME}: {app_dir}/ ({folder_size(app_dir) / 2**20:.0f} MB)")
    if exe.exists():
        print(f"Start it with: {exe}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
