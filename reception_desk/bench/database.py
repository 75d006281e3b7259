"""The benchmark's database: N days of demo history, built once and cached.

The demo generator (`reception-desk demo`) writes the history; the file is kept in a
cache folder under a name made of the day count, today's date (the demo's "today"
moves with the clock), the schema head and a digest of the migrations, so a
repeated run the same day reuses it. Every benchmark works on its own copy.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from .. import paths

#: Overrides the cache folder (the test points it at a temporary one).
CACHE_ENV = "RECEPTION_DESK_BENCH_CACHE"
MIGRATIONS = Path(__file__).resolve().parent.parent / "store" / "migrations" / "versions"


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("reception-desk", appauthor=False)) / "bench"


def schema_key() -> str:
    """The newest migration's file name and a digest of all of them."""
    files = sorted(MIGRATIONS.glob("[0-9]*.py"))
    digest = hashlib.sha1()
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    head = files[-1].name.split("_", 1)[0] if files else "none"
    return f"{head}-{digest.hexdigest()[:8]}"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def demo_database(days: int, env: dict[str, str], log: object = print) -> Path:
    """The cached demo database of `days` days, built with the CLI if missing."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"demo-{days}d-{date.today().isoformat()}-{schema_key()}.db"
    target = folder / name
    if target.exists():
        return target
    partial = folder / f"{name}.partial"
    for leftover in folder.glob(f"{name}.partial*"):
        leftover.unlink()
    same_day = sorted(folder.glob(f"demo-{days}d-{date.today().isoformat()}-*.db"))
    if same_day and _migrated(same_day[-1], partial, env):
        log(f"migrated the cached {days}-day database to the current schema")  # type: ignore[operator]
        copy_database(partial, target)
        _forget_others(folder, days, target)
        for leftover in [*folder.glob(f"{name}.partial*"), *folder.glob("*.bak")]:
            leftover.unlink()
        return target
    _forget_others(folder, days, target)
    log(f"building a {days}-day demo database in {target} (cached for later runs)…")  # type: ignore[operator]
    cmd = [sys.executable, "-m", "reception_desk", "--lang", "en", "demo", "--db",
           sqlite_url(partial), "--days", str(days), "--seed", "1"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"demo --days {days} failed ({done.returncode}): "
                           f"{done.stderr.strip() or done.stdout.strip()}")
    copy_database(partial, target)
    for leftover in folder.glob(f"{name}.partial*"):
        leftover.unlink()
    return target


def _migrated(source: Path, partial: Path, env: dict[str, str]) -> bool:
    """Today's history under an older schema, copied and migrated (quicker than a new one)."""
    copy_database(source, partial)
    cmd = [sys.executable, "-m", "reception_desk", "--lang", "en", "migrate", "--db",
           sqlite_url(partial)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    return done.returncode == 0


def _forget_others(folder: Path, days: int, keep: Path) -> None:
    for old in folder.glob(f"demo-{days}d-*.db*"):
        if old != keep and not old.name.startswith(keep.name):
            old.unlink(missing_ok=True)


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy (SQLite's backup API), WAL folded in."""
    for stale in (target, target.with_name(target.name + "-wal"),
                  target.with_name(target.name + "-shm")):
        stale.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def isolated_env(home: Path) -> dict[str, str]:
    """The environment for the app under test: offscreen, its own preferences, logs
    and backups (nothing of the person running the bench is read or touched)."""
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env[paths.HOME_ENV] = str(home)
    env.pop(paths.DB_ENV, None)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
    env["QT_LOGGING_RULES"] = "qt.multimedia.*=false"
    return env
