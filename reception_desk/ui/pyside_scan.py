"""Spare the app's own modules PySide6's source scan at import.

Once PySide6 is imported, its import hook (``shibokensupport/feature.py``, the
``__feature__`` switches such as ``snake_case``) reads the whole source file of every
module named by an import statement run after it, the first time, to note whether the
text says "PySide6": the desk's windows, panels and dialogs (some 140 modules) and every
module they import from, SQLAlchemy's and the standard library's included, loaded before
Qt or not. That is tens of milliseconds of the start (issue 14). The hook skips a module
it already has an entry for, so the entries are made beforehand: the app's modules not
loaded yet get the scan's entry for a module that uses Qt and selects no feature (0),
the modules loaded before Qt the entry for one that does not use it (-1, "ignore"). The
two entries differ only once a module selects a ``__feature__``; the desk never does.

The entries live in a private table of PySide6; when a PySide6 version has none, this
does nothing and the hook scans as before.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The entry of a module that uses PySide6 with no ``__feature__`` selected.
NO_FEATURE = 0
#: The entry of a module that does not use PySide6.
IGNORED = -1
#: Modules the hook must judge itself.
_QT_PACKAGES = ("PySide6", "shiboken6", "shibokensupport", "__feature__", "__main__")


def app_module_names(package: str = "reception_desk") -> list[str]:
    """Every module and package of the app, by dotted name, from its folder (none when
    the app runs from an archive, as a bundle does: the hook finds no source there)."""
    file = getattr(sys.modules.get(package), "__file__", None)
    root = Path(file).resolve().parent if file else None
    if root is None or not root.is_dir():
        return []
    names: list[str] = []
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join((package, *parts)))
    return names


def skip_source_scan(package: str = "reception_desk") -> int:
    """Enter the modules loaded so far and the app's others in PySide6's feature table;
    how many were entered (0 when this PySide6 has no such table)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    for name in list(sys.modules):
        if not name.startswith(_QT_PACKAGES):
            table.setdefault(name, IGNORED)
    for name in app_module_names(package):
        table.setdefault(name, NO_FEATURE)
    return len(table) - before
