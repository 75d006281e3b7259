"""Where things live: user data, logs, preferences, and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir

APP_NAME = "reception-desk"
APP_AUTHOR = "ReceptionDesk"
DB_ENV = "RECEPTION_DESK_DB"
#: Tests and portable installs point every per-user folder somewhere else.
HOME_ENV = "RECEPTION_DESK_HOME"


def _override(sub: str) -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home) / sub if home else None


def data_dir() -> Path:
    return _override("data") or Path(user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return _override("logs") or Path(user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return _override("config") or Path(user_config_dir(APP_NAME, APP_AUTHOR))


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'reception-desk.db'}"


def resolve_db_url(cli_value: str | None) -> str:
    """--db wins, then $RECEPTION_DESK_DB, then the file in the user data folder."""
    return cli_value or os.environ.get(DB_ENV) or default_db_url()


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
