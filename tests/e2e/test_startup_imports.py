"""The windows' start-up path loads only what the first paint needs: no PDF or
spreadsheet writer, no pinyin table, no phone number parser, no Alembic, and on SQLite
no PostgreSQL dialect; and PySide6's import hook reads none of the app's source files
(ui/pyside_scan.py) (issue 14).
A fresh process opens a database already at the current schema and quits after its
first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reception_desk.ui.first_paint import EXIT_AFTER_PAINT, MARK

pytestmark = pytest.mark.slow

#: Loaded when a dialog, an export or a migration needs them, never to paint the desk.
#: The services built on first use (services/context.py) and the backups' store are
#: among them.
NOT_AT_START = ("reportlab", "openpyxl", "pypinyin", "alembic", "PIL", "phonenumbers",
                "sqlalchemy.dialects.postgresql", "reception_desk.services.backup",
                "reception_desk.services.privacy", "reception_desk.services.customers",
                "reception_desk.services.appointment_import", "reception_desk.store.backup")

#: Imported before PySide6: PySide6's import hook reads the source of every module
#: imported after it (shibokensupport/feature.py), hundreds of modules without Qt.
BEFORE_QT = ("sqlalchemy.orm", "reception_desk.store.models", "reception_desk.services.context")

PROBE = (
    "import inspect, sys\n"
    "scanned = []\n"
    "source_of = inspect.getsource\n"
    "def watched(module):\n"
    "    scanned.append(getattr(module, '__name__', ''))\n"
    "    return source_of(module)\n"
    "inspect.getsource = watched\n"
    "from reception_desk.__main__ import main\n"
    "code = main(sys.argv[1:])\n"
    "print('scanned:', ' '.join(m for m in scanned if m.startswith('reception_desk.')\n"
    "                           and m != 'reception_desk.ui.pyside_scan'))\n"
    "order = [*sys.modules, 'PySide6']\n"
    f"early = {BEFORE_QT!r}\n"
    "print('after Qt:', ' '.join(m for m in early if order.index(m) > order.index('PySide6')))\n"
    f"heavy = {NOT_AT_START!r}\n"
    "print('loaded:', ' '.join(sorted(m for m in heavy if m in sys.modules)))\n"
    "sys.exit(code)\n"
)


def start(args: list[str], home: Path, probe: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RECEPTION_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RECEPTION_DESK_DB", None)
    if probe:
        env[EXIT_AFTER_PAINT] = "1"
    return subprocess.run([sys.executable, "-c", PROBE, *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("window", ["main", "bar"])
def test_the_first_paint_loads_no_writer_parser_nor_migration_tool(tmp_path: Path,
                                                            window: str) -> None:
    db = f"sqlite:///{tmp_path / 'desk.db'}"
    made = start(["demo", "--db", db, "--days", "1"], tmp_path / "home", probe=False)
    assert made.returncode == 0, made.stderr

    shown = start(["--db", db, "--window", window], tmp_path / "home", probe=True)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert any(line.startswith(MARK) for line in lines), shown.stdout
    assert "loaded:" in lines[-1] and lines[-1].split()[1:] == [], lines[-1]
    assert lines[-2] == "after Qt: ", lines[-2]
    assert lines[-3] == "scanned: ", lines[-3]
