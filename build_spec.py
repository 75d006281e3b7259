#!/usr/bin/env python3
"""Build a one-folder, windowed Reception Desk bundle with PyInstaller.

    .venv/bin/python build_spec.py [extra PyInstaller options...]
    (or: make build)

Result: dist/reception-desk/  (the executable `reception-desk` plus `_internal/`,
which is `sys._MEIPASS` at run time and holds `resources/` and the Alembic
migrations under `reception_desk/store/migrations/`).
Intermediate files and the generated .spec go to build/.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
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
    for optional in ("psycopg", "psycopg_binary"):
        if importable(optional):
            hidden.append(optional)
        else:
            print(f"note: {optional} is not installed; the bundle will not include it")
    for module in hidden:
        args += ["--hidden-import", module]
    for package in COLLECT_SUBMODULES:
        args += ["--collect-submodules", package]
    for module in EXCLUDES:
        args += ["--exclude-module", module]
    return args + extra


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
    exe = app_dir / (NAME + (".exe" if sys.platform == "win32" else ""))
    print()
    print(f"Built {NAME}: {app_dir}/")
    if exe.exists():
        print(f"Start it with: {exe}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
