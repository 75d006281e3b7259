"""The Qt-free translation lookup: the .ts catalogue, placeholders, plurals, fallback."""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reception_desk import i18n
from reception_desk.domain.i18n import QT_TRANSLATE_NOOP, Marked
from reception_desk.domain.party import VISIT_KIND_LABELS, VisitKind
from reception_desk.domain.stages import STAGE_LABELS, Stage
from reception_desk.i18n import EN, ZH, Phrase, translate, translated

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_catalogue() -> Iterator[None]:
    """Forget the loaded catalogue before and after (a test may swap it)."""
    i18n.use_catalogue(ZH, None)
    yield
    i18n.use_catalogue(ZH, None)


def test_the_catalogue_is_the_ts_the_windows_use() -> None:
    assert translate("Stage", "Seated", ZH) == "入座洽谈"
    assert translate("VisitKind", "Walk-in", "zh") == "自然到访"
    assert translate("Stage", "Seated", EN) == "Seated"
    assert translate("Stage", "Seated", "en_GB") == "Seated"


def test_a_marked_text_carries_its_context() -> None:
    assert translated(STAGE_LABELS[Stage.ARRIVED], ZH) == "到达门岗"
    assert translated(VISIT_KIND_LABELS[VisitKind.APPOINTMENT], ZH) == "预约"
    assert translated(VISIT_KIND_LABELS[VisitKind.APPOINTMENT], EN) == "Appointment"
    # Unmarked text (a name, a channel from the database) stays as it is.
    assert translated("Seated", ZH) == "Seated"


def test_a_marked_text_is_still_the_plain_string() -> None:
    marked = QT_TRANSLATE_NOOP("Stage", "Seated")
    assert isinstance(marked, Marked) and isinstance(marked, str)
    assert marked == "Seated" and hash(marked) == hash("Seated")
    by_text: dict[str, int] = {marked: 1}
    assert by_text["Seated"] == 1
    again = pickle.loads(pickle.dumps(marked))
    assert (again, again.context) == ("Seated", "Stage")


def test_named_placeholders_survive_translation() -> None:
    source = "There is no export called “{name}”; available: {known}."
    assert translate("Messages", source, ZH, name="x", known="visits") == \
        "没有名为“x”的导出；可用的有：visits。"
    assert translate("Messages", source, EN, name="x", known="visits") == \
        "There is no export called “x”; available: visits."


def test_parameters_named_like_the_arguments_are_placeholders() -> None:
    assert translate("Nowhere", "{context} {source} {lang}", ZH, context="a", source="b",
                     lang="c") == "a b c"


def test_plural_forms_of_a_numerus_message() -> None:
    assert translate("PartyTableModel", "%n person(s)", ZH, numerus=3) == "3位"
    assert translate("PartyTableModel", "%n person(s)", ZH, numerus=1) == "1位"
    assert translate("PartyTableModel", "%n person(s)", EN, numerus=3) == "3 person(s)"


def test_a_missing_translation_falls_back_to_english(fresh_catalogue: None) -> None:
    assert translate("Nowhere", "Not translated {n}", ZH, n=2) == "Not translated 2"
    i18n.use_catalogue(ZH, {("Ctx", "One"): "一", ("Ctx", "%n cup(s)"): ("%n杯",)})
    assert translate("Ctx", "One", ZH) == "一"
    assert translate("Ctx", "Two", ZH) == "Two"
    assert translate("Other", "One", ZH) == "One"  # the context is part of the key
    assert translate("Ctx", "%n cup(s)", ZH, numerus=2) == "2杯"


def test_a_phrase_translates_its_template_and_its_marked_values(
        fresh_catalogue: None) -> None:
    i18n.use_catalogue(ZH, {("Ctx", "{reason}: {note}"): "{reason}：{note}",
                            ("Reason", "Delivery"): "送货"})
    phrase = Phrase(QT_TRANSLATE_NOOP("Ctx", "{reason}: {note}"),
                    {"reason": QT_TRANSLATE_NOOP("Reason", "Delivery"), "note": "parcel"})
    assert phrase.text(ZH) == "送货：parcel"
    assert phrase.text(EN) == "Delivery: parcel"
    assert translated(phrase, ZH) == "送货：parcel"


def test_an_unreadable_catalogue_means_english(fresh_catalogue: None, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "reception_desk_zh_CN.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: broken)
    with caplog.at_level(logging.WARNING, logger="reception_desk.i18n"):
        assert translate("Stage", "Seated", ZH) == "Seated"
    assert "not readable" in caplog.text
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: tmp_path / "missing.ts")
    i18n.use_catalogue(ZH, None)
    assert translate("Stage", "Seated", ZH) == "Seated"


def test_the_catalogue_reads_like_lrelease(tmp_path: Path) -> None:
    ts = tmp_path / "t.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="zh_CN"><context><name>C</name>
<message><source>done</source><translation>完成</translation></message>
<message><source>draft</source><translation type="unfinished">草稿</translation></message>
<message><source>empty</source><translation type="unfinished"></translation></message>
<message><source>gone</source><translation type="vanished">旧</translation></message>
<message><source>old</source><translation type="obsolete">旧</translation></message>
<message numerus="yes"><source>%n row(s)</source>
<translation><numerusform>%n 行</numerusform></translation></message>
<message><source>it&apos;s &lt;b&gt;</source><translation>是&lt;b&gt;</translation></message>
</context></TS>""", encoding="utf-8")
    assert i18n.read_catalogue(ts) == {("C", "done"): "完成", ("C", "draft"): "草稿",
                                       ("C", "%n row(s)"): ("%n 行",),
                                       ("C", "it's <b>"): "是<b>"}


def test_language_names() -> None:
    assert i18n.default_lang({"LANG": "en_US.UTF-8"}) == EN
    assert i18n.default_lang({"LANG": "zh_CN.UTF-8"}) == ZH
    assert i18n.default_lang({}) == ZH
    assert [i18n.normalise_lang(x) for x in ("en", "EN_gb", "zh", None, "")] == \
        [EN, EN, ZH, ZH, ZH]


def test_the_lookup_loads_no_qt_and_reads_the_catalogue_on_first_use() -> None:
    code = ("import sys; from reception_desk import i18n; "
            "assert not i18n._catalogues; "
            "assert i18n.translate('Stage', 'Seated', 'zh_CN') == '入座洽谈'; "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
