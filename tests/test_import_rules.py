"""The architecture's import rules: the core runs without Qt, the domain without frameworks."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "reception_desk"
CORE = ("domain", "store", "services", "printing")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                found.add(node.module)
            elif node.level > 0:
                # Resolve "from ..ui import x" relative to the file's package.
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
                base = parts[: len(parts) - node.level]
                found.add(".".join((*base, node.module or "")).rstrip("."))
    return found


def files_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", CORE)
def test_core_layers_never_import_qt_or_the_ui(layer: str) -> None:
    offenders = []
    for path in files_of(layer):
        for module in imported_modules(path):
            if module.split(".")[0] in ("PySide6", "shiboken6") or \
                    module.startswith("reception_desk.ui"):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offenders, offenders


def test_domain_imports_no_framework_and_nothing_above_it() -> None:
    offenders = []
    for path in files_of("domain"):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in ("sqlalchemy", "alembic", "reportlab", "PySide6", "openpyxl") or (
                    module.startswith("reception_desk.")
                    and not module.startswith("reception_desk.domain")):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offenders, offenders


def test_the_rule_checker_sees_a_violation(tmp_path: Path) -> None:
    sample = PACKAGE / "domain" / "__init__.py"
    assert "reception_desk.domain" not in imported_modules(sample)
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy\n")
    assert {"PySide6.QtCore", "sqlalchemy"} <= imported_modules(bad)


def test_core_modules_import_with_qt_unavailable() -> None:
    modules = sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for layer in CORE for p in files_of(layer)
        if "migrations" not in p.parts)
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, cwd=PACKAGE.parent, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


#: The UI feature packages (ui/common is the shared bases, imported from everywhere).
FEATURES = sorted(p.name for p in (PACKAGE / "ui").iterdir()
                  if (p / "__init__.py").exists() and p.name != "common")


def test_ui_feature_packages_are_reached_only_through_their_init() -> None:
    """Spyder-style file roles: a feature's files are its own business; others import the
    names its __init__ offers (the benchmarks, which drive the windows' insides on
    purpose, excepted)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).parts
        if where[0] == "bench":
            continue
        for module in imported_modules(path):
            parts = module.split(".")
            if len(parts) > 3 and parts[:2] == ["reception_desk", "ui"] \
                    and parts[2] in FEATURES and where[:2] != ("ui", parts[2]):
                offenders.append(f"{'/'.join(where)} imports {module}")
    assert FEATURES and not offenders, offenders
