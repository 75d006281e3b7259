"""The start-up's quick_check begins before Qt and SQLAlchemy load (store/early_check.py):
its answer stands in for the start-up check's own only for the same, unchanged file, so
a damaged file is refused exactly as before."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reception_desk.startup import open_database
from reception_desk.store import early_check, health
from reception_desk.store.database import StoreError
from tests.e2e.test_damaged_files import _fresh, damaged_pages


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def test_a_damaged_file_is_refused_when_the_early_check_found_it(tmp_path: Path) -> None:
    path = damaged_pages(tmp_path / "desk.db")
    early_check.start(url_of(path))
    with pytest.raises(StoreError, match="is damaged"):
        open_database(url_of(path))


def test_a_sound_file_is_not_read_twice(tmp_path: Path, monkeypatch) -> None:
    path = _fresh(tmp_path / "desk.db")
    early_check.start(url_of(path))

    def read_again(*args: object, **kwargs: object) -> list[str]:
        raise AssertionError("the start-up check read the file again")

    monkeypatch.setattr(health, "integrity_rows", read_again)
    db, _ = open_database(url_of(path))
    db.dispose()


def test_a_file_changed_after_the_early_check_is_checked_again(tmp_path: Path) -> None:
    path = _fresh(tmp_path / "desk.db", rows=3000)
    early_check.start(url_of(path))
    pending = early_check._pending[path.resolve()]
    assert pending.done.wait(60) and pending.rows == ["ok"]
    # Damaged in between (a copy over it, a disk error): its stamp is not the checked one.
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle:middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    os.utime(path, ns=(pending.stamp[1] + 10**9, pending.stamp[1] + 10**9))
    with pytest.raises(StoreError, match="is damaged"):
        open_database(url_of(path))


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:",
                                 "postgresql+psycopg://127.0.0.1/test"])
def test_nothing_is_started_without_a_file(url: str, monkeypatch) -> None:
    monkeypatch.setattr(early_check, "_pending", {})
    early_check.start(url)
    assert early_check._pending == {}


def test_a_missing_or_empty_file_starts_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(early_check, "_pending", {})
    early_check.start(url_of(tmp_path / "missing.db"))
    (tmp_path / "empty.db").write_bytes(b"")
    early_check.start(url_of(tmp_path / "empty.db"))
    assert early_check._pending == {}
    assert early_check.take(tmp_path / "empty.db") is None
