"""The shared UI bases (ui/common) and the feature packages' surfaces (their __init__)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from reception_desk.domain.roles import Actor
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.common import RecordTableModel
from reception_desk.ui.stock.stock_dialog import StockItemDialog
from tests.conftest import FakeClock

PACKAGES = ["accounts", "arrival_board", "bar", "bar_desk", "common", "hotline", "lobby",
            "privacy", "requests", "rotation", "stock"]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_name_of_a_package_surface_loads(qapp: QApplication, name: str) -> None:
    package = importlib.import_module(f"reception_desk.ui.{name}")
    for exported in package.__all__:
        assert getattr(package, exported) is not None, exported
    with pytest.raises(AttributeError):
        package.no_such_name  # noqa: B018


@dataclass(frozen=True)
class Row:
    id: int
    text: str


class TextModel(RecordTableModel[Row]):
    COLUMNS = 1

    def headers(self) -> list[str]:
        return ["Text"]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        return row.text if row is not None and role == Qt.ItemDataRole.DisplayRole else None


def test_the_record_model_changes_only_the_rows_that_changed(qapp: QApplication) -> None:
    model = TextModel()
    model.reset_rows([Row(1, "a"), Row(2, "b"), Row(3, "c")])
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsRemoved.connect(lambda *_: events.append("removed"))
    model.rowsInserted.connect(lambda *_: events.append("inserted"))
    model.dataChanged.connect(lambda *_: events.append("changed"))

    model.sync([Row(2, "B"), Row(3, "c"), Row(4, "d")])

    assert model.rows() == [Row(2, "B"), Row(3, "c"), Row(4, "d")]
    assert "reset" not in events
    assert events.count("removed") == 1 and events.count("inserted") == 1
    assert model.row_of(4) == 2 and model.row_of(1) == -1
    assert model.data(model.index(0, 0)) == "B"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Text"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


@pytest.fixture
def any_services(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


def test_a_form_saved_over_a_newer_version_is_refused_and_keeps_what_was_typed(
        qtbot, zh_app: QApplication, any_services: Services, signed_in_admin: Actor) -> None:
    services = any_services
    item = services.stock.save_item("纸杯", "个", 50, quantity=200, actor=signed_in_admin)
    form = StockItemDialog(services, item)
    qtbot.addWidget(form)
    form.show()
    # Someone else raises the threshold while the form is open.
    services.stock.save_item("纸杯", "个", 80, True, item.id, actor=signed_in_admin,
                             version=item.version)
    form.low_threshold.setText("60")

    form.save()

    assert form.isVisible()
    assert form.general.text()  # who changed what
    assert form.low_threshold.text() == "60"
    assert form.version != item.version
    assert services.stock.items()[0].low_threshold == 80

    with qtbot.waitSignal(form.saved):
        form.save()  # the second Save applies the form over the newer version
    assert services.stock.items()[0].low_threshold == 60
